import Testing
import EventModel
@testable import Ingest

/// A meeting that arranges fixtures is a meeting, not a fixture (FixtureArrangements); and
/// "is to hold membership talks" is still to come (Modality's light-verb phrase after `is to`).
/// Invented names and sentences only.
@Suite struct FixtureArrangementsTests {
    private let date = CalendarDate(year: 2005, month: 1, day: 10)

    @Test(arguments: [
        "Coach Ana Roe and league officials met delegates from Norway, Chile and Peru to arrange the fixture schedule.",
        "Coach Ana Roe met representatives from Norway and Chile on Tuesday to agree the new fixtures.",
        "Coach Ana Roe met officials of Norway and Chile to discuss the remaining matches.",
    ])
    func meetingAboutFixtures(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Ana Roe", "Norway", "Chile"]) }, "\(x.meetingParties)")
    }

    // Near misses: a fixture word that is no meeting's object keeps the meeting a contest.
    @Test(arguments: [
        "Norway met Chile in the final on Sunday.",
        "Ana Roe met Ivo Berg in a qualifying match.",
        "Norway met Chile to decide the group, and the match ended 2-0.",
    ])
    func contestsStayContests(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }

    @Test(arguments: [
        "The Trade Council is to hold membership talks with Peru.",
        "The Trade Council is to hold fresh talks with Peru.",
        "Ana Roe is to pay a visit to Peru.",
    ])
    func isToWithALightVerbIsPlanned(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(x.meetingEvents.map(\.modality) == [.planned], "\(x.meetingEvents.map(\.modality))")
    }

    /// "are next meeting": the next time they meet is ahead (session 21).
    @Test func nextMeetingIsPlanned() {
        let x = Extracted("Ana Roe is next meeting Ivo Berg in Lima.")
        #expect(x.meetingEvents.map(\.modality) == [.planned], "\(x.meetingEvents.map(\.modality))")
    }

    @Test func pastLightVerbIsAsserted() {
        let x = Extracted("The Trade Council held membership talks with Peru.", date: date)
        #expect(x.meetingEvents.map(\.modality) == [.asserted], "\(x.meetingEvents.map(\.modality))")
    }
}
