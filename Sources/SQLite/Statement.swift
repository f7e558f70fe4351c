import CSQLite

/// A prepared statement. It owns its `sqlite3_stmt` and finalizes it in `deinit`.
///
/// Bind parameters (1-based, or by name with its prefix: `:name`, `@name`, `$name`), then
/// `step()` until it returns false, or use `execute()`, `forEachRow` and `rows`.
/// See <https://www.sqlite.org/c3ref/stmt.html> for the life of a statement.
///
/// Not Sendable: a statement belongs to its connection's thread.
public final class Statement {
    let handle: OpaquePointer
    /// The SQL text the statement was prepared from, quoted in errors.
    public let sql: String

    /// Prepares the first statement of `sql`; anything after it must be whitespace or comments.
    init(database db: OpaquePointer, sql: String) throws {
        var statement: OpaquePointer?
        var tailIsEmpty = true
        let rc = sql.withCString { cString -> Int32 in
            var tail: UnsafePointer<CChar>?
            // https://www.sqlite.org/c3ref/prepare.html: v2 reports the real error code from step.
            let rc = sqlite3_prepare_v2(db, cString, -1, &statement, &tail)
            if let tail { tailIsEmpty = Statement.isBlank(tail, database: db) }
            return rc
        }
        guard rc == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw SQLiteError(code: rc, connection: db, sql: sql)
        }
        guard let statement else {
            throw SQLiteError(code: .misuse, message: "no SQL statement to prepare", sql: sql)
        }
        guard tailIsEmpty else {
            sqlite3_finalize(statement)
            throw SQLiteError(code: .misuse,
                              message: "more than one statement; use Connection.execute for scripts", sql: sql)
        }
        self.handle = statement
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    var database: OpaquePointer { sqlite3_db_handle(handle) }

    /// True when the rest of a script holds no statement (only whitespace, `;` and comments):
    /// asks SQLite itself, by preparing it.
    static func isBlank(_ text: UnsafePointer<CChar>, database db: OpaquePointer) -> Bool {
        var next: UnsafePointer<CChar>? = text
        while let current = next, current.pointee != 0 {
            var statement: OpaquePointer?
            let rc = sqlite3_prepare_v2(db, current, -1, &statement, &next)
            sqlite3_finalize(statement)
            // An error means something is there, and it is not blank either way.
            guard rc == SQLITE_OK, statement == nil else { return false }
        }
        return true
    }

    // MARK: Running

    /// Runs one step. Returns true when a row is ready to read, false when the statement is done.
    /// See <https://www.sqlite.org/c3ref/step.html>.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            return false
        default:
            let error = SQLiteError(code: rc, connection: database, sql: sql)
            // Leave the statement ready for reuse; the error is already captured.
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion, ignoring any rows, then resets it.
    public func execute() throws {
        defer { reset() }
        while try step() {}
    }

    /// Binds `values` by position, runs to completion, resets.
    public func execute(_ values: (any SQLiteBindable)?...) throws {
        try bind(values)
        try execute()
    }

    /// Rewinds the statement so it can run again. Bindings stay; see `clearBindings`.
    /// https://www.sqlite.org/c3ref/reset.html — its return value repeats the last step's error,
    /// which `step` has already thrown, so it is not rethrown here.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Calls `body` for each row (the statement itself, positioned on the row), then resets.
    public func forEachRow(_ body: (Statement) throws -> Void) throws {
        defer { reset() }
        while try step() {
            try body(self)
        }
    }

    /// Maps each row through `transform`, then resets.
    public func rows<T>(_ transform: (Statement) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow { result.append(try transform($0)) }
        return result
    }

    /// The first row mapped through `transform`, or nil when there is none; then resets.
    public func firstRow<T>(_ transform: (Statement) throws -> T) throws -> T? {
        defer { reset() }
        guard try step() else { return nil }
        return try transform(self)
    }
}

@available(*, unavailable, message: "a Statement belongs to one connection on one thread")
extension Statement: Sendable {}
