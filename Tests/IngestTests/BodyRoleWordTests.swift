import Testing
import EventModel
@testable import Ingest

/// A company word right before a name makes it a body ("carmaker Alva Harrier"), capitalised it is
/// no part of the name ("Brewer Lumacorp"), and the name typed so once is that body at its other
/// mentions. Invented names.
@Suite struct BodyRoleWordTests {
    private func type(_ name: String, in text: String) -> EntityType? { Extracted(text).entity(name)?.type }

    @Test func aCompanyWordBeforeTheNameMakesABody() {
        #expect(type("Alva Harrier", in: "Struggling carmaker Alva Harrier went into administration.") == .organization)
        #expect(type("Orvel Kass", in: "Shares in mobile phone firm Orvel Kass fell.") == .organization)
    }

    @Test func aCapitalisedCompanyWordIsNoPartOfTheName() {
        let x = Extracted("Brewer Lumacorp bought a stake in Ardent Ales.")
        #expect(x.entity("Lumacorp")?.type == .organization)
        #expect(x.entity("Brewer Lumacorp") == nil)
    }

    @Test func theBodyKeepsItsTypeAtItsOtherMentions() {
        let x = Extracted("Carmaker Alva Harrier went into administration. Alva Harrier said talks would go on.")
        #expect(x.doc.entities.filter { $0.name == "Alva Harrier" }.map(\.type) == [.organization])
    }

    // Near misses: a person's job word and a given name written as a body word.
    @Test func aPersonsJobWordStillMakesAPerson() {
        #expect(type("Ann Roe", in: "The club captain Ann Roe spoke to reporters.") == .person)
        #expect(type("Tomas Vell", in: "Documentary maker Tomas Vell was given access.") == .person)
    }
}

/// A known body whose name ends in 's keeps it ("McDonald's", "Foster's"). Lexicon names; invented sentences.
@Suite struct PossessiveBodyNameTests {
    @Test func aKnownBodyEndingInApostropheSIsWhole() {
        let x = Extracted("Shares in McDonald’s rose after Moody's raised its rating.")
        #expect(x.entity("McDonald's")?.type == .organization)
        #expect(x.entity("Moody's")?.type == .organization)
        #expect(x.entity("McDonald") == nil)
    }

    @Test func theBrewerIsAPartyToTalks() {
        let x = Extracted("Brewer Foster's bought a stake in wine firm Lumacorp. The two companies held talks after Foster's bought the stake.")
        #expect(x.meetingParties.contains(["Foster's Group", "Lumacorp"]))
    }

    // Near miss: a person's possessive is the person's.
    @Test func aPersonsPossessiveStaysThePersons() {
        let x = Extracted("Norman Foster's firm won the contract.")
        #expect(x.entity("Norman Foster")?.type == .person)
        #expect(x.entity("Foster's Group") == nil)
    }
}
