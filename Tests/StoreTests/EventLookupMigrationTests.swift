import SQLite
@testable import Store
import Testing

/// Schema 004 on a database written by an earlier eventkb: the reports already stored become
/// findable by participant and date, so new articles still join their events.
@Suite("event lookup migration")
struct EventLookupMigrationTests {
    @Test func storedReportsAreIndexedByParticipantAndDate() throws {
        let db = try Connection(path: ":memory:")
        let all = try Migrator.migrations()
        _ = try Migrator.migrate(db, to: Array(all.prefix(3)))
        try db.execute("""
            INSERT INTO articles (id, source, published, content_hash, text, extractor_version) VALUES
                (1, 'a.txt', '2024-03-05', 'h1', 'Varga met Reyes in Lisbon. A bomb hit Lisbon.', 'old'),
                (2, 'b.txt', NULL, 'h2', 'Varga met Reyes.', 'old');
            INSERT INTO sentences (id, article_id, idx, start, end, text) VALUES
                (1, 1, 0, 0, 26, 'Varga met Reyes in Lisbon.'), (2, 1, 1, 27, 45, 'A bomb hit Lisbon.'),
                (3, 2, 0, 0, 16, 'Varga met Reyes.');
            INSERT INTO entities (id, name, type, name_key) VALUES
                (1, 'Varga', 'person', 'varga'), (2, 'Reyes', 'person', 'reyes'), (3, 'Lisbon', 'location', 'lisbon');
            INSERT INTO events (id, article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end,
                                location_id, confidence) VALUES
                (1, 1, 1, 'meet', '040', 'asserted', 'met', 6, 9, 3, 0.8),
                (2, 1, 2, 'attack', '180', 'asserted', 'hit', 34, 37, 3, 0.8),
                (3, 2, 3, 'meet', '040', 'asserted', 'met', 6, 9, NULL, 0.8);
            INSERT INTO event_participants (event_id, entity_id, role) VALUES
                (1, 1, 'agent'), (1, 2, 'participant'), (3, 1, 'agent'), (3, 2, 'participant');
            """)
        #expect(try Migrator.migrate(db, to: all).to == all.count)
        let rows = try db.rows("SELECT entity_id || ':' || published || ':' || event_id FROM event_lookup ORDER BY 1") {
            $0.string(0)
        }
        // Participants of dated reports, and the place of the attack; the undated article has none.
        #expect(rows == ["1:2024-03-05:1", "2:2024-03-05:1", "3:2024-03-05:2"])
    }
}
