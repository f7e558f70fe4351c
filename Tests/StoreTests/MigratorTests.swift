import Foundation
import Testing
import SQLite
@testable import Store

@Suite struct MigratorTests {
    static let tables = ["articles", "sentences", "sentences_fts", "entities", "entity_aliases", "mentions",
                         "events", "event_participants", "relations"]

    @Test func emptyDatabaseGetsEverything() throws {
        let db = try Connection(path: ":memory:")
        let outcome = try Migrator.migrate(db)
        #expect(outcome == Migrator.Outcome(from: 0, to: Migrator.currentVersion))
        #expect(Migrator.currentVersion >= 2)
        #expect(try db.userVersion() == Migrator.currentVersion)
        let names = Set(try db.rows("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')") { $0.string(0) })
        for table in Self.tables { #expect(names.contains(table), "missing table \(table)") }
        #expect(names.contains("meetings"))
        #expect(names.contains("event_facts"))
        // The views compile against the tables (a bad column name only shows when used).
        _ = try db.rows("SELECT * FROM meetings") { $0.columnCount }
        _ = try db.rows("SELECT * FROM event_facts") { $0.columnCount }
        let meetingColumns = try db.prepare("SELECT * FROM meetings").columnNames
        for column in ["who", "whom", "place", "date", "date_start", "date_end", "article_id", "sentence"] {
            #expect(meetingColumns.contains(column), "meetings lacks \(column)")
        }
    }

    @Test func tablesAreStrictAndCommentsSurviveInSchema() throws {
        let db = try Connection(path: ":memory:")
        try Migrator.migrate(db)
        let strict = try db.rows("SELECT name FROM pragma_table_list WHERE strict = 1 AND schema = 'main'") { $0.string(0) }
        for table in Self.tables where table != "sentences_fts" {
            #expect(strict.contains(table), "\(table) is not STRICT")
        }
        // `sqlite3 eventkb.sqlite .schema` shows these comments.
        let sql = try db.firstRow("SELECT sql FROM sqlite_schema WHERE name = 'articles'") { $0.string(0) }
        #expect(sql?.contains("-- SHA-256 of the text as read") == true)
        let view = try db.firstRow("SELECT sql FROM sqlite_schema WHERE name = 'meetings'") { $0.string(0) }
        #expect(view?.contains("-- Who met whom") == true)
    }

    @Test func secondRunChangesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Connection(path: dir.path("kb.sqlite"))
        try Migrator.migrate(db)
        let schemaBefore = try db.rows("SELECT sql FROM sqlite_schema ORDER BY name") { $0.optionalString(0) }
        let changesBefore = db.totalChanges
        let outcome = try Migrator.migrate(db)
        #expect(!outcome.changed)
        #expect(outcome == Migrator.Outcome(from: Migrator.currentVersion, to: Migrator.currentVersion))
        #expect(db.totalChanges == changesBefore)
        #expect(try db.rows("SELECT sql FROM sqlite_schema ORDER BY name") { $0.optionalString(0) } == schemaBefore)
        // A fresh connection (a second `eventkb init`) agrees.
        let again = try Connection(path: dir.path("kb.sqlite"))
        #expect(try !Migrator.migrate(again).changed)
    }

    @Test func tooNewDatabaseIsRefusedUntouched() throws {
        let db = try Connection(path: ":memory:")
        let known = Migrator.currentVersion
        let newer = known + 1
        try db.setUserVersion(newer)
        do {
            try Migrator.migrate(db)
            Issue.record("a newer database should be refused")
        } catch let error as SchemaError {
            #expect(error == .tooNew(database: newer, known: known))
            #expect(error.description == "database schema version \(newer) is newer than this eventkb (\(known)); upgrade eventkb")
        }
        #expect(try db.userVersion() == newer)
        #expect(try db.firstRow("SELECT count(*) FROM sqlite_schema") { $0.int(0) } == 0)
        #expect(throws: SchemaError.tooNew(database: newer, known: known)) { try Migrator.verify(db) }
    }

    @Test func foreignDatabaseIsRefused() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
        #expect(throws: SchemaError.foreignDatabase(tables: ["articles"])) { try Migrator.migrate(db) }
        #expect(try db.userVersion() == 0)
    }

    @Test func verifyForReaders() throws {
        let db = try Connection(path: ":memory:")
        #expect(throws: SchemaError.tooOld(database: 0, known: Migrator.currentVersion)) { try Migrator.verify(db) }
        try Migrator.migrate(db)
        try Migrator.verify(db)
    }

    /// Later migrations apply on top of earlier ones, all in one transaction.
    @Test func appliesOnlyMissingMigrationsInOneTransaction() throws {
        let db = try Connection(path: ":memory:")
        let first = Migration(version: 1, name: "a", sql: "CREATE TABLE a (x INTEGER) STRICT;")
        let second = Migration(version: 2, name: "b", sql: "CREATE TABLE b (y INTEGER) STRICT;")
        let broken = Migration(version: 3, name: "c", sql: "CREATE TABLE c (z INTEGER) STRICT; CREATE TABLE a (x);")
        #expect(try Migrator.migrate(db, to: [first]) == .init(from: 0, to: 1))
        #expect(try Migrator.migrate(db, to: [first, second]) == .init(from: 1, to: 2))
        #expect(throws: SQLiteError.self) { try Migrator.migrate(db, to: [first, second, broken]) }
        // The failed step left nothing: no table c, still version 2.
        #expect(try db.userVersion() == 2)
        #expect(try db.firstRow("SELECT count(*) FROM sqlite_schema WHERE name = 'c'") { $0.int(0) } == 0)
    }

    @Test func migrationFileNames() throws {
        #expect(Migrator.parse(name: "001_initial.sql", sql: "")?.version == 1)
        #expect(Migrator.parse(name: "012_add_geo.sql", sql: "")?.name == "add_geo")
        #expect(Migrator.parse(name: "initial.sql", sql: "") == nil)
        #expect(Migrator.parse(name: "x1_initial.sql", sql: "") == nil)
        #expect(Migrator.parse(name: "000_zero.sql", sql: "") == nil)
        let all = try Migrator.migrations()
        #expect(all.map(\.version) == Array(1...all.count))
    }

    /// The sync test: the schema embedded in the binary equals Schema/*.sql on disk.
    /// When it fails, run `python3 Scripts/embed-resources.py`.
    @Test func embeddedSchemaEqualsSchemaDirectory() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let schemaDir = root.appendingPathComponent("Schema")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: schemaDir.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(EmbeddedSchema.files.map(\.name) == onDisk)
        for file in EmbeddedSchema.files {
            let disk = try String(contentsOf: schemaDir.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.text == disk, "\(file.name) differs from the embedded copy; run python3 Scripts/embed-resources.py")
        }
    }
}
