import Testing
import EventModel
@testable import Ingest

/// A place named after a noun that says it is a place: "the Ghanaian capital Accra", "the capital,
/// Accra", "the city of Arica", "the Niger capital Niamey". The capital is the city, not its
/// government, and is where the meeting was. Invented names and sentences only.
@Suite struct PlaceHeadAppositionTests {
    @Test func capitalBeforeItsName() {
        let x = Extracted("Lars Berg met Nina Holt in the capital Accra.")
        #expect(x.meetingEvents.map(x.location) == ["Accra"], "\(x.meetingEvents.map(x.location))")
        #expect(x.entity("Accra")?.type == .location)
    }

    @Test func nationalityCapitalAndComma() {
        let x = Extracted("Paul Dunn met Kofi Mensah in the Ghanaian capital, Accra.")
        #expect(x.meetingEvents.map(x.location) == ["Accra"], "\(x.meetingEvents.map(x.location))")
    }

    @Test func countryNameBeforeCapital() {
        let x = Extracted("On Thursday, the army chiefs of Ghana, Togo and Mali met in the Togo capital Lome.")
        #expect(x.meetingEvents.map(x.location) == ["Lome"], "\(x.meetingEvents.map(x.location))")
        #expect(x.meetingParties == [["Ghana", "Togo", "Mali"]], "\(x.meetingParties)")
    }

    @Test func cityOfAPlace() {
        let x = Extracted("The foreign ministers of Peru and Chile met in the city of Arica.")
        #expect(x.meetingEvents.map(x.location) == ["Arica"], "\(x.meetingEvents.map(x.location))")
    }

    // Near miss: a capital that acts is still its government.
    @Test func actingCapitalStaysTheGovernment() {
        let x = Extracted("Accra said it would send troops.")
        #expect(x.entity("Ghana") != nil, "\(x.doc.entities.map(\.name))")
    }
}
