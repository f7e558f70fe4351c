import Foundation
import Testing
@testable import SQLite

@Suite struct ConnectionTests {
    @Test func readWriteUsesWALAndForeignKeys() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Connection(path: dir.path("kb.sqlite"))
        #expect(try db.firstRow("PRAGMA journal_mode") { $0.string(0) } == "wal")
        #expect(try db.firstRow("PRAGMA foreign_keys") { $0.int(0) } == 1)
        #expect(try db.firstRow("PRAGMA synchronous") { $0.int(0) } == 1)   // NORMAL
        #expect(try db.firstRow("PRAGMA busy_timeout") { $0.int(0) } == 5000)
    }

    @Test func busyTimeoutIsConfigurable() throws {
        let db = try Connection(path: ":memory:", busyTimeout: .milliseconds(250))
        #expect(try db.firstRow("PRAGMA busy_timeout") { $0.int(0) } == 250)
    }

    /// Two writers: the second waits for the busy timeout, then fails with SQLITE_BUSY; no hang.
    @Test func contendingWritersGetBusyAfterTheTimeout() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        let first = try Connection(path: path, busyTimeout: .milliseconds(200))
        try first.execute("CREATE TABLE t (v INTEGER) STRICT")
        let second = try Connection(path: path, busyTimeout: .milliseconds(200))

        try first.execute("BEGIN IMMEDIATE")
        try first.run("INSERT INTO t VALUES (1)")
        let clock = ContinuousClock()
        let started = clock.now
        do {
            try second.transaction { try second.run("INSERT INTO t VALUES (2)") }
            Issue.record("second writer should be busy")
        } catch let error as SQLiteError where error.primaryCode == .busy {
            #expect(error.description.hasPrefix("database is locked (SQLITE_BUSY"))
            #expect(error.description.hasSuffix("while running: BEGIN IMMEDIATE"))
        }
        let waited = clock.now - started
        #expect(waited >= .milliseconds(150))
        #expect(waited < .seconds(3))
        #expect(second.isAutocommit)

        try first.execute("COMMIT")
        // Once the lock is free the second writer succeeds.
        try second.transaction { try second.run("INSERT INTO t VALUES (2)") }
        #expect(try first.firstRow("SELECT count(*) FROM t") { $0.int(0) } == 2)
    }

    /// Two writers opening one new file at the same moment: each reads, then turns the file to
    /// WAL, which needs the lock the other's read holds. SQLite reports that deadlock as
    /// SQLITE_BUSY at once, without waiting; opening must still succeed for both. Before the
    /// retry, two processes racing like this failed about once in 14 tries.
    @Test func twoWritersOpeningOneNewFileAtOnceBothSucceed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let failures = FailureLog()
        for round in 0..<60 {
            let path = dir.path("race\(round).sqlite")
            let group = DispatchGroup()
            let start = DispatchSemaphore(value: 0)
            for _ in 0..<2 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    start.wait()
                    do {
                        let db = try Connection(path: path)
                        _ = try db.firstRow("PRAGMA journal_mode") { $0.string(0) }
                    } catch {
                        failures.append("round \(round): \(error)")
                    }
                }
            }
            start.signal()
            start.signal()
            group.wait()
        }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
    }

    @Test func readOnlyRefusesWrites() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        do {
            let writer = try Connection(path: path)
            try writer.execute("CREATE TABLE t (v INTEGER) STRICT; INSERT INTO t VALUES (1);")
        }
        let reader = try Connection(path: path, mode: .readOnly)
        #expect(try reader.firstRow("SELECT v FROM t") { $0.int(0) } == 1)
        do {
            try reader.run("INSERT INTO t VALUES (2)")
            Issue.record("read-only connection wrote")
        } catch SQLiteError.readonly {
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: SQLiteError.self) { try reader.transaction { try reader.run("DELETE FROM t") } }
        #expect(try reader.firstRow("SELECT count(*) FROM t") { $0.int(0) } == 1)
    }

    @Test func readOnlyURI() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        do {
            let writer = try Connection(path: path)
            try writer.execute("CREATE TABLE t (v INTEGER) STRICT; INSERT INTO t VALUES (5);")
        }
        let reader = try Connection(path: "file:\(path)?mode=ro", mode: .readOnly)
        #expect(try reader.firstRow("SELECT v FROM t") { $0.int(0) } == 5)
    }

    @Test func readerSeesCommittedWritesOnly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        let writer = try Connection(path: path)
        try writer.execute("CREATE TABLE t (v INTEGER) STRICT")
        let reader = try Connection(path: path, mode: .readOnly)
        try writer.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (1);")
        // WAL: a reader is never blocked by the writer and sees the last commit.
        #expect(try reader.firstRow("SELECT count(*) FROM t") { $0.int(0) } == 0)
        try writer.execute("COMMIT")
        #expect(try reader.firstRow("SELECT count(*) FROM t") { $0.int(0) } == 1)
    }
}

/// Errors gathered from several threads.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
