import Testing
import EventModel
@testable import Ingest

/// "X discussed the budget with Y in Lima": the subject matter is the object, the other party
/// follows `with`; only a discussion the clause places is a meeting (session 24: the conventions
/// leave out "discussed" not described as talks). Invented names and sentences only.
@Suite struct DiscussedWithTests {
    private let date = CalendarDate(year: 2005, month: 3, day: 10)

    @Test func discussedATopicWithAPersonSomewhere() {
        let x = Extracted("Finance Minister Ann Roe said she discussed the budget with Prime Minister Tom Obi in Lima on Monday.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first?.time?.value == "2005-03-07")
    }

    @Test func aDiscussionWithNoPlaceIsNoMeeting() {
        let x = Extracted("Finance Minister Ann Roe said she had discussed the claims with Prime Minister Tom Obi on Monday.", date: date)
        #expect(x.meetingEvents.isEmpty, "\(x.meetingParties)")
    }

    @Test func theSpeakersPlaceIsNotTheDiscussions() {
        let x = Extracted("Speaking in Lima, Foreign Minister Ann Roe said Peru was discussing the crisis with Tom Obi.", date: date)
        #expect(!x.meetingEvents.contains { $0.trigger.hasPrefix("discuss") }, "\(x.meetingParties)")
    }

    @Test func aListedTopicAndAFrontedPlace() {
        let x = Extracted("Last week in Madrid, President Ivo Berg discussed the debt and other issues with King Hans Vogel.", date: date)
        #expect(x.meetingParties == [["Ivo Berg", "Hans Vogel"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.map(x.location) == ["Madrid"])
    }

    @Test func aPlaceInsideTheTopicIsNotWhere() {
        let x = Extracted("Eva Lind discussed the war in Iraq with Lars Berg at a hotel in Oslo.", date: date)
        #expect(x.meetingParties == [["Eva Lind", "Lars Berg"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first.map(x.location) != "Iraq")
    }

    @Test func planned() {
        let x = Extracted("Eva Lind will discuss trade with Hans Vogel in Oslo next week.", date: date)
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
