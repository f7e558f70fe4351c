import EventModel
import SQLite

/// Which events to list. Every filter is optional; all given ones must hold.
public struct EventFilter: Sendable, Hashable {
    /// Event types (nil: all).
    public var types: [String]?
    /// Modalities (nil: all).
    public var modalities: [String]?
    /// A participant, by any alias (`--who`, `--actor`).
    public var who: String?
    /// Another participant, a different entity from `who`'s (`--with`).
    public var with: String?
    /// The location, or a place that is a participant of a visit (`--where`).
    public var place: String?
    /// A participant or the location (`timeline NAME`).
    public var involving: String?
    /// Keeps events whose interval ends on or after this range's first day (`--from`).
    public var from: DateRange?
    /// Keeps events whose interval starts on or before this range's last day (`--to`).
    public var to: DateRange?
    /// One row per report (`--mentions`) instead of one per real event. Per event, an event is
    /// listed when any of its reports matches, and shown as its first report with the counts.
    public var eachMention: Bool

    public init(types: [String]? = nil, modalities: [String]? = nil, who: String? = nil, with: String? = nil,
                place: String? = nil, involving: String? = nil, from: DateRange? = nil, to: DateRange? = nil,
                eachMention: Bool = false) {
        self.eachMention = eachMention
        self.types = types
        self.modalities = modalities
        self.who = who
        self.with = with
        self.place = place
        self.involving = involving
        self.from = from
        self.to = to
    }
}

/// The one statement behind `events`, `meetings`, `timeline` and `export`: `select`, then
/// the filters' CTEs and conditions, then `order`. Each event comes as one row per
/// participant (events without any: one row), consecutive, so a reader groups them.
///
/// Example, `eventkb meetings --who qaani --from 2024-02-01`, ready for `sqlite3` once the
/// `:names` are replaced by values:
///
///     WITH RECURSIVE who_ids(entity_id) AS (…NameMatch…)
///     SELECT … FROM events e … LEFT JOIN entities n ON n.id = p.entity_id
///     WHERE e.type IN ('meet', 'visit', 'host', 'negotiate')
///       AND e.modality IN (SELECT value FROM json_each(:modalities))
///       AND e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN who_ids)
///       AND e.time_end >= :from
///     ORDER BY …
public enum EventQuery {
    /// The columns of the contract's Event object, one row per participant.
    public static let select = """
        SELECT e.id, e.type, e.cameo, e.trigger, e.modality, e.trigger_start, e.trigger_end,
               e.time_value, e.time_mod, e.time_text, e.time_start, e.time_end, e.confidence,
               a.id, a.published, a.title, a.source,
               s.text, s.start, s.end,
               l.id, l.name, l.type,
               n.id, n.name, n.type, p.role,
               e.cluster_id, c.mentions, c.articles, c.first_reported, c.last_reported
        FROM events e
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN event_clusters c ON c.id = e.cluster_id
        JOIN sentences s ON s.id = e.sentence_id
        LEFT JOIN entities l ON l.id = e.location_id
        LEFT JOIN event_participants p ON p.event_id = e.id
        LEFT JOIN entities n ON n.id = p.entity_id
        """

    /// By date (undated last), then id; agents, patients, participants within an event.
    public static let order = """
        ORDER BY e.time_start IS NULL, e.time_start, e.time_end, e.id,
                 CASE p.role WHEN 'agent' THEN 0 WHEN 'patient' THEN 1 ELSE 2 END, n.name, n.id
        """

    /// `--modality`: the wanted modalities as one bound JSON array.
    public static let modalityCondition = "e.modality IN (SELECT value FROM json_each(:modalities))"
    /// `events --type`: the wanted types as one bound JSON array.
    public static let typeCondition = "e.type IN (SELECT value FROM json_each(:types))"
    /// `meetings`: the meeting types, as literals so the planner searches `events_type_time`.
    public static let meetingTypesCondition = "e.type IN ('meet', 'visit', 'host', 'negotiate')"
    /// `meetings` with a name: the same test, kept off the index by the unary `+`
    /// (<https://www.sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_>),
    /// so the planner starts from the named entities' events rather than from every meeting
    /// (tens of thousands at 100,000 articles) and checks each one's type after.
    public static let meetingTypesFilter = "+e.type IN ('meet', 'visit', 'host', 'negotiate')"
    /// `--who` (or `--with` alone, `--actor`): any participant, any role.
    public static let whoCondition = "e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN who_ids)"
    /// `--who A --with B`: two different participants, one named A and one named B.
    public static let whoWithCondition = """
        e.id IN (SELECT p1.event_id FROM event_participants p1
                 JOIN event_participants p2 ON p2.event_id = p1.event_id AND p2.entity_id <> p1.entity_id
                 WHERE p1.entity_id IN who_ids AND p2.entity_id IN with_ids)
        """
    /// `--where`: the location, or for a visit a place among the participants (`visited Iraq`).
    public static let placeCondition = """
        e.id IN (SELECT v.id FROM events v WHERE v.location_id IN place_ids
                 UNION
                 SELECT pp.event_id FROM event_participants pp JOIN events v ON v.id = pp.event_id
                 WHERE pp.entity_id IN place_ids AND v.type = 'visit')
        """
    /// `timeline NAME`: the entity takes part, or the event happens there.
    public static let involvingCondition = """
        e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN subject_ids
                 UNION
                 SELECT v.id FROM events v WHERE v.location_id IN subject_ids)
        """
    /// The reports of one real event, given the id of any of them.
    public static let reportsSQL = select
        + "\nWHERE e.cluster_id = (SELECT cluster_id FROM events WHERE id = :id)\n"
        + "ORDER BY a.published IS NULL, a.published, e.id, CASE p.role WHEN 'agent' THEN 0 WHEN 'patient' THEN 1 ELSE 2 END, n.name, n.id"
    /// `explain EVENT_ID`: one event.
    public static let byIDSQL = select + "\nWHERE e.id = :id\n" + order

