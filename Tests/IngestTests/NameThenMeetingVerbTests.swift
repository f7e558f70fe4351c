import Testing
import EventModel
@testable import Ingest

/// "Meeting" right after a person's name is the verb when the name opens a caption or is what a
/// verb of seeing shows; after a determiner or for no person it stays a compound noun.
/// Invented names and sentences only.
@Suite struct NameThenMeetingVerbTests {
    @Test func picturesShowTwoPeopleMeeting() {
        let x = Extracted("Pictures in the Lima Courier appear to show Ann Roe and Tomas Vell meeting at the palace.")
        #expect(x.meetingParties == [["Ann Roe", "Tomas Vell"]])
    }

    @Test func footageShowsOnePersonMeetingAnother() {
        let x = Extracted("Footage showed Ann Roe meeting Tomas Vell in Quito.")
        #expect(x.meetingParties == [["Ann Roe", "Tomas Vell"]])
        #expect(x.meetingEvents.first.flatMap { x.location($0) } == "Quito")
    }

    @Test func aCaptionOpensWithTheName() {
        let x = Extracted("Ann Roe meeting Tomas Vell in Quito on Monday.", date: CalendarDate(year: 2025, month: 3, day: 5))
        #expect(x.meetingParties == [["Ann Roe", "Tomas Vell"]])
        #expect(x.meetingEvents.first?.time?.value == "2025-03-03")
    }

    // Near misses: the compound noun.
    @Test func aDeterminerBeforeTheNameKeepsTheNoun() {
        #expect(Extracted("Tomas Vell left the Roe meeting early.").meetingEvents.isEmpty)
    }

    @Test func aBodyBeforeMeetingIsItsOwnMeeting() {
        #expect(Extracted("After a Cabinet meeting Ann Roe spoke to reporters.").meetingEvents.isEmpty)
    }
}
