/// The in-article comparison key for names: lowercase, curly apostrophes straightened,
/// hyphens and runs of spaces folded to one space. `NameKey.fold` (Foundation folding,
/// accents too) is the store's key; this one is cheap enough to run on every candidate.
enum LinkKey {
    static func of(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in name.unicodeScalars {
            switch s {
            case " ", "\t", "\n", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{00A0}":
                pendingSpace = true
            default:
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                if s == "\u{2019}" || s == "\u{2018}" { out.append("'"); continue }
                let v = s.value
                if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 32)!) }
                else if v < 0x80 { out.append(s) }
                else { out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars) }
            }
        }
        return String(out)
    }
}