    /// `--from D`: the event's interval ends on or after D's first day (intervals overlap).
    public static let fromCondition = "e.time_end >= :from"
    /// `--to D`: the event's interval starts on or before D's last day.
    public static let toCondition = "e.time_start <= :to"

    /// How many days before `--from` an event whose time is at most this long, and that still
    /// overlaps the window, can begin. Longer ones are in `events_type_long_time` (Schema/011),
    /// whose WHERE clause says the same number.
    public static let shortSpanDays = 40

    /// `meetings --from D` with no name (schema 11 on): the meetings that began on or after
    /// D - 40 days (`:from_recent`), a bounded range of `events_type_time`, and the longer ones
    /// that began before it, from the partial index; the two never share a row. `conditions`
    /// hold the type, modality, `--from` and `--to` tests; `column` is `cluster_id` (one row per
    /// real event) or `id` (every report).
    static func meetingWindowCondition(_ conditions: [String], selecting column: String) -> String {
        let common = conditions.joined(separator: "\n           AND ")
        return """
            e.id IN (SELECT e.\(column) FROM events e
                     WHERE \(common)
                       AND e.time_start >= :from_recent
                     UNION ALL
                     SELECT e.\(column) FROM events e INDEXED BY events_type_long_time
                     WHERE \(common)
                       AND julianday(e.time_end) - julianday(e.time_start) > \(shortSpanDays)
                       AND e.time_start < :from_recent)
            """
    }

    /// The statement for `filter` and the values to bind by name. `schema`: the database's
    /// version (a window of meetings reads Schema/011's index when there is one).
    public static func statement(for filter: EventFilter, meetingsOnly: Bool = false,
                                 schema: Int = KnowledgeBase.newestKnownSchema)
        -> (sql: String, bindings: [(String, SQLiteValue)]) {
        var ctes: [String] = []
        var conditions: [String] = []
        var bindings: [(String, SQLiteValue)] = []
        let named = filter.who != nil || filter.with != nil || filter.place != nil || filter.involving != nil
        if meetingsOnly {
            conditions.append(named ? meetingTypesFilter : meetingTypesCondition)
        }
        if let types = filter.types {
            conditions.append(typeCondition)
            bindings.append((":types", .text(jsonArray(types))))
        }
        if let modalities = filter.modalities {
            conditions.append(modalityCondition)
            bindings.append((":modalities", .text(jsonArray(modalities))))
        }
        let who = filter.who.map { NameMatch(label: "who_ids", name: $0) }
        let with = filter.with.map { NameMatch(label: who == nil ? "who_ids" : "with_ids", name: $0) }
        for match in [who, with].compactMap({ $0 }) {
            ctes.append(match.cte)
            bindings += match.bindings
        }
        if who != nil, with != nil {
            conditions.append(whoWithCondition)
        } else if who != nil || with != nil {
            conditions.append(whoCondition)
        }
        if let place = filter.place {
            let match = NameMatch(label: "place_ids", name: place)
            ctes.append(match.placeCTE)
            bindings += match.bindings
            conditions.append(placeCondition)
        }
        if let involving = filter.involving {
            let match = NameMatch(label: "subject_ids", name: involving)
            ctes.append(match.cte)
            bindings += match.bindings
            conditions.append(involvingCondition)
        }
        if let from = filter.from {
            conditions.append(fromCondition)
            bindings.append((":from", .text(from.start)))
        }
        if let to = filter.to {
            conditions.append(toCondition)
            bindings.append((":to", .text(to.end)))
        }
        var sql = ""
        if !ctes.isEmpty { sql += "WITH RECURSIVE " + ctes.joined(separator: ",\n") + "\n" }
        sql += select
        if meetingsOnly, !named, filter.types == nil, let from = filter.from, schema >= 11 {
            bindings.append((":from_recent", .text(from.start(minusDays: shortSpanDays))))
            sql += "\nWHERE " + meetingWindowCondition(conditions, selecting: filter.eachMention ? "id" : "cluster_id")
        } else if filter.eachMention {
            if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        } else {
            sql += "\nWHERE " + perEvent(conditions)
        }
        sql += "\n" + order
        return (sql, bindings)
    }

