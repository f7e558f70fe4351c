import CSQLite

/// An SQLite result code, primary (`SQLITE_BUSY`) or extended (`SQLITE_CONSTRAINT_UNIQUE`).
///
/// The low 8 bits are the primary code; the rest refine it.
/// See <https://www.sqlite.org/rescode.html>.
///
/// A primary code used as a pattern matches itself and all its extended codes, so
/// `catch SQLiteError.busy` also catches `SQLITE_BUSY_TIMEOUT`; an extended code matches only itself.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code: the least significant 8 bits.
    public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    public var isPrimary: Bool { self == primary }

    /// The C name, e.g. `SQLITE_CONSTRAINT_UNIQUE`; `SQLITE_<primary> (extended N)` when unnamed here.
    public var name: String {
        if let name = ResultCode.names[rawValue] { return name }
        let base = ResultCode.names[primary.rawValue] ?? "SQLITE_\(primary.rawValue)"
        return isPrimary ? base : "\(base) (extended \(rawValue))"
    }

    public var description: String { name }

    /// SQLite's own English text for the code (`database is locked`).
    /// See <https://www.sqlite.org/c3ref/errcode.html> (`sqlite3_errstr`).
    public var explanation: String { String(cString: sqlite3_errstr(rawValue)) }

    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        pattern.isPrimary ? pattern == code.primary : pattern == code
    }

    /// Lets `catch ResultCode.busy` / `catch SQLiteError.busy` match a thrown `SQLiteError`.
    public static func ~= (pattern: ResultCode, error: any Error) -> Bool {
        guard let error = error as? SQLiteError else { return false }
        return pattern ~= error.code
    }

    // Primary codes, https://www.sqlite.org/rescode.html#primary_result_code_list
    public static let ok = ResultCode(rawValue: SQLITE_OK)
    public static let error = ResultCode(rawValue: SQLITE_ERROR)
    public static let `internal` = ResultCode(rawValue: SQLITE_INTERNAL)
    public static let perm = ResultCode(rawValue: SQLITE_PERM)
    public static let abort = ResultCode(rawValue: SQLITE_ABORT)
    public static let busy = ResultCode(rawValue: SQLITE_BUSY)
    public static let locked = ResultCode(rawValue: SQLITE_LOCKED)
    public static let nomem = ResultCode(rawValue: SQLITE_NOMEM)
    public static let readonly = ResultCode(rawValue: SQLITE_READONLY)
    public static let interrupt = ResultCode(rawValue: SQLITE_INTERRUPT)
    public static let ioerr = ResultCode(rawValue: SQLITE_IOERR)
    public static let corrupt = ResultCode(rawValue: SQLITE_CORRUPT)
    public static let full = ResultCode(rawValue: SQLITE_FULL)
    public static let cantOpen = ResultCode(rawValue: SQLITE_CANTOPEN)
    public static let schema = ResultCode(rawValue: SQLITE_SCHEMA)
    public static let tooBig = ResultCode(rawValue: SQLITE_TOOBIG)
    public static let constraint = ResultCode(rawValue: SQLITE_CONSTRAINT)
    public static let mismatch = ResultCode(rawValue: SQLITE_MISMATCH)
    public static let misuse = ResultCode(rawValue: SQLITE_MISUSE)
    public static let range = ResultCode(rawValue: SQLITE_RANGE)
    public static let notADatabase = ResultCode(rawValue: SQLITE_NOTADB)
    public static let row = ResultCode(rawValue: SQLITE_ROW)
    public static let done = ResultCode(rawValue: SQLITE_DONE)

    // Extended codes, https://www.sqlite.org/rescode.html#extended_result_code_list
    public static let busyRecovery = ResultCode(rawValue: SQLITE_BUSY | (1 << 8))
    public static let busySnapshot = ResultCode(rawValue: SQLITE_BUSY | (2 << 8))
    public static let busyTimeout = ResultCode(rawValue: SQLITE_BUSY | (3 << 8))
    public static let constraintCheck = ResultCode(rawValue: SQLITE_CONSTRAINT | (1 << 8))
    public static let constraintForeignKey = ResultCode(rawValue: SQLITE_CONSTRAINT | (3 << 8))
    public static let constraintNotNull = ResultCode(rawValue: SQLITE_CONSTRAINT | (5 << 8))
    public static let constraintPrimaryKey = ResultCode(rawValue: SQLITE_CONSTRAINT | (6 << 8))
    public static let constraintTrigger = ResultCode(rawValue: SQLITE_CONSTRAINT | (7 << 8))
    public static let constraintUnique = ResultCode(rawValue: SQLITE_CONSTRAINT | (8 << 8))
    public static let constraintRowID = ResultCode(rawValue: SQLITE_CONSTRAINT | (10 << 8))
    public static let constraintDataType = ResultCode(rawValue: SQLITE_CONSTRAINT | (12 << 8))
    public static let cantOpenIsDir = ResultCode(rawValue: SQLITE_CANTOPEN | (2 << 8))

    private static let names: [Int32: String] = [
        0: "SQLITE_OK", 1: "SQLITE_ERROR", 2: "SQLITE_INTERNAL", 3: "SQLITE_PERM", 4: "SQLITE_ABORT",
        5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 7: "SQLITE_NOMEM", 8: "SQLITE_READONLY",
        9: "SQLITE_INTERRUPT", 10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT", 12: "SQLITE_NOTFOUND",
        13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN", 15: "SQLITE_PROTOCOL", 16: "SQLITE_EMPTY",
        17: "SQLITE_SCHEMA", 18: "SQLITE_TOOBIG", 19: "SQLITE_CONSTRAINT", 20: "SQLITE_MISMATCH",
        21: "SQLITE_MISUSE", 22: "SQLITE_NOLFS", 23: "SQLITE_AUTH", 24: "SQLITE_FORMAT",
        25: "SQLITE_RANGE", 26: "SQLITE_NOTADB", 27: "SQLITE_NOTICE", 28: "SQLITE_WARNING",
        100: "SQLITE_ROW", 101: "SQLITE_DONE",
        SQLITE_BUSY | (1 << 8): "SQLITE_BUSY_RECOVERY",
        SQLITE_BUSY | (2 << 8): "SQLITE_BUSY_SNAPSHOT",
        SQLITE_BUSY | (3 << 8): "SQLITE_BUSY_TIMEOUT",
        SQLITE_LOCKED | (1 << 8): "SQLITE_LOCKED_SHAREDCACHE",
        SQLITE_READONLY | (1 << 8): "SQLITE_READONLY_RECOVERY",
        SQLITE_READONLY | (2 << 8): "SQLITE_READONLY_CANTLOCK",
        SQLITE_READONLY | (3 << 8): "SQLITE_READONLY_ROLLBACK",
        SQLITE_READONLY | (4 << 8): "SQLITE_READONLY_DBMOVED",
        SQLITE_READONLY | (5 << 8): "SQLITE_READONLY_CANTINIT",
        SQLITE_READONLY | (6 << 8): "SQLITE_READONLY_DIRECTORY",
        SQLITE_CANTOPEN | (1 << 8): "SQLITE_CANTOPEN_NOTEMPDIR",
        SQLITE_CANTOPEN | (2 << 8): "SQLITE_CANTOPEN_ISDIR",
        SQLITE_CANTOPEN | (3 << 8): "SQLITE_CANTOPEN_FULLPATH",
        SQLITE_CONSTRAINT | (1 << 8): "SQLITE_CONSTRAINT_CHECK",
        SQLITE_CONSTRAINT | (2 << 8): "SQLITE_CONSTRAINT_COMMITHOOK",
        SQLITE_CONSTRAINT | (3 << 8): "SQLITE_CONSTRAINT_FOREIGNKEY",
        SQLITE_CONSTRAINT | (4 << 8): "SQLITE_CONSTRAINT_FUNCTION",
        SQLITE_CONSTRAINT | (5 << 8): "SQLITE_CONSTRAINT_NOTNULL",
        SQLITE_CONSTRAINT | (6 << 8): "SQLITE_CONSTRAINT_PRIMARYKEY",
        SQLITE_CONSTRAINT | (7 << 8): "SQLITE_CONSTRAINT_TRIGGER",
        SQLITE_CONSTRAINT | (8 << 8): "SQLITE_CONSTRAINT_UNIQUE",
        SQLITE_CONSTRAINT | (9 << 8): "SQLITE_CONSTRAINT_VTAB",
        SQLITE_CONSTRAINT | (10 << 8): "SQLITE_CONSTRAINT_ROWID",
        SQLITE_CONSTRAINT | (11 << 8): "SQLITE_CONSTRAINT_PINNED",
        SQLITE_CONSTRAINT | (12 << 8): "SQLITE_CONSTRAINT_DATATYPE",
    ]
}
