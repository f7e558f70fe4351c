import CSQLite

extension Connection {
    public enum TransactionKind: String, Sendable {
        /// Takes the write lock at once, so a busy database fails at BEGIN, not mid-way.
        case immediate = "IMMEDIATE"
        /// Takes locks as statements need them (for read-only work).
        case deferred = "DEFERRED"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE` by default) and commits.
    ///
    /// On any error thrown by `body` or by COMMIT, rolls back if a transaction is still open
    /// (SQLite may already have rolled back by itself, <https://www.sqlite.org/lang_transaction.html>,
    /// "Response To Errors Within A Transaction") and rethrows that first error.
    /// Transactions do not nest: calling this inside one throws `SQLITE_MISUSE`.
    @discardableResult
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        guard isAutocommit else {
            throw SQLiteError(code: .misuse, message: "a transaction is already open",
                              sql: "BEGIN \(kind.rawValue)")
        }
        try cachedStatement("BEGIN \(kind.rawValue)").execute()
        do {
            let result = try body()
            try cachedStatement("COMMIT").execute()
            return result
        } catch {
            if !isAutocommit {
                // The first error is the one worth reporting; a failed rollback leaves the
                // transaction to SQLite, which rolls back when the connection closes.
                try? execute("ROLLBACK")
            }
            throw error
        }
    }
}
