import Testing
import EventModel
@testable import Ingest

/// "In talks in Oslo last month, Ann Roe and Ivo Berg agreed ...", "At a meeting with Ivo Berg,
/// Ann Roe said ...": `in` and `at` open a fronted talks phrase as `during` and `after` do, so
/// the talks take the main clause's subjects, with the phrase's place and time. Invented
/// names and sentences only.
@Suite struct FrontedInAtTalksTests {
    private let date = CalendarDate(year: 2017, month: 11, day: 6)

    @Test func inTalksWithPlaceAndTimeBeforeTwoNamedSubjects() {
        let x = Extracted("In a second round of trade talks in Oslo last month, Vice President Ann Roe and Deputy Prime Minister Ivo Berg failed to agree.", date: date)
        let talks = x.meetingEvents
        #expect(talks.count == 1)
        #expect(talks.first.map { Set(x.names($0)) } == ["Ann Roe", "Ivo Berg"])
        #expect(talks.first.flatMap { x.location($0) } == "Oslo")
        #expect(talks.first?.time?.value == "2017-10", "\(String(describing: talks.first?.time))")
    }

    @Test func atAMeetingWithACounterpartBeforeTheSpeaker() {
        let x = Extracted("At a meeting with Ivo Berg in Oslo, Ann Roe said little.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
    }

    // Near misses: a place phrase with no talks noun, and talks whose main clause has no named subject.
    @Test func inAPlaceIsNoTalks() {
        let x = Extracted("In Oslo last month, Ann Roe and Ivo Berg agreed on a deal.", date: date)
        #expect(x.meetingEvents.isEmpty, "\(x.meetingParties)")
    }

    @Test func inTalksBeforeAnUnnamedSubjectStaysWithoutParties() {
        let x = Extracted("In talks in Oslo last month, the two sides failed to agree.", date: date)
        #expect(!x.meetingParties.contains { $0.contains("Oslo") }, "\(x.meetingParties)")
    }
}

/// The fronted talks' two subjects may carry an apposition before their verb.
@Suite struct FrontedTalksApposedSubjectTests {
    @Test func secondSubjectWithARelativeClause() {
        let x = Extracted("In talks in Oslo last month, Vice President Ann Roe and Finance Minister Ivo Berg, who doubles as deputy premier, failed to agree.",
                          date: CalendarDate(year: 2017, month: 11, day: 6))
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first.flatMap { x.location($0) } == "Oslo")
    }
}
