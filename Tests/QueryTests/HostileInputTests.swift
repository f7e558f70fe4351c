import Query
import Testing

@Suite("hostile names are data")
struct HostileInputTests {
    @Test(arguments: ["'", "%", "_", "\\", "%%", "juice%co", "juice_co%", "\"", "' OR 1=1 --", "\u{0}", "\u{7}"])
    func patternsAndQuotesMatchNothing(name: String) throws {
        try withWorld { (kb, _) throws in
            #expect(try kb.meetings(EventFilter(who: name)).isEmpty, "who \(name.debugDescription)")
            #expect(try kb.events(EventFilter(place: name)).isEmpty)
            #expect(try kb.entities(name: name).isEmpty)
            #expect(try kb.relations(entity: name).isEmpty)
        }
    }

    @Test func namesWithSpecialCharactersStillMatchThemselves() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.meetings(EventFilter(who: "O'Brien")).ids == [w.hostileMeeting])
            #expect(try kb.meetings(EventFilter(who: "o’brien")).ids == [w.hostileMeeting])
            #expect(try kb.meetings(EventFilter(who: "100%")).ids == [w.hostileMeeting])
            #expect(try kb.meetings(EventFilter(who: "juice_co")).ids == [w.hostileMeeting])
            #expect(try kb.meetings(EventFilter(who: "\"; DROP TABLE events; --")).ids == [w.hostileMeeting])
            #expect(try kb.events(EventFilter(who: "Bell\u{7}Man")).count == 1)
            // The tables are still there.
            #expect(try kb.counts().events == 11)
        }
    }
}
