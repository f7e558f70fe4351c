import Testing
import EventModel
@testable import Ingest

/// A dinner and the discussions at it, or a meeting and the talks in it, told in nearby sentences
/// with the same time are one meeting (EventMerger); with no time, or other times, they stay two.
/// Invented names.
@Suite struct MentionsOfOneMeetingTests {
    @Test func dinnerAndItsDiscussionsAreOne() {
        let x = Extracted(" date 2025-03-10\nAnn Roe hosted a dinner for Tom Obi and Eva Lind in November 2023. Ms Roe said the discussions with Mr Obi in November 2023 were private.")
        #expect(x.meetingEvents.count == 1, "\(x.meetingParties)")
    }

    // Near misses: other months, or no time given for one of them.
    @Test(arguments: [
        "Ann Roe hosted a dinner for Tom Obi and Eva Lind in November 2023. Ms Roe held talks with Mr Obi in March 2024.",
        "Ann Roe hosted a dinner for Tom Obi and Eva Lind in November 2023. Ms Roe also held talks with Mr Obi.",
    ])
    func otherTimesStayTwo(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingEvents.count == 2, "\(x.meetingParties)")
    }
}
