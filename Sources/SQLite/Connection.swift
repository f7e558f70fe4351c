import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The version of the SQLite library linked in, e.g. `3.40.1`.
public let sqliteLibraryVersion = String(cString: sqlite3_libversion())

/// One connection to an SQLite database file.
///
/// Read-write connections use WAL (<https://www.sqlite.org/wal.html>) with `synchronous=NORMAL`;
/// every connection enforces foreign keys (<https://www.sqlite.org/foreignkeys.html>) and waits up
/// to `busyTimeout` for a lock (<https://www.sqlite.org/c3ref/busy_timeout.html>) before failing
/// with `SQLITE_BUSY`.
///
/// Not Sendable: use a connection from one thread (or task) at a time; a process has one writer.
public final class Connection {
    public enum Mode: Sendable, Equatable {
        /// Read and write; `create` makes the file when it is missing.
        case readWrite(create: Bool)
        /// `SQLITE_OPEN_READONLY`: any write fails with `SQLITE_READONLY`.
        case readOnly
    }

    /// The path (or `file:` URI, or `:memory:`) the connection was opened with.
    public let path: String
    public let mode: Mode
    let handle: OpaquePointer
    private var statementCache: [String: Statement] = [:]

    /// Process-wide SQLite settings, applied once before the first connection opens (after
    /// that SQLite refuses them with SQLITE_MISUSE, which is harmless: the defaults stay).
    /// Memory statistics off: with them on, every allocation and free takes a global mutex to
    /// keep counts nobody here reads (`sqlite3_memory_used`, the soft heap limit); on ingest
    /// the writer spent about 3% of its time in that mutex.
    /// <https://www.sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus>
    private static let libraryConfigured: Void = {
        _ = eventkb_config_memstatus(0)
    }()

    /// Opens `path`: a file path, `:memory:`, or a `file:` URI (<https://www.sqlite.org/uri.html>).
    ///
    /// Fails with a clear `SQLiteError` when the directory is missing, the file is missing and
    /// `create` is false, or the file is not an SQLite database (`SQLITE_NOTADB`).
    public init(path: String, mode: Mode = .readWrite(create: true), busyTimeout: Duration = .seconds(5)) throws {
        self.path = path
        self.mode = mode
        let isURI = path.hasPrefix("file:")
        let isFile = !isURI && path != ":memory:" && !path.isEmpty
        if isFile {
            try Connection.checkDirectory(of: path)
        }

        _ = Connection.libraryConfigured
        // https://www.sqlite.org/c3ref/open.html
        var flags: Int32 = SQLITE_OPEN_NOMUTEX
        switch mode {
        case .readWrite(let create):
            flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        case .readOnly:
            flags |= SQLITE_OPEN_READONLY
        }
        if isURI { flags |= SQLITE_OPEN_URI }

        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let detail = db.map { String(cString: sqlite3_errmsg($0)) } ?? ResultCode(rawValue: rc).explanation
            sqlite3_close_v2(db)
            var message = "cannot open database \(path): \(detail)"
            if isFile, rc & 0xFF == SQLITE_CANTOPEN, FileStatus(path: path) == .missing {
                message = "cannot open database \(path): no such file"
            }
            throw SQLiteError(code: ResultCode(rawValue: rc), message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Connection.milliseconds(busyTimeout))

        do {
            try configure(busyTimeout: busyTimeout)
        } catch {
            statementCache.removeAll()
            sqlite3_close_v2(db)
            throw error
        }
    }

