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

/// "photos of X meeting with Y": the picture shows the meeting. Invented names.
@Suite struct PicturedMeetingTests {
    @Test func photosOfOnePersonMeetingAnother() {
        let x = Extracted("The Lima Courier published new photos of Ann Roe meeting with army Cmdr. Tomas Vell.")
        #expect(x.meetingParties == [["Ann Roe", "Tomas Vell"]])
    }

    // Near miss: a picture of someone near the word "meeting" shows no meeting.
    @Test func aPhotoOfSomeoneInAMeetingRoomIsNoMeeting() {
        #expect(Extracted("A photo of Ann Roe hangs in the hall of the meeting room.").meetingEvents.isEmpty)
    }
}

/// The agent after `by` belongs to its own verb and its own head. Invented names.
@Suite struct PassiveAgentScopeTests {
    @Test func aPassiveAgentIsNotTheSubjectOfTheNextVerb() {
        let x = Extracted("The tanker was chartered by Lumacorp and previously visited Norland's Port Alva on Oct. 11.")
        #expect(!x.meetingEvents.contains { x.names($0).contains("Lumacorp") })
    }

    @Test func aPlaceBeforeAHostingIsWhereNotTheGuest() {
        let x = Extracted("The paper told of a lavish party in Quito hosted by Ann Roe.")
        #expect(!x.meetingEvents.contains { x.names($0).contains("Quito") })
    }

    @Test func anUnnamedRelativeIsNotThePossessor() {
        let x = Extracted("Tom Vell was hosted in Quito by Ann Roe's son-in-law.")
        #expect(!x.meetingEvents.contains { x.names($0).contains("Ann Roe") })
    }

    // Near miss: a plain passive keeps its agent and guest.
    @Test func aPlainPassiveHostingKeepsBoth() {
        let x = Extracted("Ann Roe was hosted by Tom Vell in Lima.")
        #expect(x.meetingParties == [["Tom Vell", "Ann Roe"]])
    }
}
