/// A byte-level pass over one embedded TSV lexicon, for the large geography files.
///
/// `LexiconFile.records` splits on `Character`s, which costs tens of milliseconds on the 1.2 MB
/// `cities.tsv`; this walks the UTF-8 bytes once instead. Same format rules as `LexiconFile`:
/// TAB-separated fields, `#` comment lines and blank lines skipped, a trailing CR dropped.
enum GeoTSV {
    /// Calls `body` with the fields of every data line and its 1-based line number.
    static func forEachRecord(in text: String, _ body: (_ fields: [String], _ line: Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var fields: [String] = []
            fields.reserveCapacity(12)
            var lineStart = 0
            var lineNumber = 0
            let count = bytes.count
            while lineStart < count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart && bytes[lineStart] != UInt8(ascii: "#") && !isBlank(bytes, lineStart, end) {
                    fields.removeAll(keepingCapacity: true)
                    var fieldStart = lineStart
                    for i in lineStart...end where i == end || bytes[i] == 0x09 {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
                        fieldStart = i + 1
                    }
                    body(fields, lineNumber)
                }
                lineStart = lineEnd + 1
            }
        }
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for i in start..<end where bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
        return true
    }

    /// The `|`-separated items of a list field; empty for an empty field.
    static func list(_ field: String) -> [String] {
        field.isEmpty ? [] : field.split(separator: "|").map(String.init)
    }
}
