import Testing
import EventModel
@testable import Ingest

/// "arrived in Lima on Sunday and met Ivo Berg on Monday": a time before `and`, `before` or
/// `prior to` dates the verb before it; the meeting's own time after its object wins. With no
/// time of its own the meeting still takes the earlier one. Invented names and sentences only.
@Suite struct SecondVerbTimeTests {
    private let monday = CalendarDate(year: 2017, month: 11, day: 6)

    private func meetingTime(_ text: String) -> String? {
        Extracted(text, date: monday).events(.meet).first?.time?.value
    }

    @Test func andMetOnItsOwnDay() {
        #expect(meetingTime("Ann Roe arrived in Lima on Sunday and met Ivo Berg on Monday.") == "2017-11-06")
    }

    @Test func beforeMeetingOnItsOwnDay() {
        #expect(meetingTime("Ann Roe arrived in Lima on Sunday before meeting Ivo Berg on Monday.") == "2017-11-06")
    }

    // Near misses: no time of its own, and a fronted time of the whole clause.
    @Test func noOwnTimeTakesTheEarlierOne() {
        #expect(meetingTime("Ann Roe arrived on Sunday and met Ivo Berg.") == "2017-11-05")
    }

    @Test func frontedTimeDatesTheClause() {
        #expect(meetingTime("On Sunday, Ann Roe met Ivo Berg.") == "2017-11-05")
    }
}
