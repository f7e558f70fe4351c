import Testing
import EventModel
@testable import Ingest

/// Names written only in capitals in a dateline, a transcript's speaker label or a caption are
/// shown as a reader writes them. Invented names only.
@Suite struct ShoutedNamesTests {
    @Test func datelinePlaceTakesTheGazetteerSpelling() {
        let x = Extracted("BEIJING -- China on Friday said it opposed the launch.")
        #expect(x.doc.entities.contains { $0.name == "Beijing" }, "\(x.doc.entities.map(\.name))")
        #expect(!x.doc.entities.contains { $0.name == "BEIJING" })
    }

    @Test func speakerLabelIsTitleCased() {
        let x = Extracted("ANN ROEBUCK: We will win this state.\n\nANN ROEBUCK: And we will win the next one.")
        #expect(x.doc.entities.contains { $0.name == "Ann Roebuck" }, "\(x.doc.entities.map(\.name))")
    }

    @Test func aMixedCaseFormOfTheArticleWins() {
        let x = Extracted("ARDEN TALKS STALL\n\nTHE ARDEN GROUP said on Monday it would wait. Later the Arden Group said talks would go on.")
        #expect(x.doc.entities.contains { $0.name == "Arden Group" }, "\(x.doc.entities.map(\.name))")
        #expect(!x.doc.entities.contains { $0.name.hasPrefix("ARDEN") }, "\(x.doc.entities.map(\.name))")
    }

    @Test func helpers() {
        #expect(ShoutedNames.displayName("UN SECURITY COUNCIL", type: .organization, forms: []) == "UN Security Council")
        #expect(ShoutedNames.displayName("BANK OF ARDEN", type: .organization, forms: []) == "Bank of Arden")
        #expect(ShoutedNames.displayName("ARDEN SEA PORT", type: .location, forms: []) == "Arden Sea Port")
    }

    // Near misses: an acronym alone stays; a mixed-case name is untouched.
    @Test func acronymsStay() {
        #expect(ShoutedNames.displayName("NATO", type: .organization, forms: []) == "NATO")
        #expect(ShoutedNames.displayName("LA", type: .location, forms: []) == "LA")
        #expect(ShoutedNames.displayName("UNICEF", type: .organization, forms: []) == "UNICEF")
        #expect(ShoutedNames.displayName("McDonald's", type: .organization, forms: []) == "McDonald's")
    }
}
