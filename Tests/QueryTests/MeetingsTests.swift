import EventModel
import Query
import Testing

@Suite("meetings")
struct MeetingsTests {
    @Test func defaultListsAssertedAndPlannedMeetingTypesByDateThenUndated() throws {
        try withWorld { (kb, w) throws in
            let ids = try kb.meetings().ids
            #expect(ids == [w.iraqVisit, w.airportMeeting, w.plannedMeeting, w.hostileMeeting, w.rabatMeeting,
                            w.undatedHosting, w.aliTalks])
            #expect(!ids.contains(w.deniedMeeting))
            #expect(!ids.contains(w.strike))
        }
    }

    @Test func eventObjectCarriesEverything() throws {
        try withWorld { (kb, w) throws in
            let m = try #require(try kb.meetings(EventFilter(who: "qaani")).first { $0.id == w.airportMeeting })
            #expect(m.type == "meet" && m.cameo == "040" && m.modality == "asserted" && m.trigger == "met")
            #expect(m.participants.map(\.entity.name) == ["Esmail Qaani", "Kataib Hezbollah"])
            #expect(m.participants.map(\.role) == ["agent", "participant"])
            #expect(m.location?.name == "Baghdad Airport")
            #expect(m.date?.value == "2024-01" && m.date?.mod == "END" && m.date?.text == "late January")
            #expect(m.date?.start.description == "2024-01-21" && m.date?.end.description == "2024-01-31")
            #expect(m.article.date == "2024-02-18" && m.article.source == "fixture-one.txt")
            #expect(m.article.title == "Quds Force chief in Baghdad")
            let scalars = Array(World.firstText.unicodeScalars)
            var slice = ""
            slice.unicodeScalars.append(contentsOf: scalars[m.evidence.start..<m.evidence.end])
            #expect(slice == m.evidence.sentence)
            #expect(m.evidence.sentence.hasPrefix("Esmail Qaani met"))
        }
    }

    @Test(arguments: ["qaani", "Qaani", "QAANI", "Esmail Qaani", "esmail  qaani", "Esmail-Qaani"])
    func whoMatchesAnyAliasIgnoringCase(name: String) throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.meetings(EventFilter(who: name)).ids == [w.iraqVisit, w.airportMeeting])
        }
    }

    @Test(arguments: ["Moratinos", "moratinos", "Moratinós", "MORATINÓS", "miguel moratinos"])
    func whoIgnoresAccents(name: String) throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.meetings(EventFilter(who: name)).ids == [w.plannedMeeting, w.rabatMeeting])
        }
    }

    @Test func modality() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.meetings(EventFilter(modalities: ["negated"], who: "qaani")).ids == [w.deniedMeeting])
            #expect(try kb.meetings(EventFilter(modalities: ["planned"])).ids == [w.plannedMeeting])
            let all = try kb.meetings(EventFilter(modalities: Modality.allCases.map(\.rawValue), who: "qaani")).ids
            #expect(all == [w.iraqVisit, w.airportMeeting, w.deniedMeeting])
        }
    }

    @Test func withNeedsAnotherParticipant() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.meetings(EventFilter(who: "qaani", with: "kataib hezbollah")).ids == [w.airportMeeting])
            #expect(try kb.meetings(EventFilter(who: "kataib hezbollah", with: "qaani")).ids == [w.airportMeeting])
            #expect(try kb.meetings(EventFilter(who: "qaani", with: "qaani")).ids == [])
            #expect(try kb.meetings(EventFilter(with: "Bennani")).ids == [w.rabatMeeting, w.undatedHosting])
            #expect(try kb.meetings(EventFilter(who: "qaani", with: "bennani")).ids == [])
        }
    }

    @Test func whereMatchesLocationPlacesInsideItAndVisitedPlaces() throws {
        try withWorld { (kb, w) throws in
            // Baghdad Airport contains the word and lies in Baghdad.
            #expect(try kb.meetings(EventFilter(place: "baghdad")).ids == [w.airportMeeting])
            // Iraq: visited (a participant of the visit), and the airport lies in Baghdad, in Iraq.
            #expect(try kb.meetings(EventFilter(place: "iraq")).ids == [w.iraqVisit, w.airportMeeting])
            #expect(try kb.meetings(EventFilter(place: "Lisbon")).ids == [w.plannedMeeting])
            #expect(try kb.meetings(EventFilter(place: "rabat")).ids == [w.hostileMeeting, w.rabatMeeting])
            #expect(try kb.meetings(EventFilter(place: "Atlantis")).ids == [])
        }
    }

    @Test func dateFiltersCompareIntervals() throws {
        try withWorld { (kb, w) throws in
            func who(_ from: String?, _ to: String?) throws -> [Int64] {
                try kb.meetings(EventFilter(who: "qaani", from: from.map { try DateRange(iso: $0) },
                                            to: to.map { try DateRange(iso: $0) })).ids
            }
            // 2024-01 END covers 2024-01-21..31: it overlaps a range starting on the 25th.
            #expect(try who("2024-01-25", nil) == [w.iraqVisit, w.airportMeeting])
            #expect(try who("2024-02-01", nil) == [])
            #expect(try who(nil, "2024-01-31") == [w.iraqVisit, w.airportMeeting])
            #expect(try who(nil, "2024-01-20") == [w.iraqVisit])
            #expect(try who("2024-01", "2024-01") == [w.iraqVisit, w.airportMeeting])
            #expect(try who("2023", "2023") == [])
            // A date filter drops undated events.
            let dated = try kb.meetings(EventFilter(from: try DateRange(iso: "2000"))).ids
            #expect(!dated.contains(w.undatedHosting) && !dated.contains(w.aliTalks))
            #expect(dated == [w.iraqVisit, w.airportMeeting, w.plannedMeeting, w.hostileMeeting, w.rabatMeeting])
        }
    }

    @Test func unknownNamesAnswerEmpty() throws {
        try withWorld { (kb, _) throws in
            #expect(try kb.meetings(EventFilter(who: "nobody-by-this-name")).isEmpty)
            #expect(try kb.meetings(EventFilter(who: "")).isEmpty)
            #expect(try kb.meetings(EventFilter(who: "   ")).isEmpty)
        }
    }

    @Test func aNameSeveralEntitiesFitMatchesThemAll() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.meetings(EventFilter(who: "ali")).ids == [w.aliTalks])
            #expect(try kb.meetings(EventFilter(who: "ali", with: "ali reza")).ids == [w.aliTalks])
        }
    }
}
