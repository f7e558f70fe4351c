import SQLite

extension KnowledgeBase {
    /// Reads every later statement from one snapshot of the database, until the knowledge base
    /// is closed: an open read transaction (`BEGIN`; in WAL mode the snapshot is taken at its
    /// first read, <https://www.sqlite.org/wal.html#concurrency>,
    /// <https://www.sqlite.org/isolation.html>).
    ///
    /// Why: an answer takes several statements (an entity card: the entity, its counts, then its
    /// latest events, relations and articles). Each in its own transaction, an ingest committing
    /// between two of them gave a card whose totals disagree with its lists. For a short-lived
    /// reader such as one CLI command; a long-lived one holding a snapshot keeps SQLite from
    /// checkpointing past it, so it should not call this.
    public func holdSnapshot() throws {
        guard connection.isAutocommit else { return }
        try connection.execute("BEGIN")
    }
}
