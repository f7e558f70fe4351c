import Testing
import EventModel
@testable import Ingest

/// "a meeting of X and Y", "a meeting of the foreign ministers of X and Y", "a meeting of ... both
/// countries", and "both men met": the parties after `of`, and "both" + a plural as a pair.
/// Invented names; real country names.
@Suite struct MeetingOfPartiesTests {
    @Test func aMeetingOfTwoCountries() {
        let x = Extracted("The deal came after a meeting of Peru and Chile in Lima.")
        #expect(x.meetingParties == [["Peru", "Chile"]])
        #expect(x.meetingEvents.first.flatMap { x.location($0) } == "Lima")
    }

    @Test func aMeetingOfTheirMinisters() {
        let x = Extracted("The deal came after a meeting of the foreign ministers of Peru and Chile in Lima.")
        #expect(x.meetingParties == [["Peru", "Chile"]])
    }

    @Test func aMeetingOfMinistersOfBothCountries() {
        let x = Extracted("Peru and Chile reopened a border crossing. Officials welcomed it. Traders were glad. "
            + "Farmers were too. The crossing was one of several steps agreed at a meeting of foreign ministers of both countries in Lima.")
        #expect(x.meetingParties == [["Peru", "Chile"]])
    }

    @Test func bothMenMet() {
        let x = Extracted("Ann Roe and Tom Vell spoke on Monday. Both men met in Quito on Tuesday.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Vell"]])
    }

    // Near misses: one body's own session; "both" that is no subject of the meeting.
    @Test func aMeetingOfOneBodyHasNoSecondParty() {
        let x = Extracted("Ann Roe spoke after a meeting of the Lumacorp board in Lima.")
        #expect(!x.meetingParties.contains { $0.count >= 2 && $0.contains("Lumacorp") && !$0.contains("Ann Roe") })
    }

    @Test func bothInAnotherPhraseIsNoSubject() {
        let x = Extracted("Lumacorp bought Ardent Wines. Vell Estates also bid. Shares in both companies were suspended while the two held talks.")
        #expect(!x.meetingParties.contains(["Vell Estates", "Ardent Wines"]))
    }
}

/// "touring" and "tours" with a place are visits, as "toured" is. Invented names.
@Suite struct TouringVisitTests {
    @Test func touringAPlaceIsAVisit() {
        let x = Extracted("Ann Roe, who is touring Peru this week, praised the deal.")
        let v = x.events(.visit).first
        #expect(v.map { x.names($0) } == ["Ann Roe"])
        #expect(v.flatMap { x.location($0) } == "Peru")
    }

    // Near miss: a tour that is a noun subject has no traveller.
    @Test func toursAsANounHaveNoTraveller() {
        #expect(Extracted("Tours of the Lima palace are free on Sundays.").events(.visit).isEmpty)
    }
}
