/// JSON written straight into the output buffer as UTF-8 bytes, the same text as `serialized`.
///
/// Why: `entity NAME` for a much-reported entity is megabytes in one object (every article and
/// relation that names it). Building that as one `String` and copying it to the output cost more
/// than the SQL (string growth, page faults, a second copy); bytes appended to the buffer that is
/// flushed every 64 KiB do not.
extension StandardOutput {
    mutating func write(_ json: JSON) {
        switch json {
        case .null: write(bytes: "null")
        case .bool(let b): write(bytes: b ? "true" : "false")
        case .int(let i): write(bytes: String(i))
        case .double:
            var text = ""
            json.write(to: &text)
            write(bytes: text)
        case .string(let s): writeJSONString(s)
        case .array(let items):
            write(byte: UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { write(byte: UInt8(ascii: ",")) }
                write(item)
                flushIfFull()
            }
            write(byte: UInt8(ascii: "]"))
        case .object(let fields):
            write(byte: UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { write(byte: UInt8(ascii: ",")) }
                writeJSONString(key)
                write(byte: UInt8(ascii: ":"))
                write(value)
            }
            write(byte: UInt8(ascii: "}"))
        }
    }

    /// `JSON.writeString`'s escaping over bytes: runs that need none are copied in one append.
    mutating func writeJSONString(_ s: String) {
        write(byte: UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                var escape: String?
                var next = i + 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = StandardOutput.unicodeEscape(Int(byte))
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) are valid JSON but break JavaScript.
                    if i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 {
                        escape = StandardOutput.unicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                        next = i + 3
                    }
                default: break
                }
                if let escape {
                    write(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                    write(bytes: escape)
                    runStart = next
                }
                i = next
            }
            write(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        write(byte: UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ v: Int) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out = "\\u"
        for shift in stride(from: 12, through: 0, by: -4) { out.unicodeScalars.append(Unicode.Scalar(hex[(v >> shift) & 0xF])) }
        return out
    }
}
