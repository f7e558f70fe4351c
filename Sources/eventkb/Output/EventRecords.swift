import EventModel
import Query

/// The contract's small objects shared by events, relations and search hits.
enum RefJSON {
    static func entity(_ e: EntityRef) -> JSON {
        .object([("id", .int(Int(e.id))), ("name", .string(e.name)), ("type", .string(e.type))])
    }

    static func article(_ a: ArticleRef) -> JSON {
        .object([("id", .int(Int(a.id))), ("date", .string(a.date)), ("title", .string(a.title)),
                 ("source", .string(a.source))])
    }

    static func evidence(_ e: Evidence) -> JSON {
        .object([("sentence", .string(e.sentence)), ("start", .int(e.start)), ("end", .int(e.end))])
    }
}

/// An Event object of the contract (`events`, `meetings`, `timeline`, `export`).
struct EventRow: Printable {
    let event: EventRecord

    static func json(_ e: EventRecord) -> JSON {
        .object([
            ("id", .int(Int(e.id))), ("type", .string(e.type)), ("cameo", .string(e.cameo)),
            ("trigger", .string(e.trigger)), ("modality", .string(e.modality)),
            ("participants", .array(e.participants.map { p in
                .object([("id", .int(Int(p.entity.id))), ("name", .string(p.entity.name)),
                         ("type", .string(p.entity.type)), ("role", .string(p.role))])
            })),
            ("location", e.location.map(RefJSON.entity) ?? .null),
            ("date", e.date.map(DocumentJSON.timeJSON) ?? .null),
            ("article", RefJSON.article(e.article)),
            ("evidence", RefJSON.evidence(e.evidence)),
            ("confidence", .double(e.confidence)),
        ] + reportFields(e.report))
    }

    /// Added keys: the real event this report belongs to (its first report's id), how many
    /// reports and articles it has, and the first and last publication dates.
    static func reportFields(_ r: ReportCounts?) -> [(String, JSON)] {
        guard let r else { return [] }
        return [("real_event", .int(Int(r.eventID))), ("mentions", .int(r.mentions)), ("articles", .int(r.articles)),
                ("first_reported", .string(r.firstReported)), ("last_reported", .string(r.lastReported))]
    }

    var json: JSON { EventRow.json(event) }

    static let columns = ["id", "type", "cameo", "modality", "trigger", "participants", "location",
                          "date", "date_mod", "date_text", "date_start", "date_end",
                          "article_id", "article_date", "source", "evidence_start", "evidence_end", "sentence",
                          "confidence", "real_event", "mentions", "articles", "first_reported", "last_reported"]

    var cells: [String] {
        let e = event
        return [String(e.id), e.type, e.cameo, e.modality, e.trigger,
                e.participants.map { "\($0.role):\($0.entity.name)" }.joined(separator: "; "),
                e.location?.name ?? "",
                e.date?.value ?? "", e.date?.mod ?? "", e.date?.text ?? "",
                e.date?.start.description ?? "", e.date?.end.description ?? "",
                String(e.article.id), e.article.date ?? "", e.article.source,
                String(e.evidence.start), String(e.evidence.end), e.evidence.sentence,
                String(e.confidence),
                e.report.map { String($0.eventID) } ?? "", e.report.map { String($0.mentions) } ?? "",
                e.report.map { String($0.articles) } ?? "", e.report?.firstReported ?? "", e.report?.lastReported ?? ""]
    }

    static let tableColumns = ["id", "date", "type", "modality", "participants", "place", "reports", "evidence"]

    var tableCells: [String] {
        let e = event
        return [String(e.id), EventRow.dateLabel(e.date), e.type, e.modality,
                e.participants.map(\.entity.name).joined(separator: ", "),
                e.location?.name ?? "", EventRow.reportsLabel(e.report, id: e.id), e.evidence.sentence]
    }

    /// `3 in 2 articles`; `1` for a single report; a later report (`--mentions`) names its event:
    /// `3 in 2 articles, of #12`.
    static func reportsLabel(_ r: ReportCounts?, id: Int64) -> String {
        guard let r else { return "" }
        if r.mentions == 1 { return "1" }
        let counts = "\(r.mentions) in \(r.articles) article\(r.articles == 1 ? "" : "s")"
        return r.eventID == id ? counts : counts + ", of #\(r.eventID)"
    }

    /// `2024-01 END`, or `-` when the text gave no time.
    static func dateLabel(_ t: TimeValue?) -> String {
        guard let t else { return "-" }
        return t.mod.map { "\(t.value) \($0)" } ?? t.value
    }
}
