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
