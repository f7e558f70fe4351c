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
                let (escape, next) = JSON.escape(utf8, at: i)
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
}
