import EventModel

/// An entity as other answers refer to it: `{id, name, type}`.
public struct EntityRef: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var type: String

    public init(id: Int64, name: String, type: String) {
        self.id = id
        self.name = name
        self.type = type
    }
}

/// One party of an event and its role (`agent`, `patient`, `participant`).
public struct ParticipantRef: Sendable, Hashable {
    public var entity: EntityRef
    public var role: String

    public init(entity: EntityRef, role: String) {
        self.entity = entity
        self.role = role
    }
}

/// The article an answer comes from: `{id, date, title, source}`.
public struct ArticleRef: Sendable, Hashable {
    public var id: Int64
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM`, or nil when unknown.
    public var date: String?
    public var title: String?
    public var source: String

    public init(id: Int64, date: String?, title: String?, source: String) {
        self.id = id
        self.date = date
        self.title = title
        self.source = source
    }
}

/// The sentence behind an answer and its offsets (Unicode scalars) in the article text.
public struct Evidence: Sendable, Hashable {
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(sentence: String, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// One stored event with everything the contract's Event object shows.
public struct EventRecord: Sendable, Hashable {
    public var id: Int64
    public var type: String
    public var cameo: String
    public var trigger: String
    /// Offsets of the trigger words in the article text.
    public var triggerSpan: TextSpan
    public var modality: String
    /// Agents first, then patients, then participants; by name within a role.
    public var participants: [ParticipantRef]
    public var location: EntityRef?
    /// The event's time and the interval it covers, or nil when the text gave none.
    public var date: TimeValue?
    public var article: ArticleRef
    public var evidence: Evidence
    public var confidence: Double
    /// The real event this report belongs to and how often it was reported (Schema/003).
    public var report: ReportCounts?

    public init(id: Int64, type: String, cameo: String, trigger: String, triggerSpan: TextSpan, modality: String, participants: [ParticipantRef], location: EntityRef?, date: TimeValue?, article: ArticleRef, evidence: Evidence, confidence: Double, report: ReportCounts? = nil) {
        self.report = report
        self.id = id
        self.type = type
        self.cameo = cameo
        self.trigger = trigger
        self.triggerSpan = triggerSpan
        self.modality = modality
        self.participants = participants
        self.location = location
        self.date = date
        self.article = article
        self.evidence = evidence
        self.confidence = confidence
    }
}

/// How one real event was reported: the id of its first report (the event's id in per-event
/// listings), the number of reports and articles, and the first and last publication dates.
public struct ReportCounts: Sendable, Hashable {
    public var eventID: Int64
    public var mentions: Int
    public var articles: Int
    public var firstReported: String?
    public var lastReported: String?

    public init(eventID: Int64, mentions: Int, articles: Int, firstReported: String?, lastReported: String?) {
        self.eventID = eventID
        self.mentions = mentions
        self.articles = articles
        self.firstReported = firstReported
        self.lastReported = lastReported
    }
}

/// An entity with its other names and how often articles mention it.
public struct EntitySummary: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var type: String
    public var subtype: String?
    /// Every stored form other than `name` itself, sorted.
    public var aliases: [String]
    public var mentions: Int

    public init(id: Int64, name: String, type: String, subtype: String?, aliases: [String], mentions: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.subtype = subtype
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// A stored relation: subject predicate object, with the sentence stating it.
public struct RelationRecord: Sendable, Hashable {
    public var id: Int64
    public var subject: EntityRef
    public var predicate: String
    public var object: EntityRef
    /// The words that state the relation, and their offsets in the article text.
    public var text: String
    public var span: TextSpan
    public var evidence: Evidence
    public var article: ArticleRef
    public var confidence: Double

    public init(id: Int64, subject: EntityRef, predicate: String, object: EntityRef, text: String, span: TextSpan, evidence: Evidence, article: ArticleRef, confidence: Double) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.text = text
        self.span = span
        self.evidence = evidence
        self.article = article
        self.confidence = confidence
    }
}

/// A name form of an entity and why it was linked (`surname`, `acronym`; nil when unknown).
public struct AliasRecord: Sendable, Hashable {
    public var alias: String
    public var reason: String?

    public init(alias: String, reason: String?) {
        self.alias = alias
        self.reason = reason
    }
}

/// An article that mentions an entity, and how many times.
public struct ArticleMentions: Sendable, Hashable {
    public var article: ArticleRef
    public var mentions: Int

    public init(article: ArticleRef, mentions: Int) {
        self.article = article
        self.mentions = mentions
    }
}

/// Everything stored about one entity.
public struct EntityProfile: Sendable, Hashable {
    public var entity: EntitySummary
    public var aliases: [AliasRecord]
    /// Relations where the entity is subject or object.
    public var relations: [RelationRecord]
    /// Events it takes part in or that happen there, oldest first, undated last.
    public var events: [EventRecord]
    public var articles: [ArticleMentions]
    /// Titles and roles (people only), which tell namesakes apart.
    public var roles: [RoleRecord] = []
    /// How many events, relations and articles the entity has in all: more than the lists hold
    /// when they are a card's latest ones (`KnowledgeBase.card(of:latest:)`).
    public var totals: Totals

    public struct Totals: Sendable, Hashable {
        public var events: Int
        public var relations: Int
        public var articles: Int

        public init(events: Int, relations: Int, articles: Int) {
            self.events = events
            self.relations = relations
            self.articles = articles
        }
    }

    public init(entity: EntitySummary, aliases: [AliasRecord], relations: [RelationRecord], events: [EventRecord], articles: [ArticleMentions]) {
        self.entity = entity
        self.aliases = aliases
        self.relations = relations
        self.events = events
        self.articles = articles
        totals = Totals(events: events.count, relations: relations.count, articles: articles.count)
    }
}

/// What `entity NAME` found: one entity, or several that the name fits equally well.
public enum EntityLookup: Sendable, Hashable {
    case found(EntityProfile)
    case ambiguous([EntitySummary])
    case none
}

/// A sentence that matches a full-text search.
public struct SearchHit: Sendable, Hashable {
    public var sentenceID: Int64
    public var article: ArticleRef
    public var evidence: Evidence
    /// A few words around the matches, matches between the markers.
    public var snippet: String
    /// The whole sentence, matches between the markers.
    public var highlighted: String

    public init(sentenceID: Int64, article: ArticleRef, evidence: Evidence, snippet: String, highlighted: String) {
        self.sentenceID = sentenceID
        self.article = article
        self.evidence = evidence
        self.snippet = snippet
        self.highlighted = highlighted
    }
}

/// An event argument as written in its sentence.
public struct ArgumentMention: Sendable, Hashable {
    public var entity: EntityRef
    /// `agent`, `patient`, `participant`, or `location`.
    public var role: String
    public var text: String
    public var span: TextSpan

    public init(entity: EntityRef, role: String, text: String, span: TextSpan) {
        self.entity = entity
        self.role = role
        self.text = text
        self.span = span
    }
}

/// The sentence and article behind an event, with the trigger and arguments marked.
public struct EventExplanation: Sendable, Hashable {
    public var event: EventRecord
    /// The sentence with `[trigger]` and `{argument}` marks.
    public var marked: String
    /// Mentions of the event's participants and location inside the sentence, in text order.
    public var arguments: [ArgumentMention]

    public init(event: EventRecord, marked: String, arguments: [ArgumentMention]) {
        self.event = event
        self.marked = marked
        self.arguments = arguments
    }
}

/// How much the knowledge base holds.
public struct Counts: Sendable, Hashable {
    public var articles: Int
    public var sentences: Int
    public var entities: Int
    public var mentions: Int
    public var events: Int
    public var relations: Int

    public init(articles: Int, sentences: Int, entities: Int, mentions: Int, events: Int, relations: Int) {
        self.articles = articles
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.events = events
        self.relations = relations
    }
}
