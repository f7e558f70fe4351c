import Testing
import EventModel
@testable import Ingest

/// A name ending in a building's word ("Grenfell Tower", "Euston Station", "Norvex Arena") is a
/// facility, even when its first word is a surname the article gives a person ("Carver Tower"
/// beside "Dale Carver"), and a meeting there takes it as its place. Invented names and
/// sentences only.
@Suite struct FacilityTailTests {
    @Test func towerNamedAfterAPersonInTheArticle() {
        let x = Extracted("Dale Carver met Ivo Berg at Carver Tower on Thursday.")
        #expect(x.entity("Carver Tower")?.type == .location)
        #expect(x.entity("Carver Tower")?.subtype == "facility")
        #expect(x.meetingEvents.first.flatMap { x.location($0) } == "Carver Tower")
    }

    /// A gallery is a building too, even named after a surname (session 21: "Tate Gallery" had been a
    /// person, and the "he" of a portrait's sitter its visitor).
    @Test func galleryNamedAfterASurname() {
        let x = Extracted("Crowds queued outside the Harlow Gallery on Monday. Ann Roe met Ivo Berg at the Harlow Gallery.")
        #expect(x.entity("Harlow Gallery")?.type == .location, "\(String(describing: x.entity("Harlow Gallery")))")
        #expect(x.meetingEvents.first.flatMap { x.location($0) } == "Harlow Gallery")
    }

    @Test func stationsArenasAndCathedrals() {
        for name in ["Lindmoor Station", "Norvex Arena", "Kelby Cathedral", "Ostrava Plaza", "Harlow Museum"] {
            let x = Extracted("Crowds gathered outside \(name) on Monday.")
            #expect(x.entity(name)?.type == .location, "\(name): \(String(describing: x.entity(name)))")
        }
    }

    // Near miss: a person whose surname is such a word is still a person.
    @Test func personWithABuildingSurnameAfterAGivenNameAndTitle() {
        let x = Extracted("Minister Ann Tower said the plan would go ahead.")
        #expect(x.entity("Ann Tower")?.type == .person, "\(String(describing: x.entity("Ann Tower")))")
    }
}

/// A titled name ending in a building's word that is no surname stays a building: "Prince
/// Edward Theatre", "Imam Khomeini International Airport".
@Suite struct TitledBuildingTests {
    @Test func titleOpeningABuildingsName() {
        let x = Extracted("Crowds gathered outside the Prince Edward Theatre on Monday.")
        #expect(x.entity("Prince Edward Theatre")?.type == .location, "\(x.doc.entities.map(\.name))")
    }
}

/// "Sierra Leone-born", "Hong Kong-flagged", "New York-based": a place of several words before the
/// hyphen of an adjective is the place, without the adjective's tail ("Hong" had been a person).
@Suite struct HyphenedPlaceTests {
    @Test func placesOfSeveralWordsBeforeAHyphen() {
        for (text, place) in [("The Hong Kong-flagged ship docked on Monday.", "Hong Kong"),
                              ("A New York-based firm said so.", "New York"),
                              ("The Sierra Leone-born singer said so.", "Sierra Leone")] {
            let x = Extracted(text)
            #expect(x.entity(place)?.type == .location, "\(text): \(x.doc.entities.map(\.name))")
            #expect(x.doc.mentions.allSatisfy { !$0.text.contains("-") }, "\(x.doc.mentions.map(\.text))")
        }
    }

    // Near miss: a person's name before a hyphen is no place.
    @Test func aPersonsNameBeforeAHyphenIsNoPlace() {
        let x = Extracted("Dale Carver-style reforms were tried.")
        #expect(!x.doc.entities.contains { $0.name == "Dale Carver" && $0.type == .location })
    }
}
