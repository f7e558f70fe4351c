import SQLite

extension KnowledgeBase {
    /// `search TEXT`: sentences matching an FTS5 query (<https://www.sqlite.org/fts5.html>), best
    /// first (bm25, <https://www.sqlite.org/fts5.html#the_bm25_function>), then by id;
    /// `snippet()` and `highlight()` put the markers around matches.
    ///
    /// Why two steps: a common name matches tens of thousands of sentences, and ranking them
    /// all joined to their sentence and article rows (text and all) cost most of the answer.
    /// `best` ranks bare rowids and keeps the first `:limit`; only those are read and
    /// highlighted. `bm25()` rather than `rank`: the same score (no rank function is
    /// configured), without FTS5's extra sorted pass. The second scan of the index is cheap (no
    /// score, no row read); the CROSS JOINs keep that order, so the sentence and article rows and
    /// the highlighting are looked up for the kept sentences only (a rowid lookup per kept
    /// sentence through FTS5 would re-open the match each time).
    public static let searchSQL = """
        WITH best(id, score) AS (
            SELECT rowid, bm25(sentences_fts) FROM sentences_fts
            WHERE sentences_fts MATCH :query
            ORDER BY 2, rowid
            LIMIT :limit
        )
        SELECT s.id, a.id, a.published, a.title, a.source, s.text, s.start, s.end,
               snippet(sentences_fts, 0, :open, :close, '…', 16),
               highlight(sentences_fts, 0, :open, :close)
        FROM sentences_fts
        CROSS JOIN best ON best.id = sentences_fts.rowid
        CROSS JOIN sentences s ON s.id = best.id
        CROSS JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH :query
        ORDER BY best.score, best.id
        """

    /// Sentences containing every word of `text` (accents and case ignored), at most `limit`.
    /// The words are data: each is quoted as an FTS5 string, so `"`, `*`, `-`, `AND`, `NEAR`
    /// never act as query syntax.
    public func search(_ text: String, limit: Int = 50, open: String = "[", close: String = "]") throws -> [SearchHit] {
        guard let bindings = KnowledgeBase.searchBindings(text, limit: limit, open: open, close: close) else { return [] }
        return try rows(KnowledgeBase.searchSQL, bindings) { row in
            SearchHit(sentenceID: row.int64(0), article: row.articleRef(at: 1), evidence: row.evidence(at: 5),
                      snippet: row.string(8), highlighted: row.string(9))
        }
    }

    /// The values `searchSQL` takes for `text`, or nil when there is no word to look for.
    public static func searchBindings(_ text: String, limit: Int = 50, open: String = "[", close: String = "]")
        -> [(String, SQLiteValue)]? {
        guard let query = ftsQuery(text) else { return nil }
        return [(":query", .text(query)), (":open", .text(open)), (":close", .text(close)),
                (":limit", .integer(Int64(max(0, limit))))]
    }

    /// `Qaani "met" AND` → `"Qaani" """met""" "AND"`: every whitespace-separated word an FTS5
    /// string (<https://www.sqlite.org/fts5.html#fts5_strings>), all of them required.
    /// Nil when there is no word.
    static func ftsQuery(_ text: String) -> String? {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append("\"" + current + "\"") }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                flush()
            } else {
                if scalar == "\"" { current.unicodeScalars.append("\"") }
                current.unicodeScalars.append(scalar)
            }
        }
        flush()
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
