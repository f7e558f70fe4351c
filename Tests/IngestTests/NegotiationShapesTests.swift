import Testing
import EventModel
@testable import Ingest

/// Negotiations whose counterpart comes after the subject matter, with a company's own staff,
/// and one meeting told between bodies and between their heads. Invented names only.
@Suite struct NegotiationShapesTests {
    @Test func aSubjectMatterThenTheCounterpart() {
        let x = Extracted("When President Tom Obi took office he began to negotiate a solution to the disputes with international utilities.")
        #expect(x.meetingParties == [["Tom Obi", "international utilities"]], "\(x.meetingParties)")
    }

    @Test func aCompanyNegotiatesWithItsStaff() {
        let x = Extracted("Norvex Air is trying to negotiate pay cuts with flight and baggage staff.")
        #expect(x.meetingParties == [["Norvex Air", "staff"]], "\(x.meetingParties)")
    }

    @Test func bodiesAndTheirHeadsAreOneMeeting() {
        let x = Extracted("""
            Norvex Exchange met the Arden Stock Exchange on Monday. \
            Norvex Exchange chief Tom Obi held talks with Arden Stock Exchange boss Ann Roe.
            """)
        #expect(x.meetingParties == [["Norvex Exchange", "Arden Stock Exchange", "Tom Obi", "Ann Roe"]], "\(x.meetingParties)")
    }

    // Near misses.
    @Test func aTeamMeetingWithTeammatesStaysInternal() {
        let x = Extracted("The captain Ann Roe called a meeting with her teammates.")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }

    @Test func headsMeetingSomeoneElseStayApart() {
        let x = Extracted("""
            Norvex Exchange met the Arden Stock Exchange on Monday. \
            Norvex Exchange chief Tom Obi later held talks with Eva Lind.
            """)
        #expect(x.meetingParties.count == 2, "\(x.meetingParties)")
    }
}
