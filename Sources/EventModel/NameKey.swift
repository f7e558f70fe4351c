import Foundation

/// The one way names are compared everywhere: case- and accent-insensitive, curly
/// apostrophes straightened, runs of spaces and hyphens folded. Store keeps this form of
/// every alias; Query folds the user's filter the same way, so `moratinos` finds `Moratinos`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        let folded = isASCII(name) ? asciiLowercased(name)
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                           locale: Locale(identifier: "en_US_POSIX"))
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

    /// For ASCII text, Foundation's folding above is exactly lower-casing A–Z: there are no
    /// accents, widths or non-ASCII case mappings to fold. Done by hand because the first
    /// `folding(options:locale:)` of a process builds a `Locale`, a visible share of a short query.
    static func isASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 < 0x80 }
    }

    static func asciiLowercased(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
