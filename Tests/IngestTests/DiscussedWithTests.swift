import Testing
import EventModel
@testable import Ingest

/// "X discussed the budget with Y": the subject matter is the object, the other party follows
/// `with`. Invented names and sentences only.
@Suite struct DiscussedWithTests {
    private let date = CalendarDate(year: 2005, month: 3, day: 10)

    @Test func discussedATopicWithAPerson() {
        let x = Extracted("Finance Minister Ann Roe said she discussed the budget with Prime Minister Tom Obi on Monday.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first?.time?.value == "2005-03-07")
    }

    @Test func aListedTopicAndAFrontedPlace() {
        let x = Extracted("Last week in Madrid, President Ivo Berg discussed the debt and other issues with King Hans Vogel.", date: date)
        #expect(x.meetingParties == [["Ivo Berg", "Hans Vogel"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.map(x.location) == ["Madrid"])
    }

    @Test func aPlaceInsideTheTopicIsNotWhere() {
        let x = Extracted("Eva Lind discussed the war in Iraq with Lars Berg.", date: date)
        #expect(x.meetingParties == [["Eva Lind", "Lars Berg"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first?.location == nil)
    }

    @Test func planned() {
        let x = Extracted("Eva Lind will discuss trade with Hans Vogel next week.", date: date)
        #expect(x.meetingEvents.first?.modality == .planned)
    }

    // Near misses.
    @Test func noWithNoMeeting() {
        let x = Extracted("The ministers met in Niamey to discuss a joint force. Ann Roe discussed the plan.", date: date)
        #expect(!x.meetingEvents.contains { $0.trigger.hasPrefix("discuss") }, "\(x.meetingEvents.map(\.trigger))")
    }

    @Test func passiveIsNoMeeting() {
        let x = Extracted("The law was not adopted at a Brussels meeting during which it was supposed to have been discussed.", date: date)
        #expect(!x.meetingEvents.contains { $0.trigger.hasPrefix("discuss") }, "\(x.meetingEvents.map(\.trigger))")
    }

    @Test func byPhoneIsNoMeeting() {
        let x = Extracted("Ann Roe discussed the plan by phone with Tom Obi. Eva Lind discussed the crisis with Hans Vogel in a phone call.", date: date)
        #expect(x.meetingEvents.isEmpty, "\(x.meetingParties)")
    }
}
