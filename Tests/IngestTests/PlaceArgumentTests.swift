import Testing
import EventModel
@testable import Ingest

/// A city, region or building locates an actor; it is not one. Countries and capitals acting
/// as governments stay actors.
@Suite struct PlaceArgumentTests {
    @Test(arguments: [
        "A family in the suburbs of Boston said the victims were their cousins.",
        "A spokesman for the aid agency in Nairobi said the camp was full.",
        "Residents of Leeds said the water had risen overnight.",
    ])
    func aPlaceInsideTheSubjectIsNotTheSpeaker(_ sentence: String) {
        let x = Extracted(sentence)
        for e in x.events(.statement) {
            #expect(x.names(e, .agent).allSatisfy { x.entity($0)?.type != .location }, "\(x.names(e))")
        }
    }

    @Test func aDatelineIsNotWhoWasKilled() {
        let x = Extracted("""
        date 2019-03-04

        LISBON — Four workers were killed when a crane collapsed at a building site on Monday, police said.
        """)
        let kills = x.events(.kill)
        #expect(!kills.isEmpty)
        for e in kills { #expect(!x.names(e).contains("LISBON") && !x.names(e).contains("Lisbon")) }
    }

    @Test func countriesAndCapitalsAsGovernmentsStillSpeak() {
        let x = Extracted("France said it would send more troops. Moscow warned that sanctions would follow.")
        #expect(x.events(.statement).contains { x.names($0, .agent) == ["France"] })
        #expect(x.events(.warn).contains { x.names($0, .agent) == ["Russia"] })
    }

    @Test func namedPeopleKeepTheirPlaceAsPlace() {
        let x = Extracted("The mayor of Porto, Rui Almeida, said in Porto that the bridge would reopen.")
        let said = x.events(.statement)
        #expect(said.contains { x.names($0, .agent) == ["Rui Almeida"] })
    }
}
