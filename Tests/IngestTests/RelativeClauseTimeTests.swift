import Testing
import EventModel
@testable import Ingest

/// A time inside a relative clause after a meeting's trigger dates the noun the clause follows,
/// unless that noun is the meeting itself. Invented names and sentences only.
@Suite struct RelativeClauseTimeTests {
    private let monday = CalendarDate(year: 2005, month: 1, day: 10)

    private func meetingTime(_ text: String) -> String? {
        Extracted(text, date: monday).meetingEvents.first?.time?.value
    }

    @Test func aClauseOnTheContractDatesTheContract() {
        #expect(meetingTime("Tomas Vell is in talks with Brentwell over extending his contract which expires in 2007.") == nil)
    }

    @Test func aClauseOnThePersonMetDatesThePerson() {
        #expect(meetingTime("Tomas Vell met Ann Roe, who resigned in 2003.") == nil)
    }

    // Near misses: the clause is about the meeting, or the time is the meeting's own.
    @Test func aClauseOnTheSummitDatesTheSummit() {
        #expect(meetingTime("Tomas Vell met Ann Roe at a summit which took place in March.") == "2004-03")
    }

    @Test func aTimeBeforeTheClauseStillDatesTheMeeting() {
        #expect(meetingTime("Tomas Vell met Ann Roe on Friday, who resigned in 2003.") == "2005-01-07")
    }
}
