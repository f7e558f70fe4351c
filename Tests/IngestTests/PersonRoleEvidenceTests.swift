import Testing
import EventModel
@testable import Ingest

/// The role words an article gives a person (kept by the Store to tell namesakes apart), and
/// names written after an `ex-` prefix. Invented sentences.
@Suite struct PersonRoleEvidenceTests {
    private func fields(_ x: Extracted, _ name: String) -> [String] {
        x.entity(name)?.roles.map(\.field) ?? []
    }

    @Test func aRoleWordBeforeANameGivesItsField() {
        let x = Extracted("Striker Tomas Vell scored twice. Actor Ida Marsh and Senator Paul Brandt watched.")
        #expect(fields(x, "Tomas Vell") == ["sport"])
        #expect(fields(x, "Ida Marsh") == ["entertainment"])
        #expect(fields(x, "Paul Brandt") == ["public"])
    }

    @Test func wealthWordsGiveNoField() {
        // A billionaire may be a president or a club owner: no field to tell namesakes apart by.
        let x = Extracted("The billionaire Tomas Vell bought the club. Tycoon Ida Marsh sold her shares.")
        #expect(fields(x, "Tomas Vell").isEmpty)
        #expect(fields(x, "Ida Marsh").isEmpty)
    }

    @Test func aBylineRoleIsTheWritersNotTheNextNames() {
        // The byline's line break was lost: "reporter" belongs to Ana Kerr, not to Paul Brandt.
        let x = Extracted("Analysis By Ana Kerr, Northfield Times reporter Paul Brandt launched his campaign in Vienna on Monday.")
        #expect(fields(x, "Paul Brandt").isEmpty)
        let y = Extracted("The Northfield Times reporter Paul Brandt covered the trial.")
        #expect(fields(y, "Paul Brandt") == ["media"])
    }

    @Test func anExPrefixIsNoPartOfTheName() {
        let x = Extracted("Ex-Lumacorp president Ida Marsh met the ex-Norwell Bank chief Tomas Vell in Vienna.")
        #expect(x.entity("Lumacorp")?.type == .organization)
        #expect(x.entity("Ex-Lumacorp") == nil)
        #expect(x.entity("Ex") == nil)
        #expect(x.entity("Norwell Bank")?.type == .organization)
        #expect(x.entity("ex-Norwell Bank") == nil)
        #expect(x.meetingParties == [["Ida Marsh", "Tomas Vell"]])
    }
}

/// An unknown name typed only by the word before each mention (a place after `in`, else a body)
/// is one entity of one type per article. Invented sentences.
@Suite struct GuessedTypeAgreementTests {
    private func types(_ x: Extracted, _ name: String) -> [EntityType] {
        x.doc.entities.filter { $0.name == name }.map(\.type)
    }

    @Test func aCompanyNamedOnceAfterInStaysOneCompany() {
        let x = Extracted("Velmora bought a stake in Trelkan last year. Trelkan rejected the offer on Monday. Analysts said Trelkan would fight the bid.")
        #expect(types(x, "Trelkan") == [.organization])
    }

    @Test func aTieGoesToThePlace() {
        let x = Extracted("Protesters gathered in Ostravel on Sunday. Ostravel residents said the march was peaceful.")
        #expect(types(x, "Ostravel") == [.location])
    }
}
