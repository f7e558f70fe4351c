import EventModel
import SQLite

extension KnowledgeBase {
    /// The mentions of an event's participants and location inside its sentence.
    public static let argumentMentionsSQL = """
        SELECT m.start, m.end, m.text, n.id, n.name, n.type, p.role
        FROM events e
        JOIN mentions m ON m.sentence_id = e.sentence_id
        JOIN entities n ON n.id = m.entity_id
        LEFT JOIN event_participants p ON p.event_id = e.id AND p.entity_id = m.entity_id
        WHERE e.id = :id AND (p.entity_id IS NOT NULL OR m.entity_id = e.location_id)
        ORDER BY m.start, m.end DESC, m.id,
                 CASE p.role WHEN 'agent' THEN 0 WHEN 'patient' THEN 1 WHEN 'participant' THEN 2 ELSE 3 END
        """

    /// `explain EVENT_ID`: the event, its sentence with the trigger marked `[…]` and the
    /// mentions of its participants and location marked `{…}`, with offsets.
    /// Throws `QueryError.noSuchEvent` for an unknown id.
    public func explain(eventID: Int64) throws -> EventExplanation {
        guard let event = try event(id: eventID) else { throw QueryError.noSuchEvent(eventID) }
        let statement = try connection.cachedStatement(KnowledgeBase.argumentMentionsSQL)
        try statement.bind(eventID, named: ":id")
        var arguments = try statement.rows { row in
            ArgumentMention(entity: row.entityRef(at: 3) ?? EntityRef(id: 0, name: "", type: ""),
                            role: row.optionalString(6) ?? "location",
                            text: row.string(2), span: TextSpan(start: row.int(0), end: row.int(1)))
        }
        // An entity with two roles in the event gives each of its mentions twice: keep the first role.
        var seen = Set<Int>()
        arguments = arguments.filter { seen.insert($0.span.start).inserted }
        return EventExplanation(event: event, marked: KnowledgeBase.mark(event: event, arguments: arguments),
                                arguments: arguments)
    }

    /// The sentence with `[trigger]` and `{argument}`; spans outside the sentence or
    /// overlapping an earlier mark are left unmarked rather than garbling the text.
    static func mark(event: EventRecord, arguments: [ArgumentMention]) -> String {
        let scalars = Array(event.evidence.sentence.unicodeScalars)
        let base = event.evidence.start
        var marks: [(start: Int, end: Int, open: String, close: String)] = []
        func add(_ span: TextSpan, _ open: String, _ close: String) {
            let start = span.start - base, end = span.end - base
            guard start >= 0, end <= scalars.count, start < end else { return }
            guard !marks.contains(where: { start < $0.end && $0.start < end }) else { return }
            marks.append((start, end, open, close))
        }
        add(event.triggerSpan, "[", "]")
        for argument in arguments { add(argument.span, "{", "}") }
        marks.sort { $0.start < $1.start }
        var out = ""
        var position = 0
        for mark in marks {
            out.unicodeScalars.append(contentsOf: scalars[position..<mark.start])
            out += mark.open
            out.unicodeScalars.append(contentsOf: scalars[mark.start..<mark.end])
            out += mark.close
            position = mark.end
        }
        out.unicodeScalars.append(contentsOf: scalars[position...])
        return out
    }
}
