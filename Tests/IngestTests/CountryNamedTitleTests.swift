import Testing
import EventModel
@testable import Ingest

/// "the US leader", "the U.S. president": a country's name or acronym before a title stands for
/// the person the article gave that office, as "the American leader" does; a person titled with
/// another country's words is not the one meant. Invented names and sentences only.
@Suite struct CountryNamedTitleTests {
    private let lead = "US President Dale Carver arrived in Lisbon on Sunday. "

    private func visitor(_ text: String) -> [String] {
        let x = Extracted(text, date: CalendarDate(year: 2017, month: 11, day: 3))
        return x.events(.visit).filter { x.location($0) == "Kenya" }.flatMap { x.names($0, .agent) }
    }

    @Test func countryAcronymBeforeLeader() {
        #expect(visitor(lead + "The US leader, who will visit Kenya next week, said little.") == ["Dale Carver"])
    }

    @Test func dottedAcronymBeforePresidentMidSentence() {
        #expect(visitor(lead + "Officials said the U.S. president will visit Kenya next week.") == ["Dale Carver"])
    }

    @Test func spelledOutCountryBeforePresident() {
        #expect(visitor(lead + "The United States president will visit Kenya next week.") == ["Dale Carver"])
    }

    // Near misses.
    @Test func anotherCountrysPresidentIsNotMeant() {
        let text = lead + "He met French President Paul Marchal. The US president will visit Kenya next week."
        #expect(visitor(text) == ["Dale Carver"])
    }

    @Test func noTitledPersonLeavesTheCountry() {
        let x = Extracted("The US president will visit Kenya next week.", date: CalendarDate(year: 2017, month: 11, day: 3))
        #expect(x.events(.visit).flatMap { x.names($0, .agent) } == ["United States"])
    }

    @Test func countrySideNounStaysTheCountry() {
        let x = Extracted("The US side held talks with Iran on Monday.", date: CalendarDate(year: 2017, month: 11, day: 3))
        #expect(x.meetingParties == [["United States", "Iran"]], "\(x.meetingParties)")
    }
}
