import Testing
import EventModel
@testable import Ingest

/// A body's people stand for the body (the dev convention's "Sky executives" -> sky), also when
/// the body is owned through a description or `its`, and a news outlet's executives are met on
/// business, not in an interview (EventFinder.makeGroup, MeetingLookalikes.staffNamed).
@Suite struct BodyStaffTests {
    @Test(arguments: [
        "The Norvex Council complained to a watchdog. The group's members met with Tarco Bank executives on Tuesday.",
        "Norvex Motors cut jobs. The carmaker's executives held talks with Tarco Bank on Tuesday.",
        "The Norvex Council complained. Its members met with Tarco Bank executives on Tuesday.",
    ])
    func ownedStaffAreTheirBody(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        let parties = x.meetingParties
        #expect(parties.count == 1 && parties[0].contains("Tarco Bank") && parties[0].contains { $0.hasPrefix("Norvex") }, "\(parties)")
    }

    @Test(arguments: ["Ann Roe met with Sky executives on Tuesday.", "Ann Roe met the BBC's bosses on Tuesday."])
    func outletExecutivesAreMet(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.count == 1, "\(x.meetingParties)")
    }

    /// The outlet itself as the only counterpart is still an interview.
    @Test func outletAloneIsAnInterview() {
        let x = Extracted(" date 2025-03-10\nAnn Roe met with the Daily Courier on Tuesday.")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }
}
