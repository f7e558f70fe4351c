import Testing
import EventModel
@testable import Ingest

/// Kinds of capitalised words that are not entities, or not of the type their shape suggests.
/// Invented sentences, one family per rule.
@Suite struct EntityJunkTests {
    @Test func contractionsAreNeverNames() {
        let x = Extracted("The singer laughed. \"I've never seen a crowd like it,\" she said. We're told the tour will go on. Can't anyone stop it?")
        for junk in ["I've", "We're", "Can't"] { #expect(x.entity(junk) == nil, "\(junk)") }
    }

    @Test func apostropheNamesStayNames() {
        let x = Extracted("Senator Maeve O'Dwyer met Giulio D'Amato in Rome.")
        #expect(x.entity("Maeve O'Dwyer")?.type == .person)
        #expect(x.entity("Giulio D'Amato")?.type == .person)
    }

    @Test func aWordOpeningAQuotationIsNotAName() {
        let x = Extracted("The memo says: \"Using the data we hold, we can reach every voter.\" Another line reads: \"Provided the vote passes, taxes fall.\"")
        #expect(x.entity("Using") == nil)
        #expect(x.entity("Provided") == nil)
    }

    @Test func quotedNamesAreStillNames() {
        let x = Extracted("\"Kowalczyk is the best striker we have,\" the coach said of Tomasz Kowalczyk.")
        #expect(x.entity("Tomasz Kowalczyk")?.type == .person)
    }

    @Test func timeZonesAreNotOrganisations() {
        let x = Extracted("The vote closes at 1800 GMT on Friday and results are due by 0200 UTC.")
        #expect(x.entity("GMT") == nil)
        #expect(x.entity("UTC") == nil)
    }

    @Test func tournamentsAndCeremoniesAreNotEntities() {
        let x = Extracted("She won gold at the Sydney Olympics and later the Dubai Open. The Kestrel Awards and the Lindenfield Festival followed.")
        for junk in ["Sydney Olympics", "Dubai Open", "Kestrel Awards", "Lindenfield Festival"] {
            #expect(x.entity(junk) == nil, "\(junk)")
        }
    }

    @Test func aBodyWordBeforeOfOrForMakesAnOrganisation() {
        let x = Extracted("The Commission for Rural Affairs and the Council of Coastal Towns wrote to Ana Lopes.")
        #expect(x.entity("Commission for Rural Affairs")?.type == .organization)
        #expect(x.entity("Council of Coastal Towns")?.type == .organization)
        #expect(x.entity("Ana Lopes")?.type == .person)
    }

    @Test func knownCompaniesBeatSmallTownsOfTheSameName() {
        // Honda and Nokia are also towns in the gazetteer; as written in business news they are firms.
        let x = Extracted("Honda and Nokia both reported higher profits on Tuesday.")
        #expect(x.entity("Honda")?.type == .organization)
        #expect(x.entity("Nokia")?.type == .organization)
    }

    @Test func knownNamesWithAndInsideAreOneName() {
        let x = Extracted("Shares in Marks and Spencer rose after the Securities and Exchange Commission ruled. Ernst & Young audited both.")
        #expect(x.entity("Marks and Spencer")?.type == .organization)
        #expect(x.entity("Securities and Exchange Commission")?.type == .organization)
        #expect(x.entity("Spencer") == nil)
        #expect(x.entity("Exchange Commission") == nil)
        #expect(x.entity("Ernst & Young")?.type == .organization)
    }

    @Test func andBetweenTwoNamesStillSeparatesThem() {
        let x = Extracted("Talks between Petra Novak and Jonas Berg ended late.")
        #expect(x.entity("Petra Novak")?.type == .person)
        #expect(x.entity("Jonas Berg")?.type == .person)
    }

    @Test func phrasesOfCommonWordsAreTitlesNotPeople() {
        let x = Extracted("Her novel Velvet Paper Lanterns sold well, and the new Extended Battery Life mode won praise from Marta Quist.")
        #expect(x.entity("Velvet Paper Lanterns") == nil)
        #expect(x.entity("Extended Battery Life") == nil)
        #expect(x.entity("Marta Quist")?.type == .person)
    }

    @Test func namesMadeOfCommonWordsButWithAGivenNameOrSurnameStayPeople() {
        // `Price` and `Major` are surnames as well as words; `Grace` is a given name.
        let x = Extracted("Golf champion Walter Price beat Grace Major at the final hole.")
        #expect(x.entity("Walter Price")?.type == .person)
        #expect(x.entity("Grace Major")?.type == .person)
    }

    @Test func anOfficeNamedByCommonWordsStaysANamedParty() {
        let x = Extracted("The bank is in talks with the Data Commissioner about the breach.")
        #expect(x.entity("Data Commissioner") != nil)
    }

    @Test func aLoneCapitalisedWordTheArticleAlsoWritesInLowerCaseIsNoName() {
        let x = Extracted("The film Harvest opens on Friday. Critics said the harvest scenes were long. Kovacs directed it for Ostara Pictures.")
        #expect(x.entity("Harvest") == nil)
        #expect(x.entity("Ostara Pictures") != nil)
    }

    @Test func aWordThatNamesNothingIsTrimmedFromTheEndOfAName() {
        let x = Extracted("Several Labour MPs and Tory MPs walked out.")
        #expect(x.entity("Labour MPs") == nil)
        #expect(x.entity("Labour")?.type == .organization)
    }

    @Test func speakerAndCommissionerAreTitles() {
        let x = Extracted("Speaker Ruth Okonjo called the vote. Commissioner Anders Lind objected.")
        #expect(x.entity("Ruth Okonjo")?.type == .person)
        #expect(x.entity("Speaker Ruth Okonjo") == nil)
        #expect(x.entity("Anders Lind")?.type == .person)
    }

    @Test func titleCaseHeadlineWordsAreNotNames() {
        let x = Extracted("Harbour Board Rejects Koval Plan After Storm\n\nThe harbour board in Tromso rejected a plan by Ivan Koval to widen the quay.")
        #expect(x.entity("Harbour Board Rejects Koval Plan") == nil)
        #expect(x.entity("Rejects") == nil)
        #expect(x.entity("Ivan Koval")?.type == .person)
        #expect(x.entity("Tromso") != nil)
    }

    @Test func aTitleCaseHeadlineKeepsAGivenNameAndSurname() {
        let x = Extracted("Helga Brandt Wins Seat In Runoff\n\nThe count ended late on Sunday.")
        #expect(x.entity("Helga Brandt")?.type == .person)
        #expect(x.entity("Helga Brandt Wins") == nil)
    }

    @Test func loneCapitalisedCommonWordsOutsideSportsAreNoNames() {
        let x = Extracted("Photos Continue below. Settings were changed by the Treasury and Lindqvist on Monday.")
        #expect(x.entity("Continue") == nil)
        #expect(x.entity("Settings") == nil)
        #expect(x.entity("Treasury") != nil)
        #expect(x.entity("Lindqvist") != nil)
    }

    @Test func unnamedGroupsDoNotTakeTheVerbsBeforeThem() {
        let x = Extracted("The charity has been training volunteers since May. Online forums help keep parents informed. Officials met with the senior leaders of the union.")
        let names = x.doc.entities.map(\.name)
        #expect(!names.contains("been training volunteers"))
        #expect(!names.contains("help keep parents"))
        #expect(!names.contains { $0.hasPrefix("keep") || $0.hasPrefix("help") || $0.hasPrefix("been") })
    }

    @Test func aCapitalisedTriggerInsideASentenceIsATitleWord() {
        let x = Extracted("The comedy Meet The Neighbours stars Ola Berg and Pia Lund.")
        #expect(x.events(.meet).isEmpty)
        let y = Extracted("Meeting in Oslo, Ola Berg and Pia Lund agreed a truce.")
        _ = y // sentence-initial capital: still a candidate trigger
        let z = Extracted("Ola Berg met Pia Lund in Oslo.")
        #expect(z.events(.meet).count == 1)
    }

    @Test func aMonthThatIsAGivenNameOpensAName() {
        let x = Extracted("Striker Jan Kessler scored twice. Mira Ito chaired the panel on Jan 5, and talks resume in June.")
        #expect(x.entity("Jan Kessler")?.type == .person)
        #expect(x.entity("June") == nil)
        #expect(x.entity("Jan") == nil)
    }

    /// `mid-March`, `post-Christmas`, `non-EU`: a time or an adjective made with a prefix is no name;
    /// `non-League Tarvale` keeps the club after it.
    @Test func prefixedWordsAreNoNames() {
        let x = Extracted("Talks stalled in mid-March and resumed after the post-Christmas lull. Non-EU staff met on Friday. The pre-Budget report came out. Ann Roe joined non-League Tarvale Town.")
        for junk in ["mid-March", "post-Christmas", "Non-EU", "pre-Budget"] { #expect(x.entity(junk) == nil, "\(junk)") }
        #expect(x.doc.entities.allSatisfy { !$0.name.hasPrefix("non-") }, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Ann Roe")?.type == .person)
        // ("mid-Wales": a place after `mid` is still named.)
        #expect(Extracted("Floods hit farms in mid-Wales.").doc.entities.map(\.type) == [.location])
    }

    /// `World War II`, `the Falklands War`: a war is an event, neither a person nor a body.
    @Test func warsAreNoEntities() {
        let x = Extracted("Veterans of World War II and the Korean War met in Leeds. The post-World War II order is fading, said Anna War.")
        for junk in ["World War II", "Korean War", "War II"] { #expect(x.entity(junk) == nil, "\(junk)") }
        #expect(x.entity("Leeds")?.type == .location)
        #expect(x.entity("Anna War")?.type == .person)
    }
}

/// A group made while an event's arguments were looked for is no entity unless a kept event or
/// relation has it ("come to grips with terms": no entity `terms`).
@Suite struct UnusedGroupsTests {
    @Test func unusedGroupsAreDropped() {
        let x = Extracted(" date 2025-03-12\nBuyers have had to come to grips with terms such as rebate. Victims come to us with pleas for help.")
        #expect(x.doc.entities.allSatisfy { $0.subtype != "group" }, "\(x.doc.entities.map(\.name))")
        #expect(x.doc.mentions.allSatisfy { x.doc.entities.indices.contains($0.entity) })
    }

    @Test func groupsInMeetingsStay() {
        let x = Extracted(" date 2025-03-12\nAnn Roe met union officials in Leeds on Monday.")
        #expect(x.meetingParties.contains { $0.contains("Ann Roe") && $0.count == 2 }, "\(x.meetingParties)")
        #expect(x.doc.entities.contains { $0.subtype == "group" })
    }

    /// "Demonstrators met Ann Roe": a group's name is the common noun, whatever its case as a
    /// sentence's first word.
    @Test func sentenceInitialGroupIsLowercase() {
        let x = Extracted(" date 2025-03-12\nDemonstrators met Ann Roe in Leeds on Monday.")
        #expect(x.doc.entities.filter { $0.subtype == "group" }.map(\.name) == ["demonstrators"])
    }
}
