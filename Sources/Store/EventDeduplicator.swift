import EventModel
import SQLite

/// Puts a newly stored event report into the cluster (real event) of an earlier report of the
/// same event from another article, if there is one. Runs in the article's transaction, right
/// after the report's rows are written; the schema's triggers keep `event_clusters` counts and
/// first/last report dates right when `events.cluster_id` changes (Schema/003).
///
/// Two reports describe the same real event when all of these hold:
/// - **type**: the same, or both in one family: meet/visit/host/negotiate, attack/kill/strike,
///   statement/report;
/// - **modality**: asserted and planned go together (a planned meeting that then happened);
///   hypothetical and negated only with their own kind;
/// - **participants** (resolved entity ids): one side's are all among the other's, or they share
///   two (so `Trump met Abe` and `Trump met Putin` stay apart). A report without participants
///   joins only an attack, killing or strike at the same place;
/// - **place**: either unknown, the same, or one `located_in` the other;
/// - **other meetings**: a meeting report of two or more parties does not join a real event that
///   holds a report of another meeting (`holdsAnotherMeeting`);
/// - **time**: published at most 7 days apart (when both dates are known); both times known and
///   overlapping, or, when one is unknown (or only the article date), published at most 3 days apart.
///
/// Earlier reports are looked up by participant (or, for violence, place) and publication date in
/// `event_lookup` (Schema/004): up to 200 per entity published within 7 days, whatever the ingest
/// order, so the cost of an article does not grow with the knowledge base. Undated reports compare
/// each participant's 200 newest reports.
///
/// Of several fitting earlier reports the one sharing most participants wins (then same type,
/// same place, then the oldest). A report that fits reports of two real events joins them into
/// one (the older) when those two are of one type, overlap in participants, and agree on place
/// and own time (see `bridges`).
struct EventDeduplicator {
    let connection: Connection

    /// What the deduplicator needs of a just-stored report.
    struct Report {
        var id: Int64
        var articleID: Int64
        var published: CalendarDate?
        var type: EventType
        var modality: Modality
        var participants: Set<Int64>
        var location: Int64?
        /// Day interval, `YYYY-MM-DD`; nil when the text gave no time of its own.
        var start: String?
        var end: String?
    }

    /// Days apart two publication dates may be when the event's own time is unknown or vague.
    static let undatedWindow = 3
    static let vagueWindow = 7
    /// How many earlier reports of one participant (or place) are candidates: those published
    /// within `vagueWindow` days of a dated report, else the newest.
    static let reportsPerEntity = 200

    static func family(of type: EventType) -> [EventType] {
        switch type {
        case .meet, .visit, .host, .negotiate: [.meet, .visit, .host, .negotiate]
        case .attack, .kill, .strike: [.attack, .kill, .strike]
        case .statement, .report: [.statement, .report]
        default: [type]
        }
    }

    static func modalities(with modality: Modality) -> [Modality] {
        switch modality {
        case .asserted, .planned: [.asserted, .planned]
        case .hypothetical, .negated: [modality]
        }
    }

    private struct Candidate {
        let id: Int64
        let cluster: Int64
        let type: String
        let location: Int64?
        let start: String?
        let end: String?
        let published: String?
        var participants: Set<Int64> = []
        /// `published` and the own time as day numbers, parsed once: `timesFit` runs a few times
        /// for each of a few hundred candidates.
        let days: Days

        init(id: Int64, cluster: Int64, type: String, location: Int64?, start: String?, end: String?,
             published: String?) {
            (self.id, self.cluster, self.type, self.location) = (id, cluster, type, location)
            (self.start, self.end, self.published) = (start, end, published)
            days = Days(published: published, start: start, end: end)
        }
    }

    /// A report's publication day and the length of its own time, as `daysApart` and `span` see them.
    private struct Days {
        /// Days since 1970 of the publication date; nil when unknown or not a date.
        let published: Int?
        /// `span(start, end)`; nil when either is unknown.
        let span: Int?

        init(published: String?, start: String?, end: String?) {
            self.published = published.flatMap { CalendarDate(iso: $0) }.map(EventDeduplicator.dayNumber)
            if let start, let end { span = EventDeduplicator.span(start, end) } else { span = nil }
        }
    }

