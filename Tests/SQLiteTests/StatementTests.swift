import Testing
@testable import SQLite

@Suite struct StatementTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute("""
            CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born INTEGER) STRICT;
            INSERT INTO people (name, born) VALUES ('Ada', 1815), ('Grace', 1906), ('Alan', 1912);
            """)
    }

    @Test func namedBindingWithEveryPrefix() throws {
        for sql in ["SELECT name FROM people WHERE born > :year ORDER BY born",
                    "SELECT name FROM people WHERE born > @year ORDER BY born",
                    "SELECT name FROM people WHERE born > $year ORDER BY born"] {
            let statement = try db.prepare(sql)
            try statement.bind(1900, named: "year")   // prefix found by trying :, @, $
            #expect(try statement.rows { $0.string(0) } == ["Grace", "Alan"])
        }
        let statement = try db.prepare("SELECT count(*) FROM people WHERE born BETWEEN :from AND :to")
        try statement.bind([":from": 1800, ":to": 1910])
        #expect(try statement.firstRow { $0.int(0) } == 2)
    }

    @Test func unknownParameterIsARangeError() throws {
        let statement = try db.prepare("SELECT name FROM people WHERE id = :id")
        #expect(throws: SQLiteError.self) { try statement.bind(1, named: ":nope") }
        do {
            try statement.bind(1, at: 2)
            Issue.record("binding index 2 of 1 should fail")
        } catch SQLiteError.range {
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func resetAndClearBindings() throws {
        let statement = try db.prepare("SELECT count(*) FROM people WHERE born < ?")
        try statement.bind(1900, at: 1)
        #expect(try statement.firstRow { $0.int(0) } == 1)
        try statement.bind(2000, at: 1)
        #expect(try statement.firstRow { $0.int(0) } == 3)
        statement.clearBindings()   // NULL: nothing is < NULL
        #expect(try statement.firstRow { $0.int(0) } == 0)
    }

    @Test func stepLoopAndForEachRow() throws {
        let statement = try db.prepare("SELECT id, name FROM people ORDER BY id")
        var names: [String] = []
        while try statement.step() { names.append(statement.string(1)) }
        #expect(names == ["Ada", "Grace", "Alan"])
        statement.reset()
        var count = 0
        try statement.forEachRow { _ in count += 1 }
        #expect(count == 3)
    }

    @Test func cacheReturnsTheSameStatementReset() throws {
        let sql = "SELECT name FROM people WHERE id = ?"
        let first = try db.cachedStatement(sql)
        try first.bind(1, at: 1)
        #expect(try first.step())   // left mid-way on purpose
        let second = try db.cachedStatement(sql)
        #expect(first === second)
        // Reset and bindings cleared: the old row is gone, the parameter is NULL.
        #expect(try !second.step())
        try second.bind(2, at: 1)
        #expect(try second.firstRow { $0.string(0) } == "Grace")
        #expect(try db.cachedStatement("SELECT 1") !== second)
    }

    @Test func prepareRejectsTwoStatements() throws {
        #expect(throws: SQLiteError.self) { try db.prepare("SELECT 1; SELECT 2") }
        _ = try db.prepare("SELECT 1; -- trailing comment\n /* and this */ ")
    }

    @Test func executeRunsAScriptAndNamesTheFailingStatement() throws {
        do {
            try db.execute("""
                INSERT INTO people (name) VALUES ('Edsger');
                INSERT INTO nowhere VALUES (1);
                INSERT INTO people (name) VALUES ('Barbara');
                """)
            Issue.record("script should fail")
        } catch let error as SQLiteError {
            #expect(error.primaryCode == .error)
            #expect(error.sql == "INSERT INTO nowhere VALUES (1);")
            #expect(error.message.contains("no such table: nowhere"))
        }
        // Without a transaction the first statement stands and the third never ran.
        #expect(try db.firstRow("SELECT count(*) FROM people") { $0.int(0) } == 4)
    }

    @Test func lastInsertRowIDAndChanges() throws {
        try db.run("INSERT INTO people (name) VALUES (?)", "Edsger")
        #expect(db.lastInsertRowID == 4)
        try db.run("UPDATE people SET born = 0 WHERE born < ?", 1950)
        #expect(db.changes == 3)
    }

    @Test func userVersion() throws {
        #expect(try db.userVersion() == 0)
        try db.setUserVersion(42)
        #expect(try db.userVersion() == 42)
    }
}
