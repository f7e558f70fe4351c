/// Character classes on Unicode scalars, with an ASCII fast path: the hot loops of the
/// tokenizer call these once per scalar, so `Character` and `Foundation` stay out.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    /// Combining marks continue a word (accents written as separate scalars).
    @inline(__always)
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark
    }

    /// Lowercases a word; ASCII is done by hand because it is nearly all of the text.
    static func lower(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if let ascii = asciiString(scalars, lowercased: true) { return ascii }
        var out = String.UnicodeScalarView()
        for s in scalars {
            if s == "\u{2019}" { out.append("'") } else { out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars) }
        }
        return String(out)
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if let ascii = asciiString(scalars, lowercased: false) { return ascii }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// ASCII scalars written straight into the string's storage (no intermediate array, and no
    /// allocation at all for words of up to 15 bytes, which Swift keeps inline): the tokenizer
    /// makes two strings per token. Nil when a scalar is not ASCII.
    @inline(__always)
    private static func asciiString(_ scalars: ArraySlice<Unicode.Scalar>, lowercased: Bool) -> String? {
        for s in scalars where s.value >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: scalars.count) { out in
            var count = 0
            for s in scalars {
                let v = UInt8(truncatingIfNeeded: s.value)
                out[count] = lowercased && v >= 0x41 && v <= 0x5A ? v + 32 : v
                count += 1
            }
            return count
        }
    }
}
