import EventModel
import Query
import Testing

@Suite("events and timeline")
struct EventsTests {
    @Test func allEventsEveryModalityByDateThenId() throws {
        try withWorld { (kb, w) throws in
            let ids = try kb.events().ids
            #expect(ids.count == 11)
            #expect(ids.first == w.strike)
            #expect(ids.contains(w.deniedMeeting) && ids.contains(w.warning))
            // undated last, by id
            #expect(Array(ids.suffix(3)) == [w.undatedHosting, w.aliTalks, ids.last!])
        }
    }

    @Test func typeFilter() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.events(EventFilter(types: ["kill"])).ids == [w.strike])
            #expect(try kb.events(EventFilter(types: ["visit", "warn"])).ids == [w.iraqVisit, w.warning])
            #expect(try kb.events(EventFilter(types: ["arrest"])).isEmpty)
        }
    }

    @Test func actorFilterAnyRole() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.events(EventFilter(who: "US")).ids == [w.strike])
            #expect(try kb.events(EventFilter(who: "soleimani")).ids == [w.strike])
            #expect(try kb.events(EventFilter(who: "qaani")).ids == [w.iraqVisit, w.airportMeeting, w.deniedMeeting, w.warning])
        }
    }

    @Test func whereAndDates() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.events(EventFilter(place: "baghdad")).ids == [w.strike, w.airportMeeting])
            #expect(try kb.events(EventFilter(place: "baghdad", from: try DateRange(iso: "2021"))).ids == [w.airportMeeting])
            #expect(try kb.events(EventFilter(to: try DateRange(iso: "2020-12"))).ids == [w.strike])
        }
    }

    @Test func timelineOldestFirstUndatedLast() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.timeline("Qaani").ids == [w.iraqVisit, w.airportMeeting, w.deniedMeeting, w.warning])
            #expect(try kb.timeline("bennani").ids == [w.rabatMeeting, w.undatedHosting])
            // A place's timeline: what happened there.
            #expect(try kb.timeline("Rabat").ids == [w.hostileMeeting, w.rabatMeeting])
            #expect(try kb.timeline("nobody").isEmpty)
        }
    }

    @Test func dateRangeParsing() throws {
        let year = try DateRange(iso: "2024")
        #expect(year.start == "2024-01-01" && year.end == "2024-12-31")
        let month = try DateRange(iso: "2024-02")
        #expect(month.start == "2024-02-01" && month.end == "2024-02-29")
        let day = try DateRange(iso: "2023-11-05")
        #expect(day.start == "2023-11-05" && day.end == "2023-11-05")
        for bad in ["", "24", "2024-1", "2024-13", "2023-02-29", "2024-02-30", "abcd", "2024/01", "2024-01-01x", "２０２４"] {
            #expect(throws: QueryError.invalidDate(bad)) { try DateRange(iso: bad) }
        }
    }
}
