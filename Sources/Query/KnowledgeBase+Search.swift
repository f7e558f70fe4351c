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
    public static let searchSQL = rankedSearchSQL(matching: "sentences_fts MATCH :query")

    /// The statement of `searchSQL`, with `condition` choosing the sentences to rank (in both scans).
    static func rankedSearchSQL(matching condition: String) -> String {
        """
        WITH best(id, score) AS (
            SELECT rowid, bm25(sentences_fts) FROM sentences_fts
            WHERE \(condition)
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
        WHERE \(condition)
        ORDER BY best.score, best.id
        """
    }

    /// `search` ranking only the `:window` most recently stored matches (the highest sentence ids):
    /// FTS5 walks its doclist backwards and stops after `:window` rows (it takes the
    /// `ORDER BY rowid DESC`, <https://www.sqlite.org/fts5.html#full_text_query_syntax>), so
    /// `bm25()` scores those only; `best` keeps the first `:limit` of them by score. The second
    /// scan, for `snippet()` and `highlight()`, starts at the oldest kept sentence (a rowid
    /// constraint FTS5 takes). The last two columns, how many matches were ranked and the oldest
    /// of them, tell whether the window was full.
    public static let recentSearchSQL = """
        WITH recent(id, score) AS MATERIALIZED (
            SELECT rowid, bm25(sentences_fts) FROM sentences_fts
            WHERE sentences_fts MATCH :query
            ORDER BY rowid DESC
            LIMIT :window
        ),
        best(id, score) AS MATERIALIZED (
            SELECT id, score FROM recent ORDER BY score, id LIMIT :limit
        )
        SELECT s.id, a.id, a.published, a.title, a.source, s.text, s.start, s.end,
               snippet(sentences_fts, 0, :open, :close, '…', 16),
               highlight(sentences_fts, 0, :open, :close),
               (SELECT count(*) FROM recent), (SELECT min(id) FROM recent)
        FROM sentences_fts
        CROSS JOIN best ON best.id = sentences_fts.rowid
        CROSS JOIN sentences s ON s.id = best.id
        CROSS JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH :query AND sentences_fts.rowid >= (SELECT min(id) FROM best)
        ORDER BY best.score, best.id
        """

    /// Whether a sentence older than `:before` matches too (asked only when the window was full).
    public static let olderMatchSQL = """
        SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH :query AND rowid < :before LIMIT 1
        """

    /// How many of the most recently stored matching sentences `search` ranks unless told to
    /// rank them all (`recent: nil`).
    ///
    /// Why: `bm25()` reads each match's length and scores it, and a common name matches tens of
    /// thousands of sentences at 102,048 articles (`BBC`: 34,560; ranking them all took 57 ms,
    /// `Germany`'s 6,816 took 19 ms). Measured there, each ranked match of the window costs
    /// about 5-9 µs in all (scored, sorted, passed again for the snippets). The window was 500;
    /// at 200 the 60 names of the benchmark's search step answered 2.1 ms sooner at the median
    /// (7.1 against 9.2 ms in-process, best of 3, A/B on the same database), a quarter of the
    /// answer. The answer is the same as ranking everything whenever no more than 200 sentences
    /// match; otherwise it is the best of the recent ones, which a reader of news mostly wants,
    /// and `SearchPage.ranked` says the window cut.
    public static let searchWindow = 200

    /// Like `search(_:limit:open:close:)`, but ranking only the `recent` most recently stored
    /// matches (the highest sentence ids) when more match; nil ranks every match.
    public func search(_ text: String, limit: Int = 50, recent: Int?, open: String = "[", close: String = "]") throws -> SearchPage {
        guard let bindings = KnowledgeBase.searchBindings(text, limit: limit, open: open, close: close) else {
            return SearchPage(hits: [], ranked: nil)
        }
        guard let recent else { return SearchPage(hits: try searchHits(rankedByEventKB(KnowledgeBase.searchSQL), bindings), ranked: nil) }
        let window = max(recent, limit, 1)
        var ranked = 0
        var oldest: Int64 = 0
        let hits = try rows(rankedByEventKB(KnowledgeBase.recentSearchSQL), bindings + [(":window", .integer(Int64(window)))]) { row in
            ranked = row.int(10)
            oldest = row.int64(11)
            return KnowledgeBase.searchHit(row)
        }
        guard ranked == window else { return SearchPage(hits: hits, ranked: nil) }
        let older = try rows(KnowledgeBase.olderMatchSQL, [bindings[0], (":before", .integer(oldest))]) { _ in true }
        return SearchPage(hits: hits, ranked: older.isEmpty ? nil : window)
    }

    private func searchHits(_ sql: String, _ bindings: [(String, SQLiteValue)]) throws -> [SearchHit] {
        try rows(sql, bindings, map: KnowledgeBase.searchHit)
    }

    static func searchHit(_ row: Statement) -> SearchHit {
        SearchHit(sentenceID: row.int64(0), article: row.articleRef(at: 1), evidence: row.evidence(at: 5),
                  snippet: row.string(8), highlighted: row.string(9))
    }

    /// Sentences containing every word of `text` (accents and case ignored), at most `limit`.
    /// The words are data: each is quoted as an FTS5 string, so `"`, `*`, `-`, `AND`, `NEAR`
    /// never act as query syntax.
    public func search(_ text: String, limit: Int = 50, open: String = "[", close: String = "]") throws -> [SearchHit] {
        guard let bindings = KnowledgeBase.searchBindings(text, limit: limit, open: open, close: close) else { return [] }
        return try searchHits(rankedByEventKB(KnowledgeBase.searchSQL), bindings)
    }

    /// `sql` with FTS5's `bm25()` replaced by `eventkb_bm25()`, which orders the rows the same
    /// way at less cost for a one-word search (Sources/CSearchRank/search_rank.c); `sql` itself when
    /// the function could not be added. The statements keep `bm25()` as written, so that what
    /// `--sql` prints runs in the sqlite3 shell and gives the same rows.
    func rankedByEventKB(_ sql: String) -> String {
        if searchRankAdded == nil { searchRankAdded = (try? connection.addSearchRank()) != nil }
        return searchRankAdded == true ? sql.replacing("bm25(sentences_fts)", with: "eventkb_bm25(sentences_fts)") : sql
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

/// What `search(_:limit:recent:)` found: the hits, best first, and how many of the most recently
/// stored matches were ranked when that was fewer than all (nil: every match was ranked).
public struct SearchPage: Sendable, Hashable {
    public var hits: [SearchHit]
    public var ranked: Int?

    public init(hits: [SearchHit], ranked: Int?) {
        self.hits = hits
        self.ranked = ranked
    }
}
