/// What extraction makes of one article: the spaCy-like document that every pipeline
/// stage enriches in turn. Entities, events and relations refer to entities by their
/// index in `entities`; every offset counts Unicode scalars in `article.text`.
public struct Document: Sendable, Hashable, Codable {
    public var article: Article
    public var sentences: [TextSpan]
    public var mentions: [Mention]
    public var entities: [Entity]
    public var events: [Event]
    public var relations: [Relation]
    /// Bumped whenever extraction output may change, so stored articles can be re-extracted.
    public var extractorVersion: String

    public init(article: Article, sentences: [TextSpan] = [], mentions: [Mention] = [],
                entities: [Entity] = [], events: [Event] = [], relations: [Relation] = [],
                extractorVersion: String) {
        self.article = article
        self.sentences = sentences
        self.mentions = mentions
        self.entities = entities
        self.events = events
        self.relations = relations
        self.extractorVersion = extractorVersion
    }
}

/// A half-open range `[start, end)` of Unicode scalar offsets into the article text,
/// the same as Python's `text[start:end]` and SQLite's `substr(text, start + 1, end - start)`.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
}
