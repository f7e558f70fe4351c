import EventModel
import Query
import SQLite
import Testing

/// `meetings --from D [--to E]` with no name reads two ranges (Schema/011): meetings that began at
/// most 40 days before D, and the longer ones, which a partial index holds. Both halves together
/// must give exactly the meetings whose time overlaps the window, as one plain comparison would.
@Suite("meetings in a date window")
struct MeetingWindowTests {
    /// Invented meetings with times of every length, around 2030-06.
    static let times: [(String, FixtureDatabase.Time)] = [
        ("a day in June", .init(value: "2030-06-12", text: "on 12 June", start: "2030-06-12", end: "2030-06-12")),
        ("a day in May", .init(value: "2030-05-20", text: "on 20 May", start: "2030-05-20", end: "2030-05-20")),
        ("a month ending in June", .init(value: "2030-05", text: "in May", start: "2030-05-10", end: "2030-06-03")),
        ("exactly 40 days", .init(value: "2030-04", text: "spring", start: "2030-04-25", end: "2030-06-04")),
        ("41 days", .init(value: "2030-04", text: "spring", start: "2030-04-24", end: "2030-06-04")),
        ("the whole year", .init(value: "2030", text: "in 2030", start: "2030-01-01", end: "2030-12-31")),
        ("last year", .init(value: "2029", text: "in 2029", start: "2029-01-01", end: "2029-12-31")),
        ("a decade", .init(value: "202X", text: "in the 2020s", start: "2020-01-01", end: "2029-12-31")),
        ("next year", .init(value: "2031", text: "in 2031", start: "2031-01-01", end: "2031-12-31")),
    ]

    /// A fixture of those meetings, each between two parties; returns the knowledge base and the
    /// event id of each label.
    static func withMeetings(schemaFiles: Int? = nil, _ body: (KnowledgeBase, [String: Int64]) throws -> Void) throws {
        let db = try FixtureDatabase(schemaFiles: schemaFiles)
        defer { db.remove() }
        let ann = try db.entity("Ann Roe", .person)
        let bo = try db.entity("Bo Lind", .person)
        var ids: [String: Int64] = [:]
        for (i, (label, time)) in times.enumerated() {
            let text = "Ann Roe met Bo Lind, report \(i)."
            let article = try db.article(text, source: "window-\(i).txt", published: "2030-06-15")
            let sentence = try db.sentence(text, in: article)
            ids[label] = try db.event(.meet, trigger: "met", in: sentence,
                                      participants: [(ann, .agent), (bo, .participant)], time: time)
        }
        try body(try db.knowledgeBase(), ids)
    }

    /// What the window holds by the plain definition: the times overlap.
    static func expected(_ ids: [String: Int64], from: String?, to: String?) -> Set<Int64> {
        Set(times.compactMap { label, time in
            if let from, time.end < from { return nil }
            if let to, time.start > to { return nil }
            return ids[label]
        })
    }

    static let windows: [(String?, String?)] = [
        ("2030-06-01", "2030-06-30"), ("2030-06-05", nil), ("2030-06-04", "2030-06-04"), ("2030-06", "2030-06"),
        ("2030", "2030"), ("2029-12-31", "2030-01-01"), ("2031-02-01", nil), ("2025", "2025"), ("2030-05-21", "2030-06-11"),
    ]

    @Test(arguments: [false, true])
    func bothHalvesTogetherAreTheOverlappingMeetings(eachMention: Bool) throws {
        try Self.withMeetings { kb, ids in
            for (from, to) in Self.windows {
                let filter = EventFilter(from: try from.map { try DateRange(iso: $0) }, to: try to.map { try DateRange(iso: $0) },
                                         eachMention: eachMention)
                let range = (try from.map { try DateRange(iso: $0) }, try to.map { try DateRange(iso: $0) })
                let got = Set(try kb.meetings(filter).ids)
                #expect(got == Self.expected(ids, from: range.0?.start, to: range.1?.end), "\(from ?? "-") … \(to ?? "-")")
            }
        }
    }

    @Test func theLongMeetingsComeFromTheirOwnIndex() throws {
        try Self.withMeetings { kb, ids in
            let june = EventFilter(from: try DateRange(iso: "2030-06-04"), to: try DateRange(iso: "2030-06-30"))
            let (sql, bindings) = EventQuery.meetingsStatement(for: june)
            let plan = try kb.queryPlan(sql, bindings).joined(separator: "\n")
            #expect(plan.contains("events_type_time (type=? AND time_start>? AND time_start<?)"), "\(plan)")
            #expect(plan.contains("events_type_long_time"), "\(plan)")
            // Ended before the window: the day in May, the month to 3 June, the decade. The 40-day
            // time began on the first day of the short half's range, the 41-day one the day
            // before it, and is found through the long half.
            let got = Set(try kb.meetings(june).ids)
            #expect(got == Set(["a day in June", "exactly 40 days", "41 days", "the whole year"].map { ids[$0]! }))
        }
    }

    @Test func aDatabaseBeforeTheIndexGetsTheSameAnswer() throws {
        try Self.withMeetings(schemaFiles: 10) { kb, ids in
            for (from, to) in Self.windows {
                let filter = EventFilter(from: try from.map { try DateRange(iso: $0) }, to: try to.map { try DateRange(iso: $0) })
                let got = Set(try kb.meetings(filter).ids)
                #expect(got == Self.expected(ids, from: try from.map { try DateRange(iso: $0).start },
                                             to: try to.map { try DateRange(iso: $0).end }))
            }
        }
    }
}
