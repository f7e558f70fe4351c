import Testing
import EventModel
@testable import Ingest

/// A dated wire story's lead names its day ("said on Monday"); a meeting told later in the story
/// in the past, with no time of its own and nothing timing it otherwise, happened that day.
/// Invented names and sentences only.
@Suite struct LeadDayTests {
    private let tuesday = CalendarDate(year: 2017, month: 11, day: 7)

    private func meetingTime(_ text: String) -> String? {
        Extracted(text, date: tuesday).meetingEvents.first?.time?.value
    }

    private let lead = "LIMA (Reuters) - Ann Roe said on Monday that Norland would act. Sudmark has fired two missiles. "

    @Test func aSummitAfterWhichTheLeadSpeaksIsOnTheLeadsDay() {
        #expect(meetingTime(lead + "Roe, speaking after a summit with Tom Obi, repeated her warning.") == "2017-11-06")
    }

    @Test func aMeetingToldInThePastIsOnTheLeadsDay() {
        #expect(meetingTime(lead + "Ivo Berg met Tom Obi in Lima.") == "2017-11-06")
    }

    // Near misses: other times, perfect and habitual meetings, a lead with no day of this week.
    @Test func aPerfectOrHabitualMeetingTakesNoDay() {
        #expect(meetingTime(lead + "Ivo Berg has met Tom Obi in Lima.") == nil)
        #expect(meetingTime(lead + "Ivo Berg had met Tom Obi twice before.") == nil)
        #expect(meetingTime(lead + "The vote comes one day after Ivo Berg met Tom Obi.") == nil)
    }

    @Test func aLeadOfAnotherWeekGivesNoDay() {
        let old = "LIMA (Reuters) - Ann Roe said on March 3, 2015 that Norland would act. Sudmark has fired two missiles. "
        #expect(meetingTime(old + "Ivo Berg met Tom Obi in Lima.") == nil)
    }

    @Test func aMeetingFarIntoTheStoryStillTakesTheLeadsDay() {
        let filler = String(repeating: "The markets were calm. ", count: 14)
        #expect(meetingTime(lead + filler + "Ivo Berg met Tom Obi in Lima.") == "2017-11-06")
    }

    @Test func anotherStrandsTimeDatesOnlyItsOwnPassage() {
        let strand = "In talks in Quito last month, Eva Lind and Hans Vogel failed to agree. The markets were calm. The markets were calm. "
        let x = Extracted(lead + strand + "Ivo Berg met Tom Obi in Lima.", date: tuesday)
        #expect(x.meetingEvents.first { Set(x.names($0)) == ["Ivo Berg", "Tom Obi"] }?.time?.value == "2017-11-06")
    }

    // Near misses: right after another time the passage is that time's; a process that ended that day.
    @Test func aMeetingRightAfterAnotherTimeTakesNoDay() {
        let strand = "In talks in Quito last month, Eva Lind and Hans Vogel failed to agree. "
        let x = Extracted(lead + strand + "Ivo Berg met Tom Obi in Lima.", date: tuesday)
        #expect(x.meetingEvents.first { Set(x.names($0)) == ["Ivo Berg", "Tom Obi"] }?.time == nil)
    }

    @Test func negotiationsThatEndedThatDayTakeNoDay() {
        let x = Extracted(lead + "The hostages were freed after negotiations between Ivo Berg and Tom Obi.", date: tuesday)
        let talks = x.meetingEvents.first { Set(x.names($0)) == ["Ivo Berg", "Tom Obi"] }
        #expect(talks != nil)
        #expect(talks?.time == nil)
        // (The same shape with talks of one sitting is the day's: "speaking after a summit with".)
    }
}
