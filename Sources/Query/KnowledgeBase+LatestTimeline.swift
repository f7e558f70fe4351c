import SQLite

/// `timeline NAME` as its most recent events: at most `latest` of them, shown in timeline order
/// (oldest first, undated last), with how many there are in all.
///
/// Why: a much-reported entity has thousands of real events (at 102,048 articles Tony Blair has
/// 7,709: 5.5 MB of JSON and a quarter of a second), more than anyone reads at a terminal, and
/// the cost of listing them all grows with the database. Choosing the latest reads only ids and
/// dates; the event rows, their participants and evidence are read for the kept ones only.
/// "Latest" is as in the entity card (`latestEventIDsBySortSQL`): by the event's own date, newest
/// first, undated events only when fewer dated ones remain.
extension KnowledgeBase {
    /// The ids of the `:limit` latest real events of the entities `subject_ids` holds (a
    /// participant or the place), each row with the number of such events in all (a window
    /// count, <https://www.sqlite.org/windowfunctions.html>). `participantClusters` (schema 9
    /// and later): the real events are found from the participants' and places' own cluster
    /// indexes, without reading each report's row (Schema/009).
    public static func latestTimelineIDsSQL(eachMention: Bool, participantClusters: Bool = true) -> String {
        let cte = NameMatch(label: "subject_ids", name: "").cte
        if eachMention {
            return "WITH RECURSIVE " + cte + "\n" + """
                SELECT e.id, count(*) OVER () FROM events e
                WHERE \(EventQuery.involvingCondition)
                ORDER BY e.time_start DESC, e.time_end DESC, e.id DESC
                LIMIT :limit
                """
        }
        let realEvents = participantClusters
            ? realEventsSQL(ofEntities: "IN subject_ids")
            : "SELECT e.cluster_id FROM events e WHERE \(EventQuery.involvingCondition)"
        return "WITH RECURSIVE " + cte + "\n" + """
            SELECT r.id, count(*) OVER () FROM events r
            WHERE r.id IN (\(realEvents))
            ORDER BY r.time_start DESC, r.time_end DESC, r.id DESC
            LIMIT :limit
            """
    }

    /// The statement choosing the latest `limit` events of `name`, with its named values.
    public static func latestTimelineStatement(_ name: String, eachMention: Bool, limit: Int, participantClusters: Bool = true)
        -> (sql: String, bindings: [(String, SQLiteValue)]) {
        (latestTimelineIDsSQL(eachMention: eachMention, participantClusters: participantClusters),
         NameMatch(label: "subject_ids", name: name).bindings + [(":limit", .integer(Int64(max(0, limit))))])
    }

    /// The latest `latest` events of the entities `name` fits (participant or place), oldest
    /// first, and how many there are in all; `latest` nil: every one (as `timeline(_:eachMention:)`).
    public func timeline(_ name: String, eachMention: Bool = false, latest: Int?) throws -> EventPage {
        guard let latest else {
            let events = try timeline(name, eachMention: eachMention)
            return EventPage(events: events, total: events.count)
        }
        let (sql, bindings) = KnowledgeBase.latestTimelineStatement(name, eachMention: eachMention, limit: latest,
                                                                      participantClusters: schemaVersion >= 9)
        var total = 0
        let ids = try rows(sql, bindings) { row -> Int64 in
            total = row.int(1)
            return row.int64(0)
        }
        return EventPage(events: ids.isEmpty ? [] : try eventsByIDs(ids), total: total)
    }
}

/// Some of a list of events, and how many the whole list has.
public struct EventPage: Sendable, Hashable {
    public var events: [EventRecord]
    public var total: Int

    public init(events: [EventRecord], total: Int) {
        self.events = events
        self.total = total
    }
}
