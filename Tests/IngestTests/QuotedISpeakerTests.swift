import Testing
import EventModel
@testable import Ingest

/// `I` (`me`) in a quotation attributed in the sentence is the speaker named there ("\"I met Tom Obi
/// in Lima,\" Ann Roe said"), `us` the speaker's side; a body never speaks as `I`, and an
/// unattributed `I` is nobody.
/// Invented names only.
@Suite struct QuotedISpeakerTests {
    @Test func speakerAfterOrBeforeTheQuote() {
        let x = Extracted("\"I met Tom Obi in Lima on Monday,\" Ann Roe said.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        let y = Extracted("Ann Roe told reporters: \"I will hold talks with Tom Obi in Lima.\"")
        #expect(y.meetingParties == [["Ann Roe", "Tom Obi"]], "\(y.meetingParties)")
    }

    @Test func objectMeAndUs() {
        let x = Extracted("\"Tom Obi met me in Lima on Monday,\" Ann Roe said.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        let y = Extracted("\"Tom Obi will meet us next week,\" said Norvex Group chief Ann Roe.")
        #expect(y.meetingParties == [["Norvex Group", "Tom Obi"]], "\(y.meetingParties)")
    }

    @Test func noPersonNoSpeaker() {
        let x = Extracted("\"I will meet Tom Obi,\" said a statement from Norvex Group.")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
        let y = Extracted("I met Tom Obi in Lima.")
        #expect(y.meetingParties.isEmpty, "\(y.meetingParties)")
    }
}
