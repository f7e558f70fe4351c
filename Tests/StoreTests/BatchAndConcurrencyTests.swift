import EventModel
import Foundation
import Testing
import SQLite
@testable import Store

@Suite struct BatchAndConcurrencyTests {
    @Test func batchWritesAllInOrder() throws {
        let store = try Store(connection: Connection(path: ":memory:"))
        let documents = [Samples.meeting(source: "a.txt"), Samples.meeting(source: "b.txt", extra: " Varga left."),
                         Samples.meeting(source: "a-again.txt")]
        let outcomes = try store.write(batch: documents)
        #expect(outcomes.count == 3)
        guard case .inserted(let first, _) = outcomes[0], case .inserted(let second, _) = outcomes[1] else {
            Issue.record("first two should insert: \(outcomes)")
            return
        }
        #expect(first != second)
        // The same text twice in one batch: the second is a duplicate of the first.
        #expect(outcomes[2] == .duplicate(articleID: first))
        #expect(try store.connection.firstRow("SELECT count(*) FROM articles") { $0.int(0) } == 2)
    }

    @Test func oneBadArticleNeverLosesTheOthers() throws {
        let store = try Store(connection: Connection(path: ":memory:"))
        var invalid = Samples.meeting(source: "invalid.txt", extra: " X.")
        invalid.mentions[0].entity = 99
        // Valid by itself, but its insert fails inside SQLite (a confidence the CHECK refuses
        // is caught by validation, so inject a failure for this one document instead).
        let failing = Samples.meeting(source: "fails.txt", extra: " Y.")
        store.faultInjection = { stage in
            let isFailing = try store.connection.firstRow(
                "SELECT 1 FROM articles WHERE source = 'fails.txt'", map: { _ in true }) ?? false
            if stage == .relations, isFailing {
                throw SQLiteError(code: .constraint, message: "injected")
            }
        }
        let documents = [Samples.meeting(source: "a.txt"), invalid, failing,
                         Samples.meeting(source: "b.txt", extra: " Z.")]
        let results = try store.write(batch: documents)
        #expect(results[1] == .rejected(source: "invalid.txt",
                                        reason: "invalid document: mention 0 refers to entity 99, but there are 5"))
        #expect(results[2] == .rejected(source: "fails.txt", reason: "injected (SQLITE_CONSTRAINT)"))
        guard case .inserted = results[0], case .inserted = results[3] else {
            Issue.record("the good articles should be stored: \(results)")
            return
        }
        let sources = try store.connection.rows("SELECT source FROM articles ORDER BY id") { $0.string(0) }
        #expect(sources == ["a.txt", "b.txt"])
        #expect(try store.connection.rows("PRAGMA foreign_key_check") { $0.string(0) }.isEmpty)
    }

    /// Two writers on one file (as two `eventkb ingest` processes): both finish, nothing lost.
    @Test func twoWritersOnOneFileBothSucceed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        _ = try Store(path: path)
        let failures = Failures()
        let perWriter = 30
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let store = try Store(path: path, busyTimeout: .milliseconds(100))
                for n in 0..<perWriter {
                    let document = Samples.meeting(source: "w\(writer)-\(n).txt", extra: " Writer \(writer) item \(n).")
                    _ = try store.write(document)
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let check = try Connection(path: path, mode: .readOnly)
        #expect(try check.firstRow("SELECT count(*) FROM articles") { $0.int(0) } == 2 * perWriter)
        #expect(try check.firstRow("SELECT count(*) FROM entities") { $0.int(0) } == 5)
        #expect(try check.rows("PRAGMA integrity_check") { $0.string(0) } == ["ok"])
    }

    /// A writer that holds the lock longer than every retry: the store gives up with SQLITE_BUSY
    /// (no hang, nothing half-written) and succeeds once the lock is free.
    @Test func busyBeyondRetriesFailsCleanly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        let store = try Store(path: path, busyTimeout: .milliseconds(50))
        store.maxAttempts = 2
        let other = try Connection(path: path)
        try other.execute("BEGIN IMMEDIATE")
        let error = #expect(throws: SQLiteError.self) { try store.write(Samples.meeting()) }
        #expect(error?.primaryCode == .busy)
        let batchError = #expect(throws: SQLiteError.self) {
            try store.write(batch: [Samples.meeting(source: "a.txt"), Samples.meeting(source: "b.txt", extra: " B.")])
        }
        #expect(batchError?.primaryCode == .busy)
        try other.execute("ROLLBACK")
        #expect(try store.connection.firstRow("SELECT count(*) FROM articles") { $0.int(0) } == 0)
        _ = try store.write(Samples.meeting())
        #expect(try store.connection.firstRow("SELECT count(*) FROM articles") { $0.int(0) } == 1)
    }

    @Test func storeRefusesATooNewDatabase() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        do {
            let db = try Connection(path: path)
            try db.setUserVersion(Migrator.currentVersion + 6)
        }
        #expect(throws: SchemaError.self) { try Store(path: path) }
    }

    @Test func storeOnATextFileIsAClearError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("article.txt")
        try "date 2024-01-02 Not a database at all.".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: SQLiteError.self) { try Store(path: path) }
        #expect(error?.description.hasPrefix("file \(path) is not a SQLite database") == true)
    }
}

/// Collects errors from concurrent writers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
