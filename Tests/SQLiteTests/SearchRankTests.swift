import Testing
@testable import SQLite

/// `eventkb_bm25` must order matches exactly as FTS5's `bm25()` does (it skips only a weight
/// that is the same for every row of a one-phrase query), and score a query of several phrases
/// exactly as bm25 does.
@Suite struct SearchRankTests {
    static func corpus() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE VIRTUAL TABLE docs USING fts5(body)")
        let sentences = [
            "The minister met the envoy in the capital on Monday.",
            "Envoy talks stalled; the envoy left early, the envoy said.",
            "A short envoy note.",
            "Trade figures rose in the third quarter, the ministry said, and the minister welcomed them.",
            "The minister, the minister's deputy and an envoy from the north held long talks over dinner.",
            "Nothing here matches the words searched for at all.",
            "Envoy.",
            "The capital hosted the summit; envoys and ministers came from twelve countries to the capital.",
        ]
        for (i, text) in sentences.enumerated() {
            try db.run("INSERT INTO docs(rowid, body) VALUES (?, ?)", Int64(i + 1), text)
        }
        try db.addSearchRank()
        return db
    }

    static func ranked(_ db: Connection, _ function: String, _ query: String) throws -> [Int64] {
        let statement = try db.prepare("SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY \(function)(docs), rowid")
        try statement.bind(query, at: 1)
        return try statement.rows { $0.int64(0) }
    }

    @Test(arguments: ["envoy", "minister", "capital", "\"the minister\"", "talks"])
    func onePhraseOrdersAsBM25(query: String) throws {
        let db = try Self.corpus()
        let ours = try Self.ranked(db, "eventkb_bm25", query)
        #expect(ours == (try Self.ranked(db, "bm25", query)))
        #expect(ours.count >= 2)
    }

    @Test(arguments: ["envoy minister", "minister talks", "the capital envoy"])
    func severalPhrasesScoreAsBM25(query: String) throws {
        let db = try Self.corpus()
        let statement = try db.prepare("SELECT rowid, bm25(docs), eventkb_bm25(docs) FROM docs WHERE docs MATCH ?1 ORDER BY rowid")
        try statement.bind(query, at: 1)
        let scores = try statement.rows { ($0.int64(0), $0.double(1), $0.double(2)) }
        #expect(!scores.isEmpty)
        for (rowid, bm25, ours) in scores {
            #expect(bm25 == ours, "row \(rowid)")
        }
    }
}