    /// Earlier reports from other articles that share a participant (or, for violence, the place),
    /// of a compatible type and modality and not clearly at another time. `dated`: the ids come from
    /// `event_lookup`, already within the publication window, with their publication dates (the
    /// article's, written beside the report in the same transaction), so the articles table is not
    /// read: at 40,000 articles its rows are spread over far more pages than the cache holds, and
    /// reading each candidate's article cost nearly as much as the rest of the query.
    private static func candidatesSQL(dated: Bool) -> String {
        """
        SELECT ev.id, ev.cluster_id, ev.type, ev.location_id,
               CASE WHEN ev.time_text = 'article date' THEN NULL ELSE ev.time_start END,
               CASE WHEN ev.time_text = 'article date' THEN NULL ELSE ev.time_end END,
               \(dated ? "NULL" : "a.published")
        FROM events ev\(dated ? "" : " JOIN articles a ON a.id = ev.article_id")
        WHERE ev.id IN (SELECT value FROM json_each(:ids))
          AND ev.article_id <> :article
          AND ev.id < :id
          AND ev.type IN (SELECT value FROM json_each(:types))
          AND ev.modality IN (SELECT value FROM json_each(:modalities))
          AND (:start IS NULL OR ev.time_start IS NULL OR ev.time_text = 'article date'
               OR (ev.time_end >= :start AND ev.time_start <= :end))
        ORDER BY ev.id
        """
    }

    private static let datedCandidatesSQL = candidatesSQL(dated: true)
    private static let undatedCandidatesSQL = candidatesSQL(dated: false)

    /// The cluster `report` joined, or nil when it stays its own real event.
    @discardableResult
    func assign(_ report: Report) throws -> Int64? {
        let violent = Self.family(of: .attack).contains(report.type)
        var keys = Array(report.participants)
        if violent, let place = report.location, !report.participants.contains(place) { keys.append(place) }
        let (ids, publishedDates) = try earlierReports(of: keys, report)
        try index(report, keys)
        guard !ids.isEmpty else { return nil }
        let dated = publishedDates != nil
        let statement = try connection.cachedStatement(dated ? Self.datedCandidatesSQL : Self.undatedCandidatesSQL)
        try statement.bind(Self.jsonArray(ids.sorted().map(String.init)), named: ":ids")
        try statement.bind(report.articleID, named: ":article")
        try statement.bind(report.id, named: ":id")
        try statement.bind(Self.jsonArray(Self.family(of: report.type).map { "\"\($0.rawValue)\"" }), named: ":types")
        try statement.bind(Self.jsonArray(Self.modalities(with: report.modality).map { "\"\($0.rawValue)\"" }),
                           named: ":modalities")
        try statement.bind(report.start, named: ":start")
        try statement.bind(report.end, named: ":end")
        var candidates = try statement.rows { row in
            Candidate(id: row.int64(0), cluster: row.int64(1), type: row.string(2), location: row.optionalInt64(3),
                      start: row.optionalString(4), end: row.optionalString(5),
                      published: publishedDates.map { $0[row.int64(0)] } ?? row.optionalString(6))
        }
        guard !candidates.isEmpty else { return nil }

        // Times first: they need no query, and most candidates of a busy participant fail them.
        let reportDays = Days(published: report.published?.description, start: report.start, end: report.end)
        candidates.removeAll { !Self.timesFit(report, reportDays, $0) }
        guard !candidates.isEmpty else { return nil }
        let participants = try participantsOf(candidates.map(\.id))
        for i in candidates.indices { candidates[i].participants = participants[candidates[i].id] ?? [] }
        var conflicts: [Int64: Bool] = [:]
        var best: (candidate: Candidate, score: Int)?
        var fitting: [Candidate] = []
        for c in candidates {
            guard try fits(report, reportDays, c, violent: violent) else { continue }
            if report.type.isMeeting, try holdsAnotherMeeting(c.cluster, report.participants, &conflicts) { continue }
            fitting.append(c)
            let score = report.participants.intersection(c.participants).count * 4
                + (c.type == report.type.rawValue ? 2 : 0) + (c.location != nil && c.location == report.location ? 1 : 0)
            if best == nil || score > best!.score { best = (c, score) }
        }
        guard let chosen = best?.candidate else { return nil }
        // The report may bridge real events stored apart (neither fitted the other): they become one.
        var clusters = [chosen.cluster]
        for c in fitting where !clusters.contains(c.cluster) {
            if try bridges(chosen, c) { clusters.append(c.cluster) }
        }
        let target = clusters.min()!
        if clusters.count > 1 {
            try connection.run(
                "UPDATE events SET cluster_id = ? WHERE cluster_id IN (SELECT value FROM json_each(?)) AND cluster_id <> ?",
                target, Self.jsonArray(clusters.map(String.init)), target)
        }
        try connection.run("UPDATE events SET cluster_id = ? WHERE id = ?", target, report.id)
        return target
    }

