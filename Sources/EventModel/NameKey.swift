import Foundation

/// The one way names are compared everywhere: case- and accent-insensitive, curly
/// apostrophes straightened, runs of spaces and hyphens folded. Store keeps this form of
/// every alias; Query folds the user's filter the same way, so `moratinos` finds `Moratinos`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
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
}