    deinit {
        // Statements finalize in their own deinit; close_v2 waits for any still alive elsewhere.
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    private func configure(busyTimeout: Duration) throws {
        // SQLite reads the header lazily: force a read now so a text file fails here, clearly.
        do {
            _ = try prepare("PRAGMA schema_version").firstRow { $0.int64(0) }
        } catch let error as SQLiteError where error.primaryCode == .notADatabase {
            throw SQLiteError(code: error.code, message: "file \(path) is not a SQLite database", sql: error.sql)
        }
        try execute("PRAGMA foreign_keys = ON")
        if case .readWrite = mode {
            // https://www.sqlite.org/pragma.html#pragma_journal_mode — returns the mode now in force
            // ('memory' for in-memory databases, which cannot use WAL).
            try retryingDeadlock(for: busyTimeout) {
                _ = try prepare("PRAGMA journal_mode = WAL").firstRow { $0.string(0) }
            }
            // NORMAL is durable enough in WAL: a power loss may lose the last commits, never corrupt.
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    /// Runs `body` again while it fails with `SQLITE_BUSY`, for at most `timeout`.
    ///
    /// Turning a new database to WAL takes a write lock after a read. When two processes open
    /// the same new file at once, each can hold the read lock the other needs to give up;
    /// SQLite sees that deadlock and returns `SQLITE_BUSY` at once, without calling the busy
    /// handler (<https://www.sqlite.org/c3ref/busy_handler.html>). The statement has released
    /// its locks by then, so trying again after a short, random pause lets one of them through.
    private func retryingDeadlock(for timeout: Duration, _ body: () throws -> Void) throws {
        let deadline = ContinuousClock.now + timeout
        var pause: UInt32 = 2_000
        while true {
            do {
                return try body()
            } catch let error as SQLiteError where error.primaryCode == .busy && ContinuousClock.now < deadline {
                usleep(pause + UInt32.random(in: 0..<pause))
                pause = min(pause * 2, 100_000)
            }
        }
    }

    private static func checkDirectory(of path: String) throws {
        let directory = FileStatus.directory(of: path)
        guard !directory.isEmpty else { return }
        switch FileStatus(path: directory) {
        case .missing:
            throw SQLiteError(code: .cantOpen,
                              message: "cannot open database \(path): directory \(directory) does not exist")
        case .file:
            throw SQLiteError(code: .cantOpen,
                              message: "cannot open database \(path): \(directory) is not a directory")
        case .directory:
            return
        }
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let ms = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, ms))
    }

    // MARK: Statements

    /// Prepares a new, uncached statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: handle, sql: sql)
    }

    /// The statement for `sql` from this connection's cache (prepared on first use), reset and
    /// with its bindings cleared. Do not hold on to it across another `cachedStatement(sql)` call
    /// for the same SQL: both are the same object.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    /// Drops every cached statement (e.g. before schema changes in a long-lived connection).
    public func clearStatementCache() {
        statementCache.removeAll()
    }

    /// Runs a script of one or more statements, with no parameters, discarding rows.
    /// An error names the statement that failed.
    public func execute(_ script: String) throws {
        try script.withCString { start in
            var next: UnsafePointer<CChar>? = start
            while let current = next, current.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(handle, current, -1, &statement, &tail)
                // The statement's text only for an error: trimming it through Foundation on every
                // statement cost a query process about 0.2 ms (its first use initialises ICU).
                guard rc == SQLITE_OK else {
                    sqlite3_finalize(statement)
                    throw SQLiteError(code: rc, connection: handle, sql: Connection.text(from: current, to: tail))
                }
                let start = current
                next = tail
                guard let statement else { continue }   // only whitespace or comments
                defer { sqlite3_finalize(statement) }
                var step = sqlite3_step(statement)
                while step == SQLITE_ROW { step = sqlite3_step(statement) }
                guard step == SQLITE_DONE else {
                    throw SQLiteError(code: step, connection: handle, sql: Connection.text(from: start, to: tail))
                }
            }
        }
    }

    private static func text(from start: UnsafePointer<CChar>, to end: UnsafePointer<CChar>?) -> String {
        let count = end.map { $0 - start } ?? strlen(start)
        return start.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }.trimmingWhitespace()
    }

    /// Runs one statement through the cache with positional values, discarding rows.
    public func run(_ sql: String, _ values: (any SQLiteBindable)?...) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(values)
        try statement.execute()
    }

    /// Runs one query through the cache and maps every row.
    public func rows<T>(_ sql: String, _ values: (any SQLiteBindable)?..., map: (Statement) throws -> T) throws -> [T] {
        let statement = try cachedStatement(sql)
        try statement.bind(values)
        return try statement.rows(map)
    }

    /// Runs one query through the cache and maps its first row, or returns nil.
    public func firstRow<T>(_ sql: String, _ values: (any SQLiteBindable)?..., map: (Statement) throws -> T) throws -> T? {
        let statement = try cachedStatement(sql)
        try statement.bind(values)
        return try statement.firstRow(map)
    }

    // MARK: State

    /// The rowid of the last successful INSERT on this connection.
    /// <https://www.sqlite.org/c3ref/last_insert_rowid.html>
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE. <https://www.sqlite.org/c3ref/changes.html>
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed since the connection opened.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// False while a transaction is open. <https://www.sqlite.org/c3ref/get_autocommit.html>
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// `PRAGMA user_version`: the schema version eventkb's migrations record.
    /// <https://www.sqlite.org/pragma.html#pragma_user_version>
    public func userVersion() throws -> Int {
        try prepare("PRAGMA user_version").firstRow { $0.int(0) } ?? 0
    }

    public func setUserVersion(_ version: Int) throws {
        // PRAGMA takes no parameters; an Int formats as a plain integer literal.
        try execute("PRAGMA user_version = \(Int32(clamping: version))")
    }
}

@available(*, unavailable, message: "a Connection is used by one thread at a time; open one per thread")
extension Connection: Sendable {}
