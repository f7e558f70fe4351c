import Foundation
import Testing
@testable import SQLite

@Suite struct ErrorTests {
    @Test func constraintViolationIsTypedAndNamesTheSQL() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (k TEXT NOT NULL UNIQUE) STRICT")
        let sql = "INSERT INTO t (k) VALUES (?)"
        try db.run(sql, "a")
        do {
            try db.run(sql, "a")
            Issue.record("duplicate insert should fail")
        } catch let error as SQLiteError where error.primaryCode == .constraint {
            #expect(error.extendedCode == .constraintUnique)
            #expect(error.sql == sql)
            #expect(error.message == "UNIQUE constraint failed: t.k")
            #expect(error.description == "UNIQUE constraint failed: t.k (SQLITE_CONSTRAINT_UNIQUE) while running: \(sql)")
        }
        // The pattern form matches the primary code against the extended one.
        do {
            try db.run(sql, nil)
        } catch SQLiteError.constraint {
        } catch {
            Issue.record("unexpected \(error)")
        }
        // STRICT tables reject a value that does not convert losslessly.
        let error = #expect(throws: SQLiteError.self) { try db.run(sql, [UInt8]([1, 2])) }
        #expect(error?.extendedCode == .constraintDataType)
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("""
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id));
            """)
        do {
            try db.run("INSERT INTO child VALUES (?)", 99)
            Issue.record("foreign key should be enforced")
        } catch let error as SQLiteError {
            #expect(error.extendedCode == .constraintForeignKey)
        }
    }

    @Test func syntaxErrorNamesTheSQL() throws {
        let db = try Connection(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
        #expect(error?.sql == "SELEC 1")
        #expect(error?.description.contains("SQLITE_ERROR") == true)
    }

    @Test func textFileIsNotADatabase() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("notes.txt")
        try "date 2024-02-18 This is an article, not a database.\n".write(toFile: path, atomically: true, encoding: .utf8)
        for mode in [Connection.Mode.readWrite(create: true), .readOnly] {
            do {
                _ = try Connection(path: path, mode: mode)
                Issue.record("opening a text file should fail")
            } catch let error as SQLiteError {
                #expect(error.primaryCode == .notADatabase)
                #expect(error.message == "file \(path) is not a SQLite database")
                #expect(error.description.hasPrefix("file \(path) is not a SQLite database (SQLITE_NOTADB)"))
            }
        }
        // The file is untouched: no WAL or journal was created next to it.
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("date 2024-02-18"))
    }

    @Test func missingDirectoryIsAClearError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("no/such/dir/kb.sqlite")
        do {
            _ = try Connection(path: path)
            Issue.record("missing directory should fail")
        } catch let error as SQLiteError {
            #expect(error.primaryCode == .cantOpen)
            #expect(error.message.contains("does not exist"))
            #expect(error.message.contains(dir.path("no/such/dir")))
        }
    }

    @Test func missingFileWithoutCreate() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("absent.sqlite")
        for mode in [Connection.Mode.readWrite(create: false), .readOnly] {
            let error = #expect(throws: SQLiteError.self) { try Connection(path: path, mode: mode) }
            #expect(error?.primaryCode == .cantOpen)
            #expect(error?.message == "cannot open database \(path): no such file")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func patternDoesNotMatchOtherErrors() {
        struct Other: Error {}
        #expect(!(SQLiteError.busy ~= Other()))
        #expect(SQLiteError.busy ~= SQLiteError(code: .busyTimeout))
        #expect(!(ResultCode.busyTimeout ~= SQLiteError(code: .busy)))
        #expect(ResultCode.constraintUnique.name == "SQLITE_CONSTRAINT_UNIQUE")
        #expect(ResultCode(rawValue: 19 | (99 << 8)).name == "SQLITE_CONSTRAINT (extended 25363)")
    }
}
