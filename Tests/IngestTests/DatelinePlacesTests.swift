import Testing
import EventModel
@testable import Ingest

/// A wire story's dateline ("LIMA (Reuters) -") is the place of a meeting held on the article's
/// own day that names no place of its own. Invented names only.
@Suite struct DatelinePlacesTests {
    @Test func sameDayMeetingTakesTheDateline() {
        let x = Extracted(" date 2025-03-10 Roe and Obi agree on trade\n\nLIMA (Reuters) - Ann Roe said on Monday that trade would grow.\nRoe met Tom Obi on Monday before lunch.")
        let meet = x.events(.meet)
        #expect(meet.count == 1)
        #expect(meet.first.flatMap { $0.location }.map { x.doc.entities[$0].name } == "Lima", "\(meet.map { $0.location })")
    }

    @Test func datelineWithADash() {
        let x = Extracted(" date 2025-03-10 Talks in Oslo\n\nOSLO — Ann Roe held talks with Tom Obi on Monday.")
        #expect(x.events(.negotiate).first.flatMap { $0.location }.map { x.doc.entities[$0].name } == "Oslo")
    }

    // Near misses: another day, a place of its own, no dateline, a visit.
    @Test func otherDaysPlacesAndVisitsKeepTheirOwn() {
        let x = Extracted(" date 2025-03-10 Roe and Obi\n\nLIMA (Reuters) - Ann Roe met Tom Obi last month. Roe met Eva Lind in Quito on Monday. Roe is on a tour of Asia this week.")
        let places = x.events(.meet).map { $0.location.map { x.doc.entities[$0].name } }
        #expect(places == [nil, "Quito"], "\(places)")
        #expect(x.events(.visit).allSatisfy { $0.location.map { x.doc.entities[$0].name } != "Lima" })
        let y = Extracted(" date 2025-03-10 Roe and Obi\n\nAnn Roe met Tom Obi on Monday.")
        #expect(y.events(.meet).first?.location == nil)
    }
}
