import Testing
import EventModel
@testable import Ingest

/// Junk that crawled world news carries into names: photo credits, caption and page words,
/// lines run together, sports teams read as persons, news agencies read as parties.
/// Invented sentences, one family per rule, each with a near miss that must not fire.
@Suite struct NewsJunkTests {
    private func names(_ x: Extracted) -> [String] { x.doc.entities.map(\.name) }

    @Test func aNameNeverRunsAcrossALineBreak() {
        let x = Extracted("Crowds filled the square in Riverton\nAnn Roe spoke to them for an hour about the harbour.")
        #expect(!names(x).contains { $0.contains("\n") })
        #expect(x.entity("Ann Roe")?.type == .person)
    }

    @Test func aNameOnOneLineStaysWhole() {
        let x = Extracted("The mayor of Riverton, Ann Marie Roe, opened the bridge.")
        #expect(x.entity("Ann Marie Roe")?.type == .person)
    }

    @Test func aPhotoAgencyIsCutFromTheNamesAroundIt() {
        let x = Extracted("Crowds gathered near the harbour Getty Images Ann Roe spoke first. Police closed the road Getty Images Witnesses said the van was white.")
        #expect(x.entity("Ann Roe")?.type == .person)
        #expect(!names(x).contains { $0.contains("Getty") })
        #expect(x.entity("Witnesses") == nil)
    }

    @Test func aCreditPhraseAloneIsNoEntity() {
        let x = Extracted("Ann Roe waves to supporters in Oslo. AP Photo\n\nRex Features\n\nThe count went on until late.")
        #expect(x.entity("AP Photo") == nil)
        #expect(x.entity("Rex Features") == nil)
        #expect(x.entity("Ann Roe")?.type == .person)
    }

    @Test func aPhotoAgencyWordInsideAPersonsNameStays() {
        // `Rex` is a given name, `Getty` a surname after one: only the credit phrases are credits.
        let x = Extracted("Rex Tillerson met Mark Getty in Oslo on Monday.")
        #expect(x.entity("Rex Tillerson")?.type == .person)
        #expect(x.entity("Mark Getty")?.type == .person)
    }

    @Test func aNewsAgencyGluedToACaptionIsCut() {
        let x = Extracted("AFP Ann Roe waves to supporters. The rally ended outside Downing Street EPA and the crowd left.")
        #expect(x.entity("Ann Roe")?.type == .person)
        #expect(x.entity("AFP Ann Roe") == nil)
        #expect(!names(x).contains { $0.hasSuffix(" EPA") })
    }

    @Test func aNewsAgencyAloneOrInsideAKnownNameStays() {
        let x = Extracted("Ann Roe told AFP the vote was fair. EPA Administrator Lena Holm and Credit Suisse both objected, and AP Moller ships were delayed.")
        #expect(x.entity("Agence France-Presse") != nil)
        #expect(x.entity("Lena Holm")?.type == .person)
        #expect(x.entity("Credit Suisse")?.type == .organization)
        #expect(x.entity("AP Moller") != nil)
    }

    @Test func aPhotographersNameAgainstACreditIsTheCredit() {
        let x = Extracted("Rescuers searched the river on Monday. Lars Berg/Getty Images\n\nThe search ended at dusk. AP Photo/Mira Lind\n\nIda Sund/Reuters/Ipsos data show support for Nils Vik.")
        #expect(x.entity("Lars Berg") == nil)
        #expect(x.entity("Mira Lind") == nil)
        #expect(x.entity("Nils Vik")?.type == .person)
    }

    @Test func captionAndPageWordsAreNoNames() {
        let x = Extracted("Pictured Ann Roe at the launch in Oslo. READ MORE: the full list.\n\nFollow Lars Berg on social media.\n\nRelated\n\nCredit Suisse cut its forecast.")
        #expect(x.entity("Ann Roe")?.type == .person)
        #expect(x.entity("Lars Berg")?.type == .person)
        #expect(x.entity("Pictured Ann Roe") == nil)
        #expect(x.entity("READ") == nil)
        #expect(x.entity("Related") == nil)
        #expect(x.entity("Follow Lars Berg") == nil)
        #expect(x.entity("Credit Suisse")?.type == .organization)
    }

