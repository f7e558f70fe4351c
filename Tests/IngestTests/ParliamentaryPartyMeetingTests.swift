import Testing
import EventModel
@testable import Ingest

/// A parliamentary party's own meeting, which its leader addresses, is no meeting between parties.
/// Invented sentences.
@Suite struct ParliamentaryPartyMeetingTests {
    @Test func theLeaderAtHisPartysMeetingIsNoMeeting() {
        let x = Extracted("Ann Roe told the Parliamentary Reform Party on Monday that nothing would stand in the way. She arrived at the start of the meeting which lasted an hour.")
        #expect(x.meetingEvents.isEmpty)
    }

    // Near miss: another body's meeting the speaker attended still counts.
    @Test func aTradeBodysMeetingStillCounts() {
        let x = Extracted("Ann Roe told the Norland Trade Association on Monday that nothing would stand in the way. She arrived at the start of the meeting which lasted an hour.")
        #expect(x.meetingParties == [["Ann Roe", "Norland Trade Association"]])
    }
}
