import Testing
import EventModel
@testable import Ingest

/// "President Ann Roe of Peru met ...": the country after `of` says whose president; the person
/// is the subject. And `between` belongs to the nearest noun: "the trip follows claims of
/// infighting between X and Y" gives the trip no parties. Invented names and sentences only.
@Suite struct PostModifierCountryTests {
    private let date = CalendarDate(year: 2016, month: 9, day: 6)

    @Test func titledPersonOfACountryMeets() {
        let x = Extracted("President Ann Roe of Peru met with President Ivo Berg of Chile on Monday.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
    }

    @Test func afterAFrontedPlacePhrase() {
        let x = Extracted("In the southern city of Cusco, Prime Minister Ann Roe of Peru met with President Ivo Berg of Chile.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first.flatMap { x.location($0) } == "Cusco")
    }

    @Test func twoTitledPersonsOfTheirCountries() {
        let x = Extracted("Prime Minister Ann Roe of Peru and President Ivo Berg of Chile met on Monday.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
    }

    @Test func betweenOfAnotherNounIsNoParty() {
        let x = Extracted("Ann Roe began a visit to Kenya on Monday. The trip follows claims of infighting between Mrs Roe and Ivo Berg.", date: date)
        #expect(!x.meetingParties.contains { $0.contains("Ivo Berg") }, "\(x.meetingParties)")
    }

    // Near misses: a country as the subject itself, and `between` after a time.
    @Test func countryAloneStillMeets() {
        let x = Extracted("Peru met Chile's demands on Monday. Peru held talks with Chile on Monday.", date: date)
        #expect(x.meetingParties.contains(["Peru", "Chile"]), "\(x.meetingParties)")
    }

    @Test func talksInAConflictBetweenTwoSides() {
        let x = Extracted("An envoy is due to revive peace talks in the long conflict between Peru and the Norvex Front.", date: date)
        #expect(x.meetingParties.contains { $0.contains("Peru") && $0.contains("Norvex Front") }, "\(x.meetingParties)")
    }

    @Test func betweenAfterATimeStaysTheMeetings() {
        let x = Extracted("A meeting last week between Ann Roe and Ivo Berg ended well.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
    }
}

/// "the Group of 20 summit", "finance ministers of the Group of Seven": the long form of a known
/// body is that body, and a summit it names is its own even after a preposition.
@Suite struct GroupOfNumberTests {
    @Test func groupOfTwentyIsTheG20() {
        let x = Extracted("Ann Roe attended the Group of 20 summit in Hangzhou.")
        #expect(x.entity("G20")?.aliases.contains("Group of 20") == true, "\(x.doc.entities.map(\.name))")
        #expect(x.meetingParties.contains(["Ann Roe", "G20"]), "\(x.meetingParties)")
    }

    @Test func summitNamedByTheBodyAfterAPreposition() {
        let x = Extracted("Protests began on the final day of the Group of Seven summit in Lima on Monday. Police said so.",
                          date: CalendarDate(year: 2016, month: 9, day: 6))
        #expect(x.meetingParties.contains(["G7"]), "\(x.meetingParties)")
    }

    // Near misses: an unknown "Group of" body stays as written; "in the final" is still a fixture.
    @Test func theFinalAsAFixture() {
        let x = Extracted("Ann Roe will meet Ivo Berg in the final on Sunday.")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }

    @Test func otherGroupOfNamesStayUnknown() {
        let x = Extracted("The Group of Nine said so.")
        #expect(x.entity("G20") == nil)
    }
}

/// "A Peruvian firm ... in talks with X", "A US bank held talks": a country before a noun for one
/// business only says where the business is from; the state is no party (session 21).
@Suite struct CountryBeforeBusinessTests {
    @Test(arguments: ["A US firm has said it is in final talks with Norvex to buy the label.",
                      "A UK bank held talks with Norvex on Monday."])
    func countryOfABusinessIsNoParty(_ text: String) {
        let x = Extracted(text, date: CalendarDate(year: 2005, month: 1, day: 10))
        #expect(!x.meetingParties.contains { $0.contains("United States") || $0.contains("United Kingdom") }, "\(x.meetingParties)")
    }

    // Near misses: the country itself, and troops it sends, are parties.
    @Test func theCountryItselfStillTalks() {
        let x = Extracted("The US held talks with Norvex on Monday. UK troops met Peruvian officials.", date: CalendarDate(year: 2005, month: 1, day: 10))
        #expect(x.meetingParties.contains(["United States", "Norvex"]), "\(x.meetingParties)")
        #expect(x.meetingParties.contains { $0.contains("United Kingdom") }, "\(x.meetingParties)")
    }
}
