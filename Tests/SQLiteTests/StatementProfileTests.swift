import Testing
@testable import SQLite

@Suite struct StatementProfileTests {
    /// Every run of a statement is counted under its SQL text, trigger work under the statement that fired it.
    @Test func countsRunsPerStatement() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER); CREATE TABLE log (x INTEGER)")
        try db.execute("CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.x); END")
        let profile = StatementProfile()
        db.startProfiling(into: profile)
        for x in 0..<5 { try db.run("INSERT INTO t VALUES (?)", x) }
        _ = try db.rows("SELECT x FROM t") { $0.int64(0) }
        let runs = Dictionary(uniqueKeysWithValues: profile.ranked.map { ($0.sql, $0.runs) })
        #expect(runs["INSERT INTO t VALUES (?)"] == 5)
        #expect(runs["SELECT x FROM t"] == 1)
        #expect(try db.firstRow("SELECT count(*) FROM log") { $0.int(0) } == 5)
        #expect(profile.ranked.allSatisfy { $0.nanoseconds >= 0 })
    }
}
