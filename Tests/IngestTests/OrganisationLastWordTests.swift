import Testing
import EventModel
@testable import Ingest

/// A body's last word written alone stands for the body when it is a common word or its plural
/// ("the Cubs", "Rover") and the article never writes it in lower case. Invented teams.
@Suite struct OrganisationLastWordTests {
    private let match = "Leeds Falcons beat Hull Hawks 24-10 in the rugby league on Sunday. "

    @Test func aTeamsPluralAloneIsTheTeam() {
        let x = Extracted(match + "Fans said the Falcons had played well.")
        #expect(x.entity("Leeds Falcons")?.aliases.contains("Falcons") == true)
        #expect(x.doc.entities.filter { $0.name == "Falcons" }.isEmpty)
    }

    // Near miss: the word written in lower case too is the common word's.
    @Test func aWordAlsoWrittenInLowerCaseStaysApart() {
        let x = Extracted(match + "Two falcons nested on the stand. Fans said the Falcons had played well.")
        #expect(x.entity("Leeds Falcons")?.aliases.contains("Falcons") != true)
    }
}
