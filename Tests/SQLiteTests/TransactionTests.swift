import Foundation
import Testing
@testable import SQLite

@Suite struct TransactionTests {
    struct Injected: Error {}

    @Test func thrownErrorLeavesNothingBehind() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Connection(path: dir.path("t.sqlite"))
        try db.execute("CREATE TABLE t (v INTEGER) STRICT")
        #expect(throws: Injected.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                try db.run("INSERT INTO t VALUES (2)")
                throw Injected()
            }
        }
        #expect(db.isAutocommit)
        #expect(try db.firstRow("SELECT count(*) FROM t") { $0.int(0) } == 0)
    }

    @Test func sqliteErrorInsideRollsBackAndIsRethrown() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v INTEGER NOT NULL) STRICT")
        do {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                try db.run("INSERT INTO t VALUES (NULL)")
            }
            Issue.record("should throw")
        } catch let error as SQLiteError {
            #expect(error.extendedCode == .constraintNotNull)
            #expect(error.sql == "INSERT INTO t VALUES (NULL)")
        }
        #expect(db.isAutocommit)
        #expect(try db.firstRow("SELECT count(*) FROM t") { $0.int(0) } == 0)
    }

    @Test func bodyThatEndsTheTransactionItselfIsNotRolledBackTwice() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v INTEGER) STRICT")
        #expect(throws: Injected.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                try db.execute("ROLLBACK")   // as SQLite does itself on some errors
                throw Injected()             // and the first error is still the one rethrown
            }
        }
        #expect(db.isAutocommit)
    }

    @Test func commitKeepsRowsAndReturnsTheValue() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v INTEGER) STRICT")
        let id = try db.transaction { () throws -> Int64 in
            try db.run("INSERT INTO t VALUES (7)")
            return db.lastInsertRowID
        }
        #expect(id == 1)
        #expect(try db.firstRow("SELECT v FROM t") { $0.int(0) } == 7)
    }

    @Test func transactionsDoNotNest() throws {
        let db = try Connection(path: ":memory:")
        try db.transaction {
            #expect(throws: SQLiteError.self) { try db.transaction {} }
        }
        #expect(db.isAutocommit)
    }
}
