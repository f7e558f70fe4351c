/// A byte-level pass over one embedded TSV lexicon, for the large geography files.
///
/// `LexiconFile.records` splits on `Character`s and makes a `String` per field, which costs tens of
/// milliseconds on the 1.2 MB `cities.tsv`; this walks the UTF-8 bytes once and makes strings only
/// for the fields the caller keeps. Same format rules as `LexiconFile`: TAB-separated fields, `#`
/// comment lines and blank lines skipped, a trailing CR dropped.
enum GeoTSV {
    /// One data line.
    struct Record {
        let bytes: [UInt8]
        let bounds: [Range<Int>]
        /// 1-based line number in the file.
        let line: Int

        var count: Int { bounds.count }

        func string(_ i: Int) -> String {
            i < bounds.count ? String(decoding: bytes[bounds[i]], as: UTF8.self) : ""
        }

        func isEmpty(_ i: Int) -> Bool { i >= bounds.count || bounds[i].isEmpty }

        /// Whether field `i` is exactly this ASCII text.
        func equals(_ i: Int, _ ascii: StaticString) -> Bool {
            guard i < bounds.count, bounds[i].count == ascii.utf8CodeUnitCount else { return false }
            let start = bounds[i].lowerBound
            for k in 0..<ascii.utf8CodeUnitCount where bytes[start + k] != ascii.utf8Start[k] { return false }
            return true
        }

        /// Whether field `i` contains this ASCII byte.
        func contains(_ i: Int, _ byte: UInt8) -> Bool {
            i < bounds.count && bytes[bounds[i]].contains(byte)
        }

        /// A non-negative decimal integer; nil for anything else.
        func int(_ i: Int) -> Int? {
            guard i < bounds.count, !bounds[i].isEmpty, bounds[i].count <= 18 else { return nil }
            var value = 0
            for b in bytes[bounds[i]] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }

        /// A plain decimal (`-12.345`); nil for anything else. Exact integers divided by a power of
        /// ten, so the result is the correctly rounded value, as `Double("-12.345")` would give.
        func double(_ i: Int) -> Double? {
            guard i < bounds.count, !bounds[i].isEmpty, bounds[i].count <= 17 else { return nil }
            var mantissa = 0, scale = 1, seenDot = false, digits = 0
            var k = bounds[i].lowerBound
            let negative = bytes[k] == UInt8(ascii: "-")
            if negative { k += 1 }
            while k < bounds[i].upperBound {
                let b = bytes[k]
                if b == UInt8(ascii: ".") && !seenDot {
                    seenDot = true
                } else if b >= 0x30 && b <= 0x39 {
                    mantissa = mantissa * 10 + Int(b - 0x30)
                    digits += 1
                    if seenDot { scale *= 10 }
                } else {
                    return nil
                }
                k += 1
            }
            guard digits > 0 && digits <= 15 else { return nil }  // beyond 15 digits a Double is no longer exact
            let value = Double(mantissa) / Double(scale)
            return negative ? -value : value
        }

        /// The `|`-separated items of a list field; empty for an empty field.
        func list(_ i: Int) -> [String] {
            isEmpty(i) ? [] : string(i).split(separator: "|").map(String.init)
        }
    }

    /// The data lines of one file, in order. A plain loop over this (no per-line closure) keeps the
    /// loader's many captured tables free of dynamic exclusivity checks, which cost ~15 % of load time.
    struct Reader {
        private let bytes: [UInt8]
        private var offset = 0
        private var lineNumber = 0
        private var bounds: [Range<Int>] = []

        init(_ text: String) {
            bytes = Array(text.utf8)
            bounds.reserveCapacity(12)
        }

        /// The next data line, skipping comments and blank lines; nil at the end.
        mutating func next() -> Record? {
            let count = bytes.count
            while offset < count {
                lineNumber += 1
                let lineStart = offset
                var lineEnd = lineStart
                while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                offset = lineEnd + 1
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                guard end > lineStart && bytes[lineStart] != UInt8(ascii: "#") && !isBlank(lineStart, end) else { continue }
                bounds.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for i in lineStart...end where i == end || bytes[i] == 0x09 {
                    bounds.append(fieldStart..<i)
                    fieldStart = i + 1
                }
                return Record(bytes: bytes, bounds: bounds, line: lineNumber)
            }
            return nil
        }

        private func isBlank(_ start: Int, _ end: Int) -> Bool {
            for i in start..<end where bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
            return true
        }
    }

    /// Calls `body` with every data line (for the small files, where a closure costs nothing).
    static func forEachRecord(in text: String, _ body: (Record) -> Void) {
        var reader = Reader(text)
        while let record = reader.next() { body(record) }
    }
}