    /// One row per real event: the first report of every cluster that has a report meeting
    /// `conditions` (written against `e`, which the subquery rebinds to each report).
    static func perEvent(_ conditions: [String]) -> String {
        guard !conditions.isEmpty else { return firstReportCondition }
        return "e.id IN (SELECT e.cluster_id FROM events e\n          WHERE "
            + conditions.joined(separator: "\n            AND ") + ")"
    }

    /// The representative report of its real event (see Schema/003).
    public static let firstReportCondition = "e.id = e.cluster_id"

    /// The statement of `meetings`: meeting types, and asserted and planned ones unless
    /// `filter.modalities` says otherwise.
    public static func meetingsStatement(for filter: EventFilter, schema: Int = KnowledgeBase.newestKnownSchema)
        -> (sql: String, bindings: [(String, SQLiteValue)]) {
        var filter = filter
        if filter.modalities == nil { filter.modalities = [Modality.asserted.rawValue, Modality.planned.rawValue] }
        return statement(for: filter, meetingsOnly: true, schema: schema)
    }

    /// A JSON array of plain strings, for `json_each` (<https://www.sqlite.org/json1.html#jeach>).
    static func jsonArray(_ values: [String]) -> String {
        var out = "["
        for (i, v) in values.enumerated() {
            if i > 0 { out += "," }
            out += "\""
            for scalar in v.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }

    /// Groups the rows of `statement` into events.
    static func read(_ statement: Statement) throws -> [EventRecord] {
        var events: [EventRecord] = []
        try statement.forEachRow { row in
            let id = row.int64(0)
            let participant: ParticipantRef? = row.entityRef(at: 23).map {
                ParticipantRef(entity: $0, role: row.string(26))
            }
            if let last = events.last, last.id == id {
                if let participant { events[events.count - 1].participants.append(participant) }
                return
            }
            events.append(EventRecord(
                id: id, type: row.string(1), cameo: row.string(2), trigger: row.string(3),
                triggerSpan: TextSpan(start: row.int(5), end: row.int(6)), modality: row.string(4),
                participants: participant.map { [$0] } ?? [],
                location: row.entityRef(at: 20),
                date: timeValue(row, at: 7),
                article: row.articleRef(at: 13),
                evidence: row.evidence(at: 17),
                confidence: row.double(12),
                report: reportCounts(row, at: 27)))
        }
        return events
    }

    /// cluster id, mentions, articles, first and last report; nil for a report outside any cluster.
    static func reportCounts(_ row: Statement, at i: Int) -> ReportCounts? {
        guard !row.isNull(i), !row.isNull(i + 1) else { return nil }
        return ReportCounts(eventID: row.int64(i), mentions: row.int(i + 1), articles: row.int(i + 2),
                            firstReported: row.optionalString(i + 3), lastReported: row.optionalString(i + 4))
    }

    /// value, mod, text, start, end; nil unless the value and a valid interval are stored.
    static func timeValue(_ row: Statement, at i: Int) -> TimeValue? {
        guard let value = row.optionalString(i),
              let start = row.optionalString(i + 3).flatMap({ CalendarDate(iso: $0) }),
              let end = row.optionalString(i + 4).flatMap({ CalendarDate(iso: $0) }) else { return nil }
        return TimeValue(value: value, mod: row.optionalString(i + 1), text: row.optionalString(i + 2) ?? "",
                         start: start, end: end)
    }
}

extension KnowledgeBase {
    /// Events matching `filter`, by date (undated last), then id. See `EventQuery`.
    public func events(_ filter: EventFilter = EventFilter()) throws -> [EventRecord] {
        let (sql, bindings) = EventQuery.statement(for: filter, schema: schemaVersion)
        return try run(sql, bindings)
    }

    /// Meet, visit, host and negotiate events matching `filter`; `filter.modalities` nil
    /// means asserted and planned (what happened or is scheduled), as the contract says.
    public func meetings(_ filter: EventFilter = EventFilter()) throws -> [EventRecord] {
        let (sql, bindings) = EventQuery.meetingsStatement(for: filter, schema: schemaVersion)
        return try run(sql, bindings)
    }

    /// The events of the entities `name` fits (participant or location), oldest first, undated last.
    public func timeline(_ name: String, eachMention: Bool = false) throws -> [EventRecord] {
        try events(EventFilter(involving: name, eachMention: eachMention))
    }

    /// Every report of the real event `eventID` (any of its reports' ids), oldest report first.
    public func reports(ofEvent eventID: Int64) throws -> [EventRecord] {
        try run(EventQuery.reportsSQL, [(":id", .integer(eventID))])
    }

    /// One event by id, or nil.
    public func event(id: Int64) throws -> EventRecord? {
        try run(EventQuery.byIDSQL, [(":id", .integer(id))]).first
    }

    private func run(_ sql: String, _ bindings: [(String, SQLiteValue)]) throws -> [EventRecord] {
        let statement = try connection.cachedStatement(sql)
        for (name, value) in bindings { try statement.bind(value, named: name) }
        return try EventQuery.read(statement)
    }
}
