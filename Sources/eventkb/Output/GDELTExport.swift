import Query

/// `export --format gdelt`: one tab-separated line per real event, columns modeled on GDELT 1.0
/// events (<http://data.gdeltproject.org/documentation/GDELT-Data_Format_Codebook.pdf>), with a
/// header line. Only asserted events (GDELT codes what happened). Differences from GDELT:
///
/// - GLOBALEVENTID: the eventkb event id (`eventkb explain ID` shows the sentence).
/// - SQLDATE: YYYYMMDD, the first day of the event's own time, else its first report's date
///   (month precision: the 1st); empty when neither is known.
/// - Actor1: the first agent (else the first party); Actor2: the next party. Actor*CountryCode and
///   ActionGeo_CountryCode are ISO 3166 alpha-2 (GDELT uses CAMEO's three-letter codes), from the
///   entity itself or what it is located in / leads / belongs to.
/// - IsRootEvent: 1 when the first report is in its article's first three sentences.
/// - EventCode: the CAMEO code; EventBaseCode its first three digits; EventRootCode its first two.
/// - NumMentions / NumArticles: reports and distinct articles (see event de-duplication).
/// - ActionGeo_*: the event's place by its name, with gazetteer coordinates when known.
/// - SOURCEURL: the first report's article URL, else its source path.
enum GDELTExport {
    static let columns = ["GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor2Name",
                          "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                          "NumMentions", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode",
                          "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL"]

    static func header() -> String { columns.joined(separator: "\t") + "\n" }

    static func line(_ e: EventRecord, facts: [Int64: EntityFacts], urls: [Int64: String], lead: Set<Int64>) -> String {
        let agents = e.participants.filter { $0.role == "agent" }
        let ordered = agents + e.participants.filter { $0.role != "agent" }
        let actor1 = ordered.first?.entity
        let actor2 = ordered.dropFirst().first?.entity
        let place = e.location.flatMap { facts[$0.id] }
        let cells = [
            String(e.id),
            sqlDate(e),
            actor1?.name ?? "", actor1.flatMap { facts[$0.id]?.countryCode } ?? "",
            actor2?.name ?? "", actor2.flatMap { facts[$0.id]?.countryCode } ?? "",
            lead.contains(e.id) ? "1" : "0",
            e.cameo, String(e.cameo.prefix(3)), String(e.cameo.prefix(2)),
            String(e.report?.mentions ?? 1), String(e.report?.articles ?? 1),
            e.location?.name ?? "", place?.countryCode ?? "",
            place?.latitude.map(coordinate) ?? "", place?.longitude.map(coordinate) ?? "",
            urls[e.article.id] ?? e.article.source,
        ]
        return cells.map(clean).joined(separator: "\t") + "\n"
    }

    static func sqlDate(_ e: EventRecord) -> String {
        if let start = e.date?.start { return digits(start.description) }
        guard let published = e.article.date else { return "" }
        return digits(published.count == 7 ? published + "-01" : published)
    }

    private static func digits(_ iso: String) -> String { String(iso.unicodeScalars.filter { $0 != "-" }) }

    static func coordinate(_ d: Double) -> String { String((d * 10_000).rounded() / 10_000) }

    /// Tabs and line breaks would break the row: they become spaces.
    static func clean(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out.unicodeScalars.append(" ")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
