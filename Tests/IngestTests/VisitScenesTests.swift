import Testing
import EventModel
@testable import Ingest

/// A meeting told without a place takes the place of the party's visit told earlier in the
/// article (`VisitScenes`). Invented articles: each has a visit, other sentences, then a meeting.
@Suite struct VisitScenesTests {
    /// The place of the meeting that names both `a` and `b`.
    private func place(_ text: String, date: CalendarDate? = nil, _ a: String, _ b: String) -> String?? {
        let x = Extracted(text, date: date)
        guard let e = x.doc.events.first(where: { $0.type.isMeeting && $0.type != .visit && Set(x.names($0)).isSuperset(of: [a, b]) }) else {
            Issue.record("no meeting of \(a) and \(b) in: \(text) \(x.doc.events.map { ($0.type, x.names($0)) })")
            return nil
        }
        return .some(x.location(e))
    }

    @Test(arguments: [
        "The Chilean president's visit to Lyon was marked by protests. Police closed two streets near the station. "
            + "President Ana Lunde held talks with Marc Devaux on Monday.",
        "Ana Lunde arrived in Lyon on a three-day visit. Hundreds of supporters waited at the airport. "
            + "Local traders hoped for new contracts. Ana Lunde met Marc Devaux at lunchtime.",
        "Ana Lunde is visiting Lyon this week. The trip is her first abroad since the election. Ana Lunde later held talks with Marc Devaux.",
    ])
    func meetingOnTheVisitTakesItsPlace(_ text: String) {
        #expect(place(text, "Ana Lunde", "Marc Devaux") == .some("Lyon"))
    }

    /// Dated articles: the meeting within the fortnight after the visit takes its place.
    @Test func datedMeetingDuringTheVisit() {
        let text = "Ana Lunde arrived in Lyon on Sunday. Officials said the trip would focus on trade. "
            + "Ana Lunde met Marc Devaux on Tuesday."
        #expect(place(text, date: CalendarDate(year: 2019, month: 5, day: 8), "Ana Lunde", "Marc Devaux") == .some("Lyon"))
    }

    @Test(arguments: [
        // A visit years before the meeting.
        "Ana Lunde visited Lyon in 2009. Much has changed since. Ana Lunde met Marc Devaux on 3 March 2019.",
        // Another placed meeting of the party comes between: the tour moved on.
        "Ana Lunde arrived in Lyon on Sunday. Ana Lunde met Sara Holm in Geneva on Monday. Ana Lunde met Marc Devaux on Tuesday.",
        // A visit made, a talk still to come: it may be elsewhere.
        "Ana Lunde was in Lyon on Thursday, visiting a vineyard. Ana Lunde is due to hold talks with Marc Devaux on Friday.",
        // The visit is someone else's.
        "Piet Ommen arrived in Lyon on Sunday. The airport was closed for an hour. Ana Lunde met Marc Devaux on Tuesday.",
        // A tour of a whole region names no one meeting's place.
        "Ana Lunde is touring South America this month. Ana Lunde held talks with Marc Devaux.",
        // The visit undated, the meeting dated long before: two times of the story.
        "Ana Lunde is visiting Lyon. A new book says Ana Lunde met Marc Devaux at a dinner in November 2003.",
    ])
    func noSceneFromAnotherTime(_ text: String) {
        #expect(place(text, date: CalendarDate(year: 2019, month: 5, day: 8), "Ana Lunde", "Marc Devaux") == .some(nil))
    }

    @Test func sameTripWindow() {
        let day = { (d: Int) in TimeValue(value: "x", text: "x", start: CalendarDate(year: 2019, month: 5, day: d), end: CalendarDate(year: 2019, month: 5, day: d)) }
        #expect(EventFinder.sameTrip(day(5), day(5)))
        #expect(EventFinder.sameTrip(day(5), day(19)))
        #expect(!EventFinder.sameTrip(day(5), day(20)))
        #expect(!EventFinder.sameTrip(day(5), day(4)))
        #expect(EventFinder.sameTrip(nil, nil))
        #expect(!EventFinder.sameTrip(day(5), nil))
        #expect(!EventFinder.sameTrip(nil, day(5)))
    }
}