    @Test func aTeamNamedByAPluralIsABodyNotAPerson() {
        let x = Extracted("The Riverton Pelicans signed Jon Ames. The Free Moderates, the San Diego Herons and the Carolina Herons objected.")
        #expect(x.entity("San Diego Herons")?.type == .organization)
        #expect(x.entity("Riverton Pelicans")?.type == .organization)
        #expect(x.entity("Free Moderates")?.type == .organization)
        #expect(x.entity("Carolina Herons")?.type == .organization)
        #expect(x.entity("Jon Ames")?.type == .person)
    }

    @Test func aPersonWhoseSurnameEndsInSStaysAPerson() {
        let x = Extracted("Carolina Williams met Grace Matthews and Dennis Evans in Oslo.")
        // `Deters` is no census surname, `deter` a common word: the initial and the given name decide.
        let y = Extracted("The case was brought by Jon T. Deters on Monday.")
        #expect(y.entity("Jon T. Deters")?.type == .person)
        let z = Extracted("The case was brought by Maria Deters on Monday.")
        #expect(z.entity("Maria Deters")?.type == .person)
        #expect(x.entity("Carolina Williams")?.type == .person)
        #expect(x.entity("Grace Matthews")?.type == .person)
        #expect(x.entity("Dennis Evans")?.type == .person)
    }

    @Test func aNewsAgencyReportsButIsNoParty() {
        let x = Extracted("Gunmen killed ten villagers near Riverton on Monday, Reuters reported. Police told the Associated Press that they arrested two men.")
        for e in x.doc.events where e.type != .statement && e.type != .report {
            #expect(!x.names(e).contains("Reuters"), "\(e.type)")
            #expect(!x.names(e).contains("Associated Press"), "\(e.type)")
        }
        #expect(x.entity("Reuters") != nil)
    }

    @Test func aPartyThatIsNotAnAgencyStays() {
        let x = Extracted("Ann Roe met Lars Berg in Oslo on Monday, Reuters reported.")
        let meets = x.events(.meet)
        #expect(meets.count == 1)
        #expect(Set(meets.flatMap { x.names($0) }) == ["Ann Roe", "Lars Berg"])
    }

    private func types(of text: String, in x: Extracted) -> [EntityType] {
        x.doc.mentions.filter { $0.text == text }.sorted { $0.span.start < $1.span.start }.map { x.doc.entities[$0.entity].type }
    }

    @Test func aTownNamedLikeAPersonOfTheArticleIsThePerson() {
        let x = Extracted("Marco Tarragona won the race on Sunday. Tarragona said the car was perfect. Fans in Tarragona cheered him.")
        #expect(types(of: "Tarragona", in: x) == [.person, .location])
    }

    @Test func aBigCityKeepsItsNameBesideAPersonOfThatName() {
        let x = Extracted("A statue of Georgina Sydney was unveiled on Monday. Sydney welcomed the first cruise ship of the season.")
        #expect(types(of: "Sydney", in: x) == [.location])
    }

    @Test func bylinesAndWireCreditsNameNoOneInTheStory() {
        let x = Extracted("Harbour reopens after storm\n\nBy Ann Roe\n\nThe harbour in Riverton reopened on Monday, said Lars Berg. (Reporting by Ida Sund; Editing by Nils Vik and Mira Lind)")
        #expect(x.entity("Ann Roe") == nil)
        #expect(x.entity("Ida Sund") == nil)
        #expect(x.entity("Nils Vik") == nil)
        #expect(x.entity("Mira Lind") == nil)
        #expect(x.entity("Lars Berg")?.type == .person)
    }

    @Test func byBeforeANameInTheStoryIsNoByline() {
        let x = Extracted("The bridge was opened by Ann Roe.\n\nBy Friday the road was busy again, said Lars Berg.")
        #expect(x.entity("Ann Roe")?.type == .person)
        #expect(x.entity("Lars Berg")?.type == .person)
    }
}
