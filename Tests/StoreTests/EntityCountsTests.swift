import EventModel
import SQLite
@testable import Store
import Testing

/// Schema 010: `entity_counts` holds each entity's mentions, distinct articles and relations as
/// the rows are counted directly, whichever way the rows came (migration of an older database,
/// the writer, a hand edit or delete in sqlite3).
@Suite("entity counts")
struct EntityCountsTests {
    /// `id:mentions/articles/relations` for every entity with anything counted, stored and direct.
    static func stored(_ db: Connection) throws -> [String] {
        try db.rows("""
            SELECT entity_id || ':' || mentions || '/' || articles || '/' || relations FROM entity_counts
            WHERE mentions + articles + relations > 0 ORDER BY entity_id
            """) { $0.string(0) }
    }

    static func counted(_ db: Connection) throws -> [String] {
        try db.rows("""
            SELECT n.id || ':' || (SELECT count(*) FROM mentions m WHERE m.entity_id = n.id)
                 || '/' || (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = n.id)
                 || '/' || (SELECT count(*) FROM relations r WHERE r.subject_id = n.id OR r.object_id = n.id)
            FROM entities n
            WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = n.id)
               OR EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = n.id OR r.object_id = n.id)
            ORDER BY n.id
            """) { $0.string(0) }
    }

    /// Two articles, three entities; entity 1 is named twice in article 1 and once in article 2,
    /// and one relation links an entity to itself (it counts once).
    static let rows = """
        INSERT INTO articles (id, source, content_hash, text, extractor_version) VALUES (1, 'a.txt', 'h1', 'x', 't'), (2, 'b.txt', 'h2', 'y', 't');
        INSERT INTO sentences (id, article_id, idx, start, end, text) VALUES (1, 1, 0, 0, 1, 'x'), (2, 2, 0, 0, 1, 'y');
        INSERT INTO entities (id, name, type, name_key) VALUES
            (1, 'Lena Varga', 'person', 'lena varga'), (2, 'Ocean Party', 'organization', 'ocean party'),
            (3, 'Lisbon', 'location', 'lisbon');
        INSERT INTO mentions (article_id, sentence_id, entity_id, start, end, text) VALUES
            (1, 1, 1, 0, 1, 'x'), (1, 1, 1, 0, 1, 'x'), (1, 1, 2, 0, 1, 'x'), (2, 2, 1, 0, 1, 'y'), (2, 2, 3, 0, 1, 'y');
        INSERT INTO relations (article_id, sentence_id, subject_id, predicate, object_id, start, end, confidence) VALUES
            (1, 1, 1, 'leader_of', 2, 0, 1, 0.5), (2, 2, 3, 'located_in', 3, 0, 1, 0.5);
        """

    static let expected = ["1:3/2/1", "2:1/1/1", "3:1/1/1"]

    @Test func rowsStoredBeforeTheTableAreCounted() throws {
        let db = try Connection(path: ":memory:")
        let all = try Migrator.migrations()
        _ = try Migrator.migrate(db, to: Array(all.prefix(9)))
        try db.execute(Self.rows)
        #expect(try Migrator.migrate(db, to: all).to == all.count)
        #expect(try Self.stored(db) == Self.expected)
        #expect(try Self.counted(db) == Self.expected)
    }

    @Test func handEditsAndDeletesKeepTheCounts() throws {
        let db = try Connection(path: ":memory:")
        try Migrator.migrate(db)
        try db.execute(Self.rows)
        #expect(try Self.stored(db) == Self.expected)

        // A mention moved to another entity and another article.
        try db.execute("UPDATE mentions SET entity_id = 3, article_id = 2, sentence_id = 2 WHERE id = 1")
        #expect(try Self.stored(db) == Self.counted(db))
        #expect(try Self.stored(db) == ["1:2/2/1", "2:1/1/1", "3:2/1/1"])

        // A relation turned around, and one taken out.
        try db.execute("UPDATE relations SET subject_id = 2, object_id = 1 WHERE id = 1")
        try db.execute("DELETE FROM relations WHERE id = 2")
        #expect(try Self.stored(db) == Self.counted(db))

        // An article deleted in sqlite3 takes its mentions and relations with it (ON DELETE CASCADE).
        try db.execute("DELETE FROM articles WHERE id = 1")
        #expect(try Self.stored(db) == Self.counted(db))
        #expect(try Self.stored(db) == ["1:1/1/0", "3:2/1/0"])
    }

    @Test func theWriterKeepsTheCounts() throws {
        let store = try Store(connection: Connection(path: ":memory:"))
        _ = try store.write(Samples.meeting())
        _ = try store.write(batch: [
            Samples.meeting(source: "again.txt", extra: " It was sunny."),
            Samples.single("Lena Varga", aliases: ["Varga"], mentioned: "Varga", sentence: "Varga flew home.", source: "c.txt"),
        ])
        let stored = try Self.stored(store.connection)
        #expect(stored == (try Self.counted(store.connection)))
        // Lena Varga: twice in each meeting article and once more in the third.
        let varga = try store.connection.firstRow("""
            SELECT c.mentions || '/' || c.articles FROM entity_counts c JOIN entities e ON e.id = c.entity_id
            WHERE e.name = 'Lena Varga'
            """) { $0.string(0) }
        #expect(varga == "5/3")
    }
}
