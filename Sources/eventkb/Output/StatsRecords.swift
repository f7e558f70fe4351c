import Query

/// `stats`: one object `{"articles", "sentences", "entities", "mentions", "events", "relations"}`.
struct StatsRow: Printable {
    let counts: Counts

    var json: JSON {
        .object([("articles", .int(counts.articles)), ("sentences", .int(counts.sentences)),
                 ("entities", .int(counts.entities)), ("mentions", .int(counts.mentions)),
                 ("events", .int(counts.events)), ("relations", .int(counts.relations))])
    }

    static let columns = ["articles", "sentences", "entities", "mentions", "events", "relations"]

    var cells: [String] {
        [counts.articles, counts.sentences, counts.entities, counts.mentions, counts.events, counts.relations]
            .map(String.init)
    }
}
