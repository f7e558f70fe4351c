import Testing
import EventModel
@testable import Ingest

/// Who travels in "an increase in Britons visiting Spain": the plural before the participle, which
/// names no one, so there is no visit by anyone named further left; and "the figures" are numbers,
/// not people, unless a word says otherwise. Invented sentences.
@Suite struct GenericTravellersTests {
    @Test func aNationalitysPluralBeforeTheParticipleIsTheTraveller() {
        let x = Extracted("Ann Roe noted a rise in Britons visiting Spain.")
        #expect(x.meetingEvents.isEmpty)
    }

    @Test func theFiguresAreNumbers() {
        let x = Extracted("The survey was published on Monday. It found that the figures had been boosted by budget airlines, and the figures travelled to Paris.")
        #expect(x.entity("figures") == nil)
    }

    // Near misses: a named traveller in apposition, a group of people, and figures who are people.
    @Test func aNamedTravellerStays() {
        let x = Extracted("Ann Roe, visiting Paris, met Tom Obi.")
        #expect(x.meetingParties.contains(["Ann Roe", "Tom Obi"]))
    }

    @Test func seniorFiguresArePeople() {
        let x = Extracted("Senior union figures met Ann Roe in Leeds on Monday.")
        #expect(x.meetingParties == [["union figures", "Ann Roe"]] || x.meetingParties == [["Senior union figures", "Ann Roe"]])
    }
}
