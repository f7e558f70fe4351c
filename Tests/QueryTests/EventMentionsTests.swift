import EventModel
import Query
import SQLite
import Testing

/// Per-event answers and `--mentions`: the Rabat meeting of the fixture world is reported again
/// by a second and a third article (one naming an extra party), grouped into one real event.
@Suite("real events and their reports")
struct EventMentionsTests {
    static func withReports(_ body: (KnowledgeBase, World, _ laterReports: [Int64]) throws -> Void) throws {
        let db = try FixtureDatabase()
        defer { db.remove() }
        let world = try World(db)
        var later: [Int64] = []
        for (published, text, extra) in [
            ("2025-03-06", "date 2025-03-06 Karim Bennani received Miguel Moratinos in Rabat on Monday.", nil as String?),
            ("2025-03-05", "date 2025-03-05 Moratinos and Bennani met Nadia Alaoui in Rabat.", "Nadia Alaoui"),
        ] {
            let article = try db.article(text, source: "report-\(published).txt", published: published)
            let sentence = try db.sentence(String(text.dropFirst(16)), in: article)
            var parties: [(Int64, Role)] = [(world.moratinos, .agent), (world.bennani, .participant)]
            if let extra { parties.append((try db.entity(extra, .person), .participant)) }
            let id = try db.event(.meet, trigger: extra == nil ? "received" : "met", in: sentence, participants: parties,
                                  location: world.rabat,
                                  time: .init(value: "2025-03-03", text: "Monday", start: "2025-03-03", end: "2025-03-03"))
            try db.connection.run("UPDATE events SET cluster_id = ? WHERE id = ?", world.rabatMeeting, id)
            later.append(id)
        }
        try body(try db.knowledgeBase(), world, later)
    }

    @Test func meetingsListOneRowPerRealEventWithItsCounts() throws {
        try Self.withReports { (kb, world, later) throws in
            let meetings = try kb.meetings()
            #expect(meetings.ids.filter { $0 == world.rabatMeeting }.count == 1)
            #expect(!meetings.ids.contains(later[0]) && !meetings.ids.contains(later[1]))
            let rabat = try #require(meetings.first { $0.id == world.rabatMeeting })
            #expect(rabat.report == ReportCounts(eventID: world.rabatMeeting, mentions: 3, articles: 3,
                                                 firstReported: "2025-03-04", lastReported: "2025-03-06"))
            // Events of one report count as one.
            let airport = try #require(meetings.first { $0.id == world.airportMeeting })
            #expect(airport.report?.mentions == 1)
        }
    }

    @Test func mentionsListEveryReport() throws {
        try Self.withReports { (kb, world, later) throws in
            let reports = try kb.meetings(EventFilter(eachMention: true)).filter { $0.report?.eventID == world.rabatMeeting }
            #expect(Set(reports.ids) == Set([world.rabatMeeting] + later))
            #expect(try kb.reports(ofEvent: later[0]).ids == [world.rabatMeeting, later[1], later[0]])
        }
    }

    @Test func aFilterMatchingALaterReportFindsTheRealEvent() throws {
        try Self.withReports { (kb, world, later) throws in
            // Only the third report names Alaoui; the event is shown as its first report.
            #expect(try kb.meetings(EventFilter(who: "alaoui")).ids == [world.rabatMeeting])
            #expect(try kb.meetings(EventFilter(who: "alaoui", eachMention: true)).ids == [later[1]])
            #expect(try kb.timeline("Nadia Alaoui").ids == [world.rabatMeeting])
            #expect(try kb.events(EventFilter(types: ["meet"], who: "bennani")).ids.filter { $0 == world.rabatMeeting }.count == 1)
        }
    }

    @Test func entityProfileListsRealEvents() throws {
        try Self.withReports { (kb, world, later) throws in
            guard case .found(let profile) = try kb.entity(named: "Karim Bennani") else {
                Issue.record("Bennani should be found")
                return
            }
            #expect(profile.events.ids.contains(world.rabatMeeting))
            #expect(!profile.events.ids.contains(later[0]))
        }
    }

    @Test func perMentionStatementsUseIndexesToo() throws {
        try Self.withReports { (kb, _, _) throws in
            let year = try DateRange(iso: "2025")
            for filter in [EventFilter(who: "qaani", eachMention: true), EventFilter(place: "rabat", eachMention: true),
                           EventFilter(involving: "bennani", eachMention: true), EventFilter(from: year, eachMention: true),
                           EventFilter(who: "qaani"), EventFilter(from: year, to: year)] {
                let (sql, bindings) = EventQuery.statement(for: filter, meetingsOnly: true)
                #expect(QueryPlanTests.fullScans(try kb.queryPlan(sql, bindings)).isEmpty, "\(filter)")
            }
            let plan = try kb.queryPlan(EventQuery.reportsSQL, [(":id", .integer(1))])
            #expect(QueryPlanTests.fullScans(plan).isEmpty, "\(plan)")
        }
    }

    /// Before schema 8 there is no `alias_words` table: the read-only connection computes it, so
    /// a name inside an alias is still found (and a database left as it was).
    @Test func aDatabaseBeforeSchema8StillFindsNamesInsideAliases() throws {
        let db = try FixtureDatabase(schemaFiles: 7)
        defer { db.remove() }
        let hassan = try db.entity("Ali Hassan", .person, aliases: [("Hassan", "surname")])
        let port = try db.entity("Port of Tanger Authority", .organization)
        _ = try db.entity("Alibaba Holdings", .organization)
        let kb = try db.knowledgeBase()
        #expect(Set(try kb.entities(name: "ali").map(\.id)) == [hassan])
        #expect(Set(try kb.entities(name: "tanger authority").map(\.id)) == [port])
        #expect(try kb.entities(name: "tanger port").isEmpty)
        let tables = try db.connection.rows("SELECT name FROM sqlite_schema WHERE name = 'alias_words'") { $0.string(0) }
        #expect(tables.isEmpty)
    }

    @Test func aDatabaseBeforeSchema3IsTooOld() throws {
        let db = try FixtureDatabase()
        defer { db.remove() }
        try db.connection.setUserVersion(2)
        #expect(throws: QueryError.schemaTooOld(path: db.path, found: 2, needed: 3)) {
            _ = try KnowledgeBase(path: db.path, knownSchema: 3)
        }
    }
}
