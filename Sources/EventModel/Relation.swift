public enum Predicate: String, Sendable, Hashable, Codable, CaseIterable {
    case leaderOf = "leader_of"
    case memberOf = "member_of"
    case partOf = "part_of"
    case advisorTo = "advisor_to"
    case spokespersonOf = "spokesperson_of"
    case predecessorOf = "predecessor_of"
    case backedBy = "backed_by"
    case alliedWith = "allied_with"
    case locatedIn = "located_in"
}

public struct Relation: Sendable, Hashable, Codable {
    /// Index into `Document.entities`.
    public var subject: Int
    public var predicate: Predicate
    /// Index into `Document.entities`.
    public var object: Int
    /// Index into `Document.sentences`.
    public var sentence: Int
    /// The words that state the relation (`Iran-backed`, `Sudani's foreign affairs advisor`).
    public var span: TextSpan
    public var confidence: Double

    public init(subject: Int, predicate: Predicate, object: Int, sentence: Int, span: TextSpan,
                confidence: Double = 0.5) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.sentence = sentence
        self.span = span
        self.confidence = confidence
    }
}
