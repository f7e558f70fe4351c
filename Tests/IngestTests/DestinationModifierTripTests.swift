import Testing
import EventModel
@testable import Ingest

/// "Mr Snow, who is in Dublin at the start of a four-nation EU visit": a country or body right
/// before a trip noun in an adverbial phrase says where the trip goes; the traveller is the
/// person before it. Invented names and sentences only.
@Suite struct DestinationModifierTripTests {
    @Test func bodyBeforeVisitInAPhraseIsNoTraveller() {
        let x = Extracted("Treasury Secretary Ann Roe who is currently in Dublin at the start of a four-nation EU visit, praised the plan.")
        // The stop, and the four-nation trip it starts (MultiStopTripTests).
        let visits = x.events(.visit)
        #expect(visits.allSatisfy { x.names($0, .agent) == ["Ann Roe"] }, "\(x.meetingParties)")
        #expect(visits.compactMap { x.location($0) } == ["Dublin"])
    }

    @Test func countryBeforeTripAfterOn() {
        let x = Extracted("Ann Roe met students in Lima on a two-day Peru visit.")
        #expect(!x.events(.visit).contains { x.names($0, .agent) == ["Peru"] }, "\(x.meetingParties)")
    }

    // Near miss: with no person before it, the body keeps the trip ("an IMF visit" may be its own mission).
    @Test func bodyAloneKeepsTheVisit() {
        let x = Extracted("An IMF visit to Athens ended on Monday.")
        #expect(x.events(.visit).contains { x.names($0).contains("International Monetary Fund") || x.names($0).contains("IMF") }, "\(x.meetingParties)")
    }
}

/// "Speaking during a visit to Osaka, X said": a speech gerund (with its hearers) may open the
/// fronted trip phrase whose traveller is the main clause's subject.
@Suite struct SpokenTripPhraseTests {
    @Test func speakingDuringAVisit() {
        let x = Extracted("Speaking during a visit to the Peruvian city of Cusco, Prime Minister Ann Roe said the tests were illegal.")
        let v = x.events(.visit)
        #expect(v.map { x.names($0, .agent) } == [["Ann Roe"]], "\(x.meetingParties)")
        #expect(v.first.flatMap { x.location($0) } == "Cusco")
    }

    @Test func talkingToReportersOnATrip() {
        let x = Extracted("Talking to reporters on a trip to Kabul, Ann Roe said the plan would work.")
        #expect(x.events(.visit).map { x.names($0, .agent) } == [["Ann Roe"]], "\(x.meetingParties)")
    }

    // Near miss: a gerund that is no speech does not open the phrase.
    @Test func otherGerundsDoNot() {
        let x = Extracted("Crying during a visit to Kabul, Ann Roe said little.")
        #expect(x.events(.visit).isEmpty, "\(x.meetingParties)")
    }
}

/// "visited Kenya's biggest slum", "toured Lima's old town": the place owning what was visited is
/// where the visit went; "visited Peru's president" is no visit to Peru.
@Suite struct PossessedPlaceVisitTests {
    @Test func placeOwningTheSightVisited() {
        let x = Extracted("Ann Roe visited Kenya's biggest slum on Monday.")
        #expect(x.events(.visit).compactMap { x.location($0) } == ["Kenya"], "\(x.meetingParties)")
        let y = Extracted("Ann Roe toured Lima's old town.")
        #expect(y.events(.visit).compactMap { y.location($0) } == ["Lima"], "\(y.meetingParties)")
    }

    @Test func theVisitAndTheLargerTripBothStay() {
        let x = Extracted("Ann Roe has visited Kenya's biggest slum as she opened a week-long visit to Africa.")
        #expect(Set(x.events(.visit).compactMap { x.location($0) }) == ["Kenya", "Africa"], "\(x.meetingParties)")
    }

    // Near miss: a place's people.
    @Test func aPlacesPresidentIsNoPlaceVisited() {
        let x = Extracted("Ann Roe visited Peru's president on Monday.")
        #expect(!x.events(.visit).contains { x.location($0) == "Peru" }, "\(x.meetingParties)")
    }
}
