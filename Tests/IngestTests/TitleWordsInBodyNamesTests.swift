import Testing
import EventModel
@testable import Ingest

/// A title word that opens a body's or an occasion's name is no title: what follows it names no
/// one ("General Motors" mid-sentence, "Major League ...", "the Attorney General"), and a lone
/// surname after an honorific stays a person ("Ms King"). Invented sentences; the body names
/// are invented unless the lexicon lists them.
@Suite struct TitleWordsInBodyNamesTests {
    private func names(_ text: String) -> [String: EntityType] {
        Dictionary(Extracted(text).doc.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aKnownCompanyAfterAndIsACompanyOfItsOwn() {
        let n = names("Shares in Fiat and General Motors fell on Monday.")
        #expect(n["General Motors"] == .organization)
        #expect(n["Motors"] == nil)
        #expect(n["Fiat and"] == nil)
    }

    @Test func commonWordsAfterATitleWordNameNoOne() {
        let n = names("He played two seasons in the Major Plains Hockey Circuit before his injury.")
        #expect(n["Plains Hockey Circuit"] == nil)
    }

    @Test func aTitleAfterATitleNamesNoOne() {
        let n = names("The Attorney General, Lord Tamworth, gave no advice. The Director General of the agency resigned.")
        #expect(n["General"] == nil)
        #expect(n["Tamworth"] == .person)
    }

    @Test func anElectionIsNoEntity() {
        #expect(names("The party set out its plans before the General Election in May.").isEmpty)
    }

    @Test func aPortfolioAfterForIsPartOfTheTitle() {
        let n = names("Secretary of State for Transport Ivo Berg opened the bridge.")
        #expect(n["Ivo Berg"] == .person)
        #expect(n.keys.allSatisfy { !$0.hasPrefix("for ") })
    }

    @Test func aChiefOfficerTitleIsStrippedWhole() {
        let n = names("Chief Operating Officer Ann Roe resigned on Friday.")
        #expect(n["Ann Roe"] == .person)
    }

    // Near misses: an honorific before a surname that is also a title word or a common word.
    @Test func aSurnameThatIsATitleWordStaysAPerson() {
        let n = names("Ms King met Mr Major in the lobby.")
        #expect(n["King"] == .person)
        #expect(n["Major"] == .person)
    }

    @Test func aLoneCommonWordAfterAnHonorificStaysAPerson() {
        #expect(names("Lord Falconer said the bill would pass.")["Falconer"] == .person)
    }
}

/// "the US President" with no name after it: the country and a bare title, which the descriptor
/// linker gives to its holder. Invented names and sentences.
@Suite struct CountryBeforeBareTitleTests {
    @Test func theCountrysPresidentIsNoPersonOfThatName() {
        let x = Extracted("Ann Roe spoke on Monday. Later the US President met Tomas Vell in Lima.",
                          date: CalendarDate(year: 2005, month: 1, day: 10))
        #expect(x.entity("US President") == nil)
        #expect(x.entity("United States")?.type == .location)
    }

    @Test func theBareTitleGoesToTheTitledPerson() {
        let x = Extracted("US President Ann Roe arrived on Monday. The US President met Tomas Vell in Lima.")
        #expect(x.meetingParties == [["Ann Roe", "Tomas Vell"]])
    }

    // Near miss: a name after the title is the holder.
    @Test func aNameAfterTheTitleIsThePerson() {
        let x = Extracted("US Ambassador Tomas Vell met Ann Roe in Lima.")
        #expect(x.entity("Tomas Vell")?.type == .person)
        #expect(x.meetingParties == [["Tomas Vell", "Ann Roe"]])
    }
}
