import Testing
import EventModel
@testable import Ingest

/// Workers named with their country or company stand for it, as any tied group does ("German
/// workers" -> Germany, "Norvex workers" -> Norvex); workers alone keep the noun. Invented names.
@Suite struct TiedWorkersTests {
    @Test func countrysWorkersAreTheCountry() {
        let x = Extracted(" date 2025-03-10\nNorvex Motors negotiated savings with German workers on Monday.")
        #expect(x.meetingParties == [["Norvex Motors", "Germany"]], "\(x.meetingParties)")
    }

    @Test func bareWorkersKeepTheNoun() {
        let x = Extracted(" date 2025-03-10\nAnn Roe met workers in Leeds on Monday.")
        #expect(x.meetingParties == [["Ann Roe", "workers"]], "\(x.meetingParties)")
    }
}
