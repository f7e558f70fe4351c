extension KnowledgeBase {
    /// `stats`: how many rows each table holds. Counting reads every row (of the smallest
    /// index), so this one question scans by design.
    public static let countsSQL = """
        SELECT (SELECT count(*) FROM articles),
               (SELECT count(*) FROM sentences),
               (SELECT count(*) FROM entities),
               (SELECT count(*) FROM mentions),
               (SELECT count(*) FROM events),
               (SELECT count(*) FROM relations)
        """

    public func counts() throws -> Counts {
        try rows(KnowledgeBase.countsSQL) {
            Counts(articles: $0.int(0), sentences: $0.int(1), entities: $0.int(2), mentions: $0.int(3),
                   events: $0.int(4), relations: $0.int(5))
        }.first ?? Counts(articles: 0, sentences: 0, entities: 0, mentions: 0, events: 0, relations: 0)
    }
}
