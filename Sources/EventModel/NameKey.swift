/// The one way names are compared everywhere: case- and accent-insensitive, curly
/// apostrophes straightened, runs of spaces and hyphens folded. Store keeps this form of
/// every alias; Query folds the user's filter the same way, so `moratinos` finds `Moratinos`.
public enum NameKey {
    /// A name written in capitals only ("BEIJING", "HILLARY CLINTON"): letters present, none lowercase.
    /// Ingest shows such a name as a reader writes it; Store prefers the mixed-case form of a name.
    public static func isShouted(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && !letters.contains { $0.properties.isLowercase }
    }

    public static func fold(_ name: String) -> String {
        // Nearly every name in English news is ASCII, and ingest folds each name and alias of
        // every article: ASCII takes a byte loop, the rest the Unicode table.
        foldASCII(name) ?? foldGeneral(name)
    }

    /// The general path: each scalar folded by case, diacritics and width (`foldTable`), then
    /// spaces and apostrophes normalised.
    static func foldGeneral(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                folded.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if let replacement = foldTable[scalar.value] {
                folded.append(contentsOf: replacement)
            } else {
                folded.append(scalar)
            }
        }
        return normalizingSeparators(String(folded))
    }

    /// Curly apostrophes and backquotes as `'`; runs of spaces, tabs, line breaks, hyphens and
    /// dashes as one space, none at either end.
    static func normalizingSeparators(_ folded: String) -> String {
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "`":
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append("'")
            case " ", "\t", "\n", "\r", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{00A0}":
                pendingSpace = true
            default:
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Each non-ASCII scalar that folds to something else, and what it folds to (Unicode's
    /// case folding, decomposition without nonspacing marks, width: `foldTableSource`, generated
    /// by Scripts/lexicons/build-name-fold.py). Parsed on the first non-ASCII name.
    static let foldTable: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        table.reserveCapacity(5000)
        for entry in foldTableSource.utf8.split(separator: UInt8(ascii: ";")) {
            guard let equals = entry.firstIndex(of: UInt8(ascii: "=")),
                  let key = UInt32(hex: entry[entry.startIndex..<equals]) else { continue }
            let folds = entry[entry.index(after: equals)...].split(separator: UInt8(ascii: " "))
            table[key] = folds.compactMap { UInt32(hex: $0).flatMap(Unicode.Scalar.init) }
        }
        return table
    }()

    /// The same result as `foldGeneral` for ASCII text (folding changes only `A`–`Z`
    /// there; the tests compare both paths), or nil when the name has a non-ASCII byte.
    static func foldASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            for byte in bytes where byte >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "-"):
                        pendingSpace = true
                        continue
                    default:
                        break
                    }
                    if pendingSpace, count > 0 {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    pendingSpace = false
                    switch byte {
                    case UInt8(ascii: "`"): out[count] = UInt8(ascii: "'")
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[count] = byte + 32
                    default: out[count] = byte
                    }
                    count += 1
                }
                return count
            }
        }
    }
}

private extension UInt32 {
    /// `1F600` as written in the fold table.
    init?(hex digits: Substring.UTF8View.SubSequence) {
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        self = value
    }
}
