import SQLite

/// A statement with its values written in as SQL literals, for a person to paste into
/// `sqlite3`. Only for showing: eventkb itself always binds
/// (<https://www.sqlite.org/lang_expr.html#varparam>).
public enum PasteableSQL {
    /// `sql` with each `:name` of `bindings` replaced by its literal, ending in `;`.
    public static func inline(_ sql: String, _ bindings: [(String, SQLiteValue)]) -> String {
        let values = Dictionary(bindings.map { ($0.0, literal($0.1)) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        var scalars = sql.unicodeScalars[...]
        var inString = false
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            if c == "'" { inString.toggle() }
            guard c == ":", !inString else {
                out.unicodeScalars.append(c)
                continue
            }
            let name = scalars.prefix { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            if !name.isEmpty, let value = values[":" + String(String.UnicodeScalarView(name))] {
                out += value
                scalars = scalars.dropFirst(name.count)
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out + ";"
    }

    /// A literal for `value`: text in single quotes (quotes doubled; NUL and other control
    /// characters as `char(n)` pieces, which a literal cannot hold), numbers as written.
    public static func literal(_ value: SQLiteValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let i): return String(i)
        case .real(let d): return d.isFinite ? "\(d)" : "NULL"
        case .blob(let bytes):
            return "X'" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
        case .text(let s):
            var pieces: [String] = []
            var current = ""
            for scalar in s.unicodeScalars {
                if scalar.value < 0x20 {
                    pieces.append("'" + current + "'")
                    pieces.append("char(\(scalar.value))")
                    current = ""
                } else {
                    if scalar == "'" { current += "'" }
                    current.unicodeScalars.append(scalar)
                }
            }
            pieces.append("'" + current + "'")
            let kept = pieces.filter { $0 != "''" }
            return kept.isEmpty ? "''" : kept.joined(separator: " || ")
        }
    }
}