    /// Ids of earlier reports that share a participant (or place) with `report`. A dated report
    /// looks them up by entity and publication date (`event_lookup`), so however many reports came
    /// later or earlier, those within the window are found; at most `reportsPerEntity` per entity.
    /// An undated one (which can join only reports with overlapping own times) looks at each
    /// entity's newest reports.
    /// `published` (dated reports only): each id's publication date, as `event_lookup` holds it.
    private func earlierReports(of keys: [Int64], _ report: Report) throws
        -> (ids: Set<Int64>, published: [Int64: String]?) {
        var ids = Set<Int64>()
        var dates: [Int64: String]?
        if let published = report.published {
            let day = Self.dayNumber(published)
            let from = Self.isoDay(fromDayNumber: day - Self.vagueWindow)
            let to = Self.isoDay(fromDayNumber: day + Self.vagueWindow)
            var found: [Int64: String] = [:]
            for entity in keys {
                for (id, date) in try connection.rows(
                    "SELECT event_id, published FROM event_lookup WHERE entity_id = ? AND published BETWEEN ? AND ? LIMIT ?",
                    entity, from, to, Self.reportsPerEntity, map: { ($0.int64(0), $0.string(1)) }) {
                    ids.insert(id)
                    found[id] = date
                }
            }
            found[report.id] = nil
            dates = found
        } else {
            for entity in report.participants {
                ids.formUnion(try connection.rows(
                    "SELECT event_id FROM event_participants WHERE entity_id = ? ORDER BY event_id DESC LIMIT ?",
                    entity, Self.reportsPerEntity + 1) { $0.int64(0) })
            }
            if keys.count > report.participants.count, let place = report.location {
                ids.formUnion(try connection.rows(
                    "SELECT id FROM events WHERE location_id = ? ORDER BY id DESC LIMIT ?", place, Self.reportsPerEntity + 1) {
                    $0.int64(0)
                })
            }
        }
        ids.remove(report.id)
        return (ids, dates)
    }

    /// The participants of each of `events`, in one query: a busy participant's report has
    /// a few hundred candidates, and a query per candidate cost more than the comparisons.
    private func participantsOf(_ events: [Int64]) throws -> [Int64: Set<Int64>] {
        let statement = try connection.cachedStatement(
            "SELECT event_id, entity_id FROM event_participants WHERE event_id IN (SELECT value FROM json_each(?))")
        try statement.bind(Self.jsonArray(events.map(String.init)), at: 1)
        return try Self.participantSets(statement)
    }

    /// Each event's participants from a statement of (event id, entity id) rows.
    private static func participantSets(_ statement: Statement) throws -> [Int64: Set<Int64>] {
        var participants: [Int64: Set<Int64>] = [:]
        for (event, entity) in try statement.rows({ ($0.int64(0), $0.int64(1)) }) {
            participants[event, default: []].insert(entity)
        }
        return participants
    }

    /// Makes a dated report findable by its participants (and, for violence, its place).
    private func index(_ report: Report, _ keys: [Int64]) throws {
        guard let published = report.published?.description else { return }
        for entity in keys {
            try connection.run("INSERT OR IGNORE INTO event_lookup (entity_id, published, event_id) VALUES (?, ?, ?)",
                               entity, published, report.id)
        }
    }

    /// Whether two earlier reports that a new report both fits are one real event: the same type,
    /// participants that overlap as a report's must (two shared, or one side's all among the
    /// other's; without participants, the same place), places that agree
    /// (unknown, equal or one inside the other) and own times, when both are known, that overlap.
    private func bridges(_ a: Candidate, _ b: Candidate) throws -> Bool {
        guard a.type == b.type else { return false }
        if a.participants.isEmpty || b.participants.isEmpty {
            guard a.participants.isEmpty, b.participants.isEmpty, let place = a.location, place == b.location else { return false }
        } else {
            guard Self.participantsOverlap(a.participants, b.participants) else { return false }
        }
        if let x = a.location, let y = b.location, x != y {
            guard try isInside(x, y) || isInside(y, x) else { return false }
        }
        if let as_ = a.start, let ae = a.end, let bs = b.start, let be = b.end {
            guard ae >= bs, as_ <= be else { return false }
        }
        return true
    }

