import SQLite
@testable import Store
import Testing

/// Schema 008: `alias_words` holds every word of every alias key, whichever way the alias came
/// (migration of an older database, the writer, a hand edit), and loses them with the alias.
@Suite("alias words")
struct AliasWordsTests {
    static func words(_ db: Connection) throws -> [String] {
        try db.rows("SELECT entity_id || ':' || alias_key || ':' || word FROM alias_words ORDER BY 1") { $0.string(0) }
    }

    static let entities = """
        INSERT INTO entities (id, name, type, name_key) VALUES
            (1, 'Lena Varga', 'person', 'lena varga'), (2, 'Port of Lisbon Authority', 'organization', 'port of lisbon authority'),
            (3, 'Lisbon', 'location', 'lisbon');
        """

    static let aliases = """
        INSERT INTO entity_aliases (entity_id, alias, alias_key, reason) VALUES
            (1, 'Lena Varga', 'lena varga', NULL), (1, 'Varga', 'varga', 'surname'),
            (2, 'Port of Lisbon Authority', 'port of lisbon authority', NULL), (3, 'Lisbon', 'lisbon', NULL),
            (3, 'Lisboa', 'lisboa', 'alias');
        """

    static let expected = [
        "1:lena varga:lena", "1:lena varga:varga", "1:varga:varga",
        "2:port of lisbon authority:authority", "2:port of lisbon authority:lisbon",
        "2:port of lisbon authority:of", "2:port of lisbon authority:port",
        "3:lisboa:lisboa", "3:lisbon:lisbon",
    ]

    @Test func aliasesStoredBeforeTheTableGetTheirWords() throws {
        let db = try Connection(path: ":memory:")
        let all = try Migrator.migrations()
        _ = try Migrator.migrate(db, to: Array(all.prefix(7)))
        try db.execute(Self.entities + Self.aliases)
        #expect(try Migrator.migrate(db, to: all).to == all.count)
        #expect(try Self.words(db) == Self.expected)
    }

    @Test func newAliasesGetTheirWordsAndLoseThemWithTheAlias() throws {
        let db = try Connection(path: ":memory:")
        try Migrator.migrate(db)
        try db.execute(Self.entities + Self.aliases)
        #expect(try Self.words(db) == Self.expected)

        // The writer's upsert fills a reason: an UPDATE of another column leaves the words alone.
        try db.execute("UPDATE entity_aliases SET reason = 'checked' WHERE alias_key = 'lena varga'")
        #expect(try Self.words(db) == Self.expected)

        try db.execute("UPDATE entity_aliases SET alias_key = 'port authority' WHERE entity_id = 2")
        try db.execute("DELETE FROM entity_aliases WHERE alias_key = 'lisboa'")
        #expect(try Self.words(db) == [
            "1:lena varga:lena", "1:lena varga:varga", "1:varga:varga",
            "2:port authority:authority", "2:port authority:port", "3:lisbon:lisbon",
        ])

        // A deleted entity takes its aliases, and so their words, with it.
        try db.execute("DELETE FROM entities WHERE id = 1")
        #expect(try Self.words(db) == ["2:port authority:authority", "2:port authority:port", "3:lisbon:lisbon"])
    }
}
