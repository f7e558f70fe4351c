import Query

/// A sentence found by `search`, with the matches marked.
struct SearchRow: Printable {
    let hit: SearchHit

    var json: JSON {
        .object([("sentence_id", .int(Int(hit.sentenceID))), ("article", RefJSON.article(hit.article)),
                 ("evidence", RefJSON.evidence(hit.evidence)), ("snippet", .string(hit.snippet)),
                 ("highlighted", .string(hit.highlighted))])
    }

    static let columns = ["sentence_id", "article_id", "article_date", "source", "start", "end", "snippet", "sentence"]

    var cells: [String] {
        [String(hit.sentenceID), String(hit.article.id), hit.article.date ?? "", hit.article.source,
         String(hit.evidence.start), String(hit.evidence.end), hit.snippet, hit.evidence.sentence]
    }

    static let tableColumns = ["article", "date", "offsets", "snippet"]

    var tableCells: [String] {
        [String(hit.article.id), hit.article.date ?? "", "\(hit.evidence.start)-\(hit.evidence.end)", hit.snippet]
    }
}
