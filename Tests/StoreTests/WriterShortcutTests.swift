import EventModel
import Testing
import SQLite
@testable import Store

/// The writer stores some rows itself that a schema trigger would otherwise make, and relies on an
/// index for a question it asks per report: what it stores must be what the trigger stores, and
/// the question must stay one index probe however often a relation repeats.
@Suite struct WriterShortcutTests {
    /// A report's own real event, as the writer makes it, equals what the schema's
    /// `events_cluster_insert` trigger makes for a row inserted by hand without a cluster.
    @Test func ownClusterRowEqualsTheTriggers() throws {
        let store = try Store(connection: Connection(path: ":memory:"))
        guard case .inserted(let articleID, _) = try store.write(Samples.meeting()) else {
            Issue.record("not stored")
            return
        }
        let db = store.connection
        let clusterSQL = """
            SELECT e.id = e.cluster_id, c.mentions, c.articles, c.first_reported = a.published,
                   c.last_reported = a.published
            FROM events e JOIN event_clusters c ON c.id = e.cluster_id JOIN articles a ON a.id = e.article_id
            WHERE e.id = ?
            """
        let written = try db.rows("SELECT id FROM events WHERE article_id = ? ORDER BY id", articleID) { $0.int64(0) }
        #expect(!written.isEmpty)
        // By hand, as someone in sqlite3 would: the trigger opens the cluster.
        try db.run(
            """
            INSERT INTO events (article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end, confidence)
            SELECT article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end, confidence
            FROM events WHERE id = ?
            """, written[0])
        let byHand = db.lastInsertRowID
        #expect(byHand == written.last! + 1)
        let expected = try db.rows(clusterSQL, byHand) { row in (0..<5).map { row.int64($0) } }
        #expect(expected == [[1, 1, 1, 1, 1]])
        for id in written {
            #expect(try db.rows(clusterSQL, id) { row in (0..<5).map { row.int64($0) } } == expected)
        }
        // Ids go on from the largest, as SQLite numbers rows without one.
        guard case .inserted = try store.write(Samples.meeting(source: "later.txt", extra: " Varga flew home.")) else {
            Issue.record("not stored")
            return
        }
        #expect(try db.firstRow("SELECT min(id) FROM events WHERE id > ?", byHand) { $0.int64(0) } == byHand + 1)
        #expect(try db.rows("PRAGMA foreign_key_check") { $0.string(0) }.isEmpty)
    }

    /// `located_in` between two given places is answered by probing the index on all three columns.
    @Test func placeInsidePlaceIsOneIndexProbe() throws {
        let store = try Store(connection: Connection(path: ":memory:"))
        let plan = try store.connection.rows(
            """
            EXPLAIN QUERY PLAN
            SELECT 1 FROM relations WHERE subject_id = ? AND predicate = 'located_in' AND object_id = ? LIMIT 1
            """, 1, 2) { $0.string(3) }.joined(separator: "\n")
        #expect(plan.contains("relations_subject (subject_id=? AND predicate=? AND object_id=?)"), "\(plan)")
    }
}
