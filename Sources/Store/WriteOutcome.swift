/// What storing one article did.
public enum WriteOutcome: Sendable, Hashable {
    /// A new article and its rows.
    case inserted(articleID: Int64, counts: Counts)
    /// The same text (by SHA-256) was already stored as `articleID`; nothing was written.
    case duplicate(articleID: Int64)
    /// Only from `write(batch:)`: this article was not stored, for `reason` (an invalid document,
    /// or an SQLite error while writing it alone); the rest of the batch was.
    case rejected(source: String, reason: String)

    /// The stored article, or nil when rejected.
    public var articleID: Int64? {
        switch self {
        case .inserted(let id, _), .duplicate(let id): id
        case .rejected: nil
        }
    }
}

/// Rows written for one article.
public struct Counts: Sendable, Hashable {
    /// Distinct database entities the article names: new ones plus ones linked to earlier articles.
    public var entities = 0
    /// Of `entities`, how many rows were created by this article.
    public var newEntities = 0
    public var mentions = 0
    public var events = 0
    /// Of `events`, how many were further reports of an event already stored from another article.
    public var knownEvents = 0
    public var relations = 0
    public var sentences = 0

    public init() {}

    public static func + (a: Counts, b: Counts) -> Counts {
        var sum = Counts()
        sum.entities = a.entities + b.entities
        sum.newEntities = a.newEntities + b.newEntities
        sum.mentions = a.mentions + b.mentions
        sum.events = a.events + b.events
        sum.knownEvents = a.knownEvents + b.knownEvents
        sum.relations = a.relations + b.relations
        sum.sentences = a.sentences + b.sentences
        return sum
    }
}

/// Why an article was not stored (SQLite failures surface as `SQLiteError`).
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The document contradicts itself: an index or offset points outside what it has.
    case invalidDocument(source: String, reason: String)

    public var description: String {
        switch self {
        case .invalidDocument(let source, let reason): "\(source): invalid document: \(reason)"
        }
    }
}
