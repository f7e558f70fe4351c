#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, output and error as the C library's file descriptors, and `printf`-style
/// numbers: what the command line needs of Foundation's `FileHandle` and `String(format:)`, so
/// that the executable links FoundationEssentials only. A query is one short process, and a
/// binary with all of Foundation (and ICU) spent part of every one of them starting it up.
enum Descriptors {
    /// Writes all of `bytes` to `descriptor`, retrying short writes and interrupted calls. A
    /// closed reader (EPIPE) or another error ends the write: there is nobody to tell.
    static func send(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// Standard error: messages, rejected inputs, timings.
    static func sendError(_ text: String) {
        send(Array(text.utf8), to: 2)
    }

    /// Everything on `descriptor` until end of file (standard input for `ingest -`).
    static func readAll(from descriptor: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count > 0 {
                out.append(contentsOf: chunk[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return out
            }
        }
    }

    /// Ends the process now with `status` (C's `exit`, under a name no command's own `exit` hides).
    static func exitProcess(_ status: Int32) -> Never {
        exit(status)
    }

    /// `value` as C's `printf` writes it with `format` (one `%…f` or `%…d` conversion per value).
    static func format(_ format: String, _ values: any CVarArg...) -> String {
        withVaList(values) { arguments in
            var buffer = [CChar](repeating: 0, count: 128)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, arguments))
            return needed < buffer.count ? String(decoding: buffer.prefix(needed).map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (Unicode's White_Space: spaces of every width,
    /// tabs and, when `newlines`, line breaks), as Foundation's `trimmingCharacters(in:)` with
    /// `.whitespacesAndNewlines` or `.whitespaces` did.
    func trimmed(newlines: Bool = true) -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace && (newlines || !$0.isNewline) }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Padded with spaces, or cut, to `length` characters (Foundation's `padding(toLength:withPad:startingAt:)`
    /// with a space).
    func padded(to length: Int) -> String {
        count >= length ? String(prefix(length)) : String(self) + String(repeating: " ", count: length - count)
    }
}
