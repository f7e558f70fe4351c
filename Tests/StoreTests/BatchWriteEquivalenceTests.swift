import EventModel
import Testing
import SQLite
@testable import Store

/// Writing a batch (articles first, then all their sentences, then the rest) must store exactly
/// what writing the same articles one by one stores, ids included.
@Suite struct BatchWriteEquivalenceTests {
    static let documents = [Samples.meeting(source: "a.txt"), Samples.meeting(source: "b.txt", extra: " Varga left."),
                            Samples.meeting(source: "a-again.txt"), Samples.meeting(source: "c.txt", extra: " Reyes stayed.")]

    /// Every row of the tables a write touches (bar the ingest time), in id order.
    static func rows(_ store: Store) throws -> [String] {
        let queries = [
            "SELECT id, source, content_hash FROM articles ORDER BY id",
            "SELECT id, article_id, idx, start, end, text FROM sentences ORDER BY id",
            "SELECT id, name, type, name_key FROM entities ORDER BY id",
            "SELECT entity_id, alias, alias_key, ifnull(reason, '') FROM entity_aliases ORDER BY entity_id, alias_key",
            "SELECT id, article_id, sentence_id, entity_id, start, end, text FROM mentions ORDER BY id",
            "SELECT id, article_id, sentence_id, type, cluster_id FROM events ORDER BY id",
            "SELECT id, article_id, sentence_id, subject_id, predicate, object_id FROM relations ORDER BY id",
            "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'varga OR reyes' ORDER BY rowid",
        ]
        var out: [String] = []
        for sql in queries {
            out += try store.connection.rows(sql) { row in
                (0..<row.columnCount).map { row.isNull($0) ? "NULL" : row.string($0) }.joined(separator: "|")
            }
            out.append("--")
        }
        return out
    }

    @Test func batchStoresWhatOneByOneStores() throws {
        let batched = try Store(connection: Connection(path: ":memory:"))
        _ = try batched.write(batch: Self.documents)
        let single = try Store(connection: Connection(path: ":memory:"))
        for document in Self.documents { _ = try single.write(document) }
        let expected = try Self.rows(single)
        #expect(expected.count > 20)
        #expect(try Self.rows(batched) == expected)
    }

    @Test func sentenceIdsContinueAfterExistingRows() throws {
        let store = try Store(connection: Connection(path: ":memory:"))
        _ = try store.write(Samples.meeting(source: "first.txt"))
        _ = try store.write(Samples.meeting(source: "second.txt", extra: " Second."))
        // A gap, as after deleting an article by hand: new ids continue from the largest one.
        try store.connection.execute("DELETE FROM articles WHERE source = 'first.txt'")
        _ = try store.write(batch: [Samples.meeting(source: "third.txt", extra: " Third.")])
        let ids = try store.connection.rows("SELECT id FROM sentences ORDER BY id") { $0.int64(0) }
        #expect(ids == [4, 5, 6, 7, 8, 9])
        #expect(try store.connection.rows("PRAGMA foreign_key_check") { $0.string(0) }.isEmpty)
    }

    @Test func exhaustedSentenceIdsRejectTheArticleWithoutCrashing() throws {
        let store = try Store(connection: Connection(path: ":memory:"))
        _ = try store.write(Samples.meeting(source: "first.txt"))
        try store.connection.execute("""
            INSERT INTO sentences (id, article_id, idx, start, end, text) VALUES (9223372036854775806, 1, 99, 0, 4, 'date')
            """)
        let results = try store.write(batch: [Samples.meeting(source: "late.txt", extra: " Late.")])
        guard case .rejected(let source, let reason) = results[0] else {
            Issue.record("expected a rejection, got \(results)")
            return
        }
        #expect(source == "late.txt")
        #expect(reason.contains("sentence ids exhausted"))
        #expect(try store.connection.firstRow("SELECT count(*) FROM articles") { $0.int(0) } == 1)
    }
}
