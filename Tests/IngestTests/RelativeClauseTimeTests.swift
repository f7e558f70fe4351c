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

/// A place inside what a later verb of the sentence reports or predicts is not the meeting's.
/// Invented names and sentences only.
@Suite struct ReportedContentMeetingPlaceTests {
    private func meetingPlace(_ text: String) -> String? {
        let x = Extracted(text, date: CalendarDate(year: 2005, month: 1, day: 10))
        return x.meetingEvents.first.flatMap { x.location($0) }
    }

    @Test func aPlaceInWhatTheyLaterSaidIsNotTheTalks() {
        #expect(meetingPlace("Chile and Bolivia agreed to begin talks on water rights and also said they planned to reopen their consulates in Arica.") == nil)
    }

    // Near misses: the meeting's own place, before the speech verb.
    @Test func theTalksOwnPlaceStays() {
        #expect(meetingPlace("Chile held talks with Bolivia in Geneva, officials said on Monday.") == "Geneva")
    }
}
