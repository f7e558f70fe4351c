#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path, as `stat(2)` says: the checks around opening a database file, kept to the C
/// library so the SQLite wrapper and the query layer need no Foundation (a query is one short
/// process, and Foundation's start-up is part of its time).
public enum FileStatus: Equatable, Sendable {
    case missing
    case directory
    case file(size: Int)

    public init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        self = info.st_mode & S_IFMT == S_IFDIR ? .directory : .file(size: Int(info.st_size))
    }

    /// The folder part of `path` as written: "" for a bare file name, "/" for a file at the root.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether this process may create files in `directory` ("" is the current one).
    public static func isWritableDirectory(_ directory: String) -> Bool {
        access(directory.isEmpty ? "." : directory, W_OK) == 0
    }

    /// `path` for an SQLite URI (<https://www.sqlite.org/uri.html>): every byte but letters,
    /// digits, `-._~` and `/` percent-encoded, so `?`, `#` and `%` in a file name stay the name's.
    public static func uriPath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
