import EventModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SQLite

/// Writes `Document`s into an eventkb database: one article per transaction (or one
/// transaction per batch), idempotent by the SHA-256 of the article text, with entities
/// resolved across articles (see `EntityResolver`).
///
/// The one writer of a process. Not Sendable. Two processes may write the same database:
/// WAL lets readers continue, and a writer that finds the database busy waits (`busyTimeout`)
/// and then retries the whole article a few times with backoff.
public final class Store {
    public let connection: Connection
    /// How many times an article transaction is tried when the database stays busy.
    public var maxAttempts = 5
    /// What opening did to the schema (`from == to` when it was already current).
    public private(set) var migration = Migrator.Outcome(from: 0, to: 0)
    /// Test hook: called at each stage of an article write, to inject failures.
    var faultInjection: ((WriteStage) throws -> Void)?

    /// Opens (creating if needed) the database at `path` and migrates it to this build's schema.
    public convenience init(path: String, busyTimeout: Duration = .seconds(5)) throws {
        try self.init(connection: Connection(path: path, mode: .readWrite(create: true), busyTimeout: busyTimeout))
    }

    /// Uses an open read-write connection (e.g. `:memory:` in tests) and migrates it.
    public init(connection: Connection) throws {
        self.connection = connection
        // 32 MiB of page cache (default 2 MiB): at 100,000 articles the index pages that every
        // article touches (mentions by entity, aliases, FTS) no longer fit the default, and each
        // miss is a read and a copy. <https://www.sqlite.org/pragma.html#pragma_cache_size>
        try connection.execute("PRAGMA cache_size = -32768")
        // Statement journals in memory: every INSERT that fires a trigger or checks a foreign key
        // keeps the original of each page it changes so it can undo itself alone, and past 64 KiB
        // SQLite spills that journal to a temporary file. The 500-article benchmark wrote 166 MB
        // through 81,000 `pwrite` calls to such files for a 6 MB database. Each journal lives one
        // statement, so memory holds one statement's pages at a time.
        // <https://www.sqlite.org/tempfiles.html#statement_journals>
        try connection.execute("PRAGMA temp_store = MEMORY")
        migration = try retryingWhileBusy { try Migrator.migrate(connection) }
    }

    /// The content hash used for idempotency: lowercase hex SHA-256 of the text's UTF-8 bytes.
    public static func contentHash(of text: String) -> String {
        SHA256.hex(text)
    }

    public func contains(contentHash: String) throws -> Bool {
        try connection.firstRow("SELECT 1 FROM articles WHERE content_hash = ?", contentHash) { _ in true } ?? false
    }

    /// Stores one article in its own `BEGIN IMMEDIATE` transaction. A document that fails
    /// validation throws `StoreError.invalidDocument`; a failed write leaves nothing behind.
    public func write(_ document: Document) throws -> WriteOutcome {
        let prepared = try Store.prepareValid(document)
        let writer = DocumentWriter(connection: connection, faultInjection: faultInjection)
        return try retryingWhileBusy {
            try connection.transaction { try writer.insert(batch: [prepared], memo: WriteMemo())[0] }
        }
    }

    /// Stores many articles in one transaction (the fast path). When any of them fails, the
    /// transaction is rolled back and each article is written in its own transaction, so one bad
    /// article never loses the others: it comes back as `.rejected` with the reason. Results are
    /// in input order.
    ///
    /// Throws only when the database stays busy through every retry (writing one by one would
    /// only wait longer, N times over). Articles stored before that stay stored; re-running the
    /// batch is safe, as stored texts come back as `.duplicate`.
    public func write(batch documents: [Document]) throws -> [WriteOutcome] {
        try write(prepared: documents.map(Store.prepare))
    }

    /// `write(batch:)` for documents already passed through `Store.prepare` (on other threads,
    /// so that this, the one writer, only runs SQL). A document whose `problem` is set comes back
    /// as `.rejected` with that reason.
    public func write(prepared documents: [PreparedDocument]) throws -> [WriteOutcome] {
        var results: [WriteOutcome?] = Array(repeating: nil, count: documents.count)
        var valid: [Int] = []
        for (index, prepared) in documents.enumerated() {
            if let problem = prepared.problem {
                results[index] = .rejected(source: prepared.document.article.source, reason: problem)
            } else {
                valid.append(index)
            }
        }

        let writer = DocumentWriter(connection: connection, faultInjection: faultInjection)
        do {
            let outcomes = try retryingWhileBusy {
                try connection.transaction {
                    try writer.insert(batch: valid.map { documents[$0] }, memo: WriteMemo())
                }
            }
            for (index, outcome) in zip(valid, outcomes) { results[index] = outcome }
        } catch let error as SQLiteError where Store.isBusy(error) {
            throw error
        } catch {
            for index in valid {
                let document = documents[index].document
                do {
                    results[index] = try retryingWhileBusy {
                        try connection.transaction { try writer.insert(batch: [documents[index]], memo: WriteMemo())[0] }
                    }
                } catch let error as SQLiteError where Store.isBusy(error) {
                    throw error
                } catch {
                    results[index] = .rejected(source: document.article.source, reason: Store.reason(error))
                }
            }
        }
        return results.enumerated().map { index, outcome in
            outcome ?? .rejected(source: documents[index].document.article.source, reason: "not written")
        }
    }

    /// The error without the source, which `.rejected` carries separately.
    static func reason(_ error: any Error) -> String {
        if case StoreError.invalidDocument(_, let reason)? = error as? StoreError { return "invalid document: \(reason)" }
        return "\(error)"
    }

    static func isBusy(_ error: SQLiteError) -> Bool {
        error.primaryCode == .busy || error.primaryCode == .locked
    }

    /// Runs `body` again when SQLite reports the database busy or locked after its own busy
    /// timeout, waiting 50 ms, 100 ms, 200 ms, … (with jitter, so two writers fall out of step).
    func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as SQLiteError where Store.isBusy(error) {
                guard attempt < maxAttempts else { throw error }
                let base = 50_000 << min(attempt - 1, 6)
                usleep(UInt32(base + Int.random(in: 0..<base)))
                attempt += 1
            }
        }
    }
}

@available(*, unavailable, message: "a Store is the one writer of its thread; open one per thread or process")
extension Store: Sendable {}
