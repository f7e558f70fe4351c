/// Event types with their default CAMEO code (CAMEO 1.1b3 roots and leaves).
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable {
    case meet, visit, host, negotiate, statement, report, warn, accuse, appeal, agree
    case deescalate, attack, kill, strike, deploy, arrest

    /// The CAMEO code used when the trigger gives nothing more specific.
    public var defaultCAMEO: String {
        switch self {
        case .meet: "040"
        case .visit: "042"
        case .host: "043"
        case .negotiate: "046"
        case .statement: "010"
        case .report: "010"
        case .warn: "130"
        case .accuse: "112"
        case .appeal: "020"
        case .agree: "030"
        case .deescalate: "087"
        case .attack: "180"
        case .kill: "186"
        case .strike: "195"
        case .deploy: "150"
        case .arrest: "173"
        }
    }

    /// Types that `meetings` answers: two parties coming together.
    public var isMeeting: Bool {
        switch self {
        case .meet, .visit, .host, .negotiate: true
        default: false
        }
    }
}

public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reported as having happened or ongoing.
    case asserted
    /// Scheduled: "will meet", "is due to visit".
    case planned
    /// Warned of, possible, conditional.
    case hypothetical
    /// Did not happen.
    case negated
}

public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Who acts.
    case agent
    /// Who is acted upon.
    case patient
    /// The other side of a meeting, talks or agreement.
    case participant
}

public struct Participant: Sendable, Hashable, Codable {
    /// Index into `Document.entities`.
    public var entity: Int
    public var role: Role
    public init(entity: Int, role: Role) {
        self.entity = entity
        self.role = role
    }
}

/// A TIMEX3-like time: `value` (`2024-01`, `2024-02-18`, `2020`), an optional `mod`
/// (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`), the words that gave it, and the
/// interval it covers as ISO dates (inclusive). Unresolved expressions have no value.
public struct TimeValue: Sendable, Hashable, Codable {
    public var value: String
    public var mod: String?
    public var text: String
    public var start: CalendarDate
    public var end: CalendarDate
    /// Where the expression stands in the article text; nil when the time was inherited
    /// (the article date, or a governing clause's time).
    public var span: TextSpan?

    public init(value: String, mod: String? = nil, text: String, start: CalendarDate, end: CalendarDate,
                span: TextSpan? = nil) {
        self.value = value
        self.mod = mod
        self.text = text
        self.start = start
        self.end = end
        self.span = span
    }
}

public struct Event: Sendable, Hashable, Codable {
    public var type: EventType
    public var cameo: String
    /// The trigger words as written (`held the meeting`, `killed`).
    public var trigger: String
    public var triggerSpan: TextSpan
    /// Index into `Document.sentences`.
    public var sentence: Int
    public var modality: Modality
    public var participants: [Participant]
    /// Index into `Document.entities`.
    public var location: Int?
    public var time: TimeValue?
    public var confidence: Double

    public init(type: EventType, cameo: String? = nil, trigger: String, triggerSpan: TextSpan, sentence: Int,
                modality: Modality = .asserted, participants: [Participant] = [], location: Int? = nil,
                time: TimeValue? = nil, confidence: Double = 0.5) {
        self.type = type
        self.cameo = cameo ?? type.defaultCAMEO
        self.trigger = trigger
        self.triggerSpan = triggerSpan
        self.sentence = sentence
        self.modality = modality
        self.participants = participants
        self.location = location
        self.time = time
        self.confidence = confidence
    }
}
