import CSQLite

/// An error reported by SQLite (or by this wrapper on SQLite's behalf): the extended result
/// code, SQLite's message, and the SQL that was running.
///
/// Match on the primary code with a `where` clause or a pattern:
///
///     catch let e as SQLiteError where e.primaryCode == .busy { ... }
///     catch SQLiteError.busy { ... }
///
/// See <https://www.sqlite.org/rescode.html> and <https://www.sqlite.org/c3ref/errcode.html>.
public struct SQLiteError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE`); equal to the primary one when SQLite gave no more.
    public let code: ResultCode
    /// SQLite's message (`UNIQUE constraint failed: articles.content_hash`), or ours.
    public let message: String
    /// The statement that failed, if any.
    public let sql: String?

    public init(code: ResultCode, message: String? = nil, sql: String? = nil) {
        self.code = code
        self.message = message ?? code.explanation
        self.sql = sql
    }

    /// Reads the connection's last error: `sqlite3_errmsg`, and `code` (the return value of the failed call).
    init(code: Int32, connection db: OpaquePointer?, sql: String?) {
        let message = db.map { String(cString: sqlite3_errmsg($0)) }
        self.init(code: ResultCode(rawValue: code), message: message, sql: sql)
    }

    public var extendedCode: ResultCode { code }
    public var primaryCode: ResultCode { code.primary }

    /// `database is locked (SQLITE_BUSY) while running: BEGIN IMMEDIATE`
    public var description: String {
        var text = "\(message) (\(code.name))"
        if let sql, !sql.isEmpty {
            text += " while running: \(SQLiteError.oneLine(sql))"
        }
        return text
    }

    /// Statements can span many lines; an error message should not.
    static func oneLine(_ sql: String) -> String {
        var out = ""
        var space = false
        for scalar in sql.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out.count > 300 ? String(out.prefix(300)) + "…" : out
    }

    // Patterns for `catch SQLiteError.busy`; a primary code matches all its extended codes.
    public static let busy = ResultCode.busy
    public static let locked = ResultCode.locked
    public static let readonly = ResultCode.readonly
    public static let constraint = ResultCode.constraint
    public static let notADatabase = ResultCode.notADatabase
    public static let cantOpen = ResultCode.cantOpen
    public static let misuse = ResultCode.misuse
    public static let range = ResultCode.range
}