    private func fits(_ r: Report, _ rDays: Days, _ c: Candidate, violent: Bool) throws -> Bool {
        // Participants.
        if r.participants.isEmpty || c.participants.isEmpty {
            guard violent, let place = r.location, place == c.location else { return false }
        } else {
            guard Self.participantsOverlap(r.participants, c.participants) else { return false }
            guard Self.loneTripFits(reportType: r.type.rawValue, reportParticipants: r.participants, reportPlace: r.location,
                                    candidateType: c.type, candidateParticipants: c.participants, candidatePlace: c.location)
            else { return false } // (LoneTrips)
        }
        // Place.
        if let a = r.location, let b = c.location, a != b {
            guard try isInside(a, b) || isInside(b, a) else { return false }
        }
        return Self.timesFit(r, rDays, c)
    }

    /// Own times that overlap, and publication dates close enough for how vague the times are.
    /// `rDays`: the report's `Days`. The same answer as with `daysApart` and `span` on the strings.
    private static func timesFit(_ r: Report, _ rDays: Days, _ c: Candidate) -> Bool {
        var days: Int?
        if let a = rDays.published, let b = c.days.published { days = abs(a - b) }
        if let rs = r.start, let re = r.end, let cs = c.start, let ce = c.end {
            guard ce >= rs, cs <= re else { return false }
            if rDays.span ?? Int.max > Self.vagueWindow || c.days.span ?? Int.max > Self.vagueWindow {
                guard let days, days <= Self.vagueWindow else { return false }
            }
            return days.map { $0 <= Self.vagueWindow } ?? true
        }
        guard let days, days <= Self.undatedWindow else { return false }
        return true
    }

    /// Whether the real event `cluster` already holds a report of another meeting than one of
    /// `parties` (two or more parties that do not overlap them as one event's reports must). Its
    /// reports fit one by one, so without this a report that fits two meetings chains them: a lone
    /// `Trump visited Washington` under both `Trump met Obama` and `Trump met Ryan`, or `Trump and
    /// Obama met as their wives met` under both `Trump met Obama` and `Michelle Obama met Melania
    /// Trump`. Only a report of two or more parties can tell two meetings apart. `known`: the answer
    /// per cluster, for this report.
    private func holdsAnotherMeeting(_ cluster: Int64, _ parties: Set<Int64>, _ known: inout [Int64: Bool]) throws -> Bool {
        guard parties.count >= 2 else { return false }
        if let answer = known[cluster] { return answer }
        // (Asked for meeting reports only, and of the 100 newest reports: a real event's reports grow
        // with the knowledge base, and reading them all for every report of every type made ingest
        // slower as the database grew.)
        let statement = try connection.cachedStatement("""
            SELECT event_id, entity_id FROM event_participants
            WHERE event_id IN (SELECT id FROM events WHERE cluster_id = ? ORDER BY id DESC LIMIT 100)
            """)
        try statement.bind(cluster, at: 1)
        let answer = try Self.participantSets(statement).values.contains { $0.count >= 2 && !Self.participantsOverlap(parties, $0) }
        known[cluster] = answer
        return answer
    }

    /// Two reports' parties are one event's: two shared, or one shared and one side's all among
    /// the other's.
    private static func participantsOverlap(_ a: Set<Int64>, _ b: Set<Int64>) -> Bool {
        let shared = a.intersection(b).count
        return shared >= 2 || (shared >= 1 && (a.isSubset(of: b) || b.isSubset(of: a)))
    }

    /// Whether the knowledge base says `inner` lies in `outer` (one `located_in` step).
    private func isInside(_ inner: Int64, _ outer: Int64) throws -> Bool {
        try connection.firstRow(
            "SELECT 1 FROM relations WHERE subject_id = ? AND predicate = 'located_in' AND object_id = ? LIMIT 1",
            inner, outer) { _ in true } ?? false
    }

    /// Whole days between two ISO dates (`YYYY-MM-DD` or `YYYY-MM`, a month counting from its
    /// first day); nil when either is unknown.
    static func daysApart(_ a: String?, _ b: String?) -> Int? {
        guard let a = a.flatMap({ CalendarDate(iso: $0) }), let b = b.flatMap({ CalendarDate(iso: $0) }) else { return nil }
        return abs(dayNumber(a) - dayNumber(b))
    }

    static func span(_ start: String, _ end: String) -> Int {
        guard let s = CalendarDate(iso: start), let e = CalendarDate(iso: end) else { return Int.max }
        return dayNumber(e) - dayNumber(s)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences.
    static func dayNumber(_ d: CalendarDate) -> Int { d.dayNumber }

    /// `YYYY-MM-DD` of a `dayNumber`.
    static func isoDay(fromDayNumber n: Int) -> String {
        CalendarDate(dayNumber: n).description
    }

    /// `[a,b,c]` of already-encoded JSON values.
    static func jsonArray(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
}
