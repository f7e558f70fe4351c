import Testing
import EventModel
@testable import Ingest

/// An activity shared with a named person is an encounter ("played golf with Ann Roe", "took a walk
/// around the park with Ann Roe"), and the one met after "X's wife, Y" is Y. A game played with a
/// thing, or a walk taken "with pride", meets no one. Invented names only.
@Suite struct SharedActivityTests {
    @Test func golfAndWalks() {
        let x = Extracted("Tom Obi played a round of golf with Ann Roe on Sunday.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        let y = Extracted("Tom Obi took a walk around the Lima harbour with Ann Roe.")
        #expect(y.meetingParties == [["Ann Roe", "Tom Obi"]], "\(y.meetingParties)")
        let z = Extracted("Tom Obi went for a stroll with Ann Roe in Lima.")
        #expect(z.meetingParties == [["Ann Roe", "Tom Obi"]], "\(z.meetingParties)")
    }

    @Test func theRelativeNamedAfterAPossessor() {
        let x = Extracted("Ann Roe had lunch with Tom Obi's wife, Eva Lind, in Lima.")
        #expect(x.meetingParties == [["Ann Roe", "Eva Lind"]], "\(x.meetingParties)")
    }

    // Near misses.
    @Test func thingsAndMannersMeetNoOne() {
        let x = Extracted("Tom Obi played tennis with a borrowed racket. Ann Roe took the walk with pride. Eva Lind went golf with Tom Obi.")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
        let y = Extracted("Ann Roe went to see Tom Obi's new film.")
        #expect(y.meetingParties.isEmpty, "\(y.meetingParties)")
    }
}
