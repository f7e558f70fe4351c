/// A JSON value with object keys in the order given, so output follows the contract's field order.
enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    static func string(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    static func int(_ i: Int?) -> JSON { i.map(JSON.int) ?? .null }

    /// Compact serialisation (no spaces), RFC 8259 escaping.
    var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite {
                out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d)
            } else {
                out += "null"
            }
        case .string(let s): JSON.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += "," }
                JSON.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    private static let hex: [Character] = Array("0123456789abcdef")

    /// Walks the UTF-8 bytes and copies each run that needs no escaping in one append (most
    /// strings are one run): appending scalar by scalar was most of a large answer's time.
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let byte = utf8[i]
            var escape: String?
            var next = utf8.index(after: i)
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20: escape = unicodeEscape(Int(byte))
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) are valid JSON but break JavaScript.
                if next != utf8.endIndex, utf8[next] == 0x80 {
                    let third = utf8.index(after: next)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        escape = unicodeEscape(utf8[third] == 0xA8 ? 0x2028 : 0x2029)
                        next = utf8.index(after: third)
                    }
                }
            default: break
            }
            if let escape {
                out += s[runStart..<i]
                out += escape
                runStart = next
            }
            i = next
        }
        out += s[runStart..<utf8.endIndex]
        out += "\""
    }

    private static func unicodeEscape(_ v: Int) -> String {
        var out = "\\u"
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[(v >> shift) & 0xF]) }
        return out
    }
}
