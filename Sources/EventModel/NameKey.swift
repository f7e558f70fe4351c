import Foundation

/// The one way names are compared everywhere: case- and accent-insensitive, curly
/// apostrophes straightened, runs of spaces and hyphens folded. Store keeps this form of
/// every alias; Query folds the user's filter the same way, so `moratinos` finds `Moratinos`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        // Nearly every name in English news is ASCII, and ingest folds each name and alias of
        // every article: ASCII takes a byte loop, the rest Foundation's folding.
        foldASCII(name) ?? foldWithFoundation(name)
    }

    /// Created once: building a locale per call cost more than the folding itself.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The general path: Foundation folds case, diacritics and width, then spaces and
    /// apostrophes are normalised.
    static func foldWithFoundation(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: posix)
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

    /// The same result as `foldWithFoundation` for ASCII text (folding changes only `A`–`Z`
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
