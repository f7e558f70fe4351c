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
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                let (escape, next) = escape(utf8, at: i)
                if let escape {
                    out += String(decoding: UnsafeBufferPointer(rebasing: utf8[runStart..<i]), as: UTF8.self)
                    out += escape
                    runStart = next
                }
                i = next
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]), as: UTF8.self)
        }
        out += "\""
    }

    /// What JSON needs instead of the character starting at byte `i` of UTF-8 text (nil: copy it
    /// as it is), and where the next one starts. One rule for `writeString` and the streamed writer.
    static func escape(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (escape: String?, next: Int) {
        switch utf8[i] {
        case 0x22: return ("\\\"", i + 1)
        case 0x5C: return ("\\\\", i + 1)
        case 0x0A: return ("\\n", i + 1)
        case 0x0D: return ("\\r", i + 1)
        case 0x09: return ("\\t", i + 1)
        case 0x00..<0x20: return (unicodeEscape(Int(utf8[i])), i + 1)
        case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
            // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) are valid JSON but break JavaScript.
            return (unicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029), i + 3)
        default: return (nil, i + 1)
        }
    }

    private static func unicodeEscape(_ v: Int) -> String {
        var out = "\\u"
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[(v >> shift) & 0xF]) }
        return out
    }
}
