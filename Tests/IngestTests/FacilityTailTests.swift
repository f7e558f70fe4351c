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
