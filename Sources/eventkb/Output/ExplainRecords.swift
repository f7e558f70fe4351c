import Query

/// `explain EVENT_ID`: the Event object, the marked sentence, and each argument's mention.
struct ExplanationRow: Printable {
    let explanation: EventExplanation

    var json: JSON {
        let e = explanation.event
        return .object([
            ("event", EventRow.json(e)),
            ("marked", .string(explanation.marked)),
            ("trigger", .object([("text", .string(e.trigger)), ("start", .int(e.triggerSpan.start)),
                                 ("end", .int(e.triggerSpan.end))])),
            ("arguments", .array(explanation.arguments.map { a in
                .object([("id", .int(Int(a.entity.id))), ("name", .string(a.entity.name)),
                         ("type", .string(a.entity.type)), ("role", .string(a.role)), ("text", .string(a.text)),
                         ("start", .int(a.span.start)), ("end", .int(a.span.end))])
            })),
        ])
    }

    static let columns = ["event_id", "type", "modality", "marked", "trigger_start", "trigger_end", "arguments",
                          "article_id", "source", "evidence_start", "evidence_end"]

    var cells: [String] {
        let e = explanation.event
        return [String(e.id), e.type, e.modality, explanation.marked, String(e.triggerSpan.start),
                String(e.triggerSpan.end),
                explanation.arguments.map { "\($0.role):\($0.text)@\($0.span.start)-\($0.span.end)" }
                    .joined(separator: "; "),
                String(e.article.id), e.article.source, String(e.evidence.start), String(e.evidence.end)]
    }

    /// The terminal view: what, where in which article, the marked sentence, the arguments.
    var text: String {
        let e = explanation.event
        var out = "event \(e.id): \(e.type) (CAMEO \(e.cameo)), \(e.modality), confidence \(e.confidence)\n"
        out += "date:     \(EventRow.dateLabel(e.date))\(e.date.map { " \($0.start)..\($0.end) \"\($0.text)\"" } ?? "")\n"
        out += "article:  #\(e.article.id) \(e.article.source)\(e.article.date.map { ", \($0)" } ?? "")"
        out += "\(e.article.title.map { ", \"\($0)\"" } ?? "")\n"
        out += "sentence: characters \(e.evidence.start)..<\(e.evidence.end)\n\n"
        out += "  " + Table.oneLine(explanation.marked) + "\n\n"
        out += "trigger:  [\(e.trigger)] \(e.triggerSpan.start)..<\(e.triggerSpan.end)\n"
        for a in explanation.arguments {
            out += "\(a.role.padded(to: 12)){\(a.text)} "
            out += "\(a.span.start)..<\(a.span.end) → \(a.entity.name) (#\(a.entity.id), \(a.entity.type))\n"
        }
        let marked = Set(explanation.arguments.map(\.entity.id))
        for p in e.participants where !marked.contains(p.entity.id) {
            out += "\(p.role.padded(to: 12))\(p.entity.name) (#\(p.entity.id)), not named in the sentence\n"
        }
        if let l = e.location, !marked.contains(l.id) {
            out += "location    \(l.name) (#\(l.id)), not named in the sentence\n"
        }
        return out
    }
}
