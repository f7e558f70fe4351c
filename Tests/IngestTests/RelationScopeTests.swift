import Testing
import EventModel
@testable import Ingest

/// Relations a careful reader takes (issue 3, relation audit): a role is of the body it names,
/// not of the body that owns a unit ("the chairman of Peru's largest lender") nor of a body
/// whose unit a word before the role names ("Norvex Bank communications chief"); a deputy is a
/// member; a nationality before a lowercase title or in an apposition relates the person to the
/// country. Invented names and sentences only.
@Suite struct PossessiveChainRelationTests {
    @Test func chairmanOfACountrysBankLeadsNoCountry() {
        let x = Extracted("The chairman of Peru's largest lender, Anton Pelling, resigned on Monday.")
        #expect(!x.relations(.leaderOf).contains { $0.1 == "Peru" }, "\(x.relations(.leaderOf))")
        #expect(!x.relations(.memberOf).contains { $0.1 == "Peru" }, "\(x.relations(.memberOf))")
    }

    @Test func formerGovernorOfACountrysCentralBank() {
        let x = Extracted("Lena Varga, a former governor of Chile's central bank, said rates would rise.")
        #expect(x.doc.relations.isEmpty, "\(x.relations(.leaderOf)) \(x.relations(.memberOf))")
    }

    @Test func headOfAnOrganisationsUnitIsAMember() {
        let x = Extracted("Anton Pelling, head of the Norvex Institute's research unit, spoke on Monday.")
        #expect(x.relations(.memberOf).contains { $0 == ("Anton Pelling", "Norvex Institute") }, "\(x.relations(.memberOf))")
        #expect(x.relations(.leaderOf).isEmpty, "\(x.relations(.leaderOf))")
    }

    // Near misses: a named body after the possessive is the body led; no possessive, no unit.
    @Test func namedBodyAfterThePossessiveIsLed() {
        let x = Extracted("The chief of Chile's Coastal Guard, Anton Pelling, spoke.")
        #expect(x.relations(.leaderOf).contains { $0 == ("Anton Pelling", "Coastal Guard") }, "\(x.relations(.leaderOf))")
    }

    @Test func countryAsAnAdjectiveBeforeTheOrganisation() {
        let x = Extracted("Anton Pelling, chief executive of US firm Norvex Labs, said prices would fall.")
        #expect(x.relations(.leaderOf).contains { $0 == ("Anton Pelling", "Norvex Labs") }, "\(x.relations(.leaderOf))")
        #expect(!x.relations(.leaderOf).contains { $0.1 == "United States" }, "\(x.relations(.leaderOf))")
        // Near miss: the country itself.
        let y = Extracted("The president of France, Anton Pelling, said prices would fall.")
        #expect(y.relations(.leaderOf).contains { $0 == ("Anton Pelling", "France") }, "\(y.relations(.leaderOf))")
    }

    @Test func coordinatedTitlesInAnApposition() {
        let x = Extracted("Anton Pelling, chairman and founder of Norvex Bank, said prices would fall.")
        #expect(x.relations(.leaderOf).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(x.relations(.leaderOf))")
    }

    @Test func headOfTheBodyItself() {
        let x = Extracted("Anton Pelling, the head of the Norvex Institute, spoke.")
        #expect(x.relations(.leaderOf).contains { $0 == ("Anton Pelling", "Norvex Institute") }, "\(x.relations(.leaderOf))")
    }
}

@Suite struct RoleModifierRelationTests {
    @Test func unitWordBeforeChiefMakesAMember() {
        let x = Extracted("On Monday, Norvex Bank communications chief Anton Pelling left.")
        #expect(x.relations(.memberOf).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(x.relations(.memberOf))")
        #expect(x.relations(.leaderOf).isEmpty, "\(x.relations(.leaderOf))")
    }

    @Test func unitWordBeforeALeaderOfACountryGivesNothing() {
        let central = Extracted("On Monday, Chile's central bank governor Anton Pelling left.")
        #expect(central.doc.relations.isEmpty, "\(central.relations(.leaderOf))")
        let opposition = Extracted("Chilean opposition leader Anton Pelling arrived in Lima. Chile said little.")
        #expect(!opposition.relations(.leaderOf).contains { $0.1 == "Chile" }, "\(opposition.relations(.leaderOf))")
    }

    @Test func aPlacesUnitSpokespersonSpeaksForNoPlace() {
        let x = Extracted("On Monday, Lima police spokesman Anton Pelling said the road was closed.")
        #expect(x.relations(.spokespersonOf).isEmpty, "\(x.relations(.spokespersonOf))")
        // Near miss: a body's unit spokesman still speaks for the body.
        let y = Extracted("On Monday, Norvex Bank press spokesman Anton Pelling said the branch was closed.")
        #expect(y.relations(.spokespersonOf).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(y.relations(.spokespersonOf))")
    }

    @Test func deputyIsAMember() {
        let x = Extracted("On Monday, Norvex Bank deputy head Anton Pelling left.")
        #expect(x.relations(.memberOf).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(x.relations(.memberOf))")
        #expect(x.relations(.leaderOf).isEmpty, "\(x.relations(.leaderOf))")
        let vice = Extracted("The vice president of Norvex Bank, Anton Pelling, spoke.")
        #expect(vice.relations(.memberOf).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(vice.relations(.memberOf))")
        #expect(vice.relations(.leaderOf).isEmpty, "\(vice.relations(.leaderOf))")
    }

    // Near misses: rank words keep the role, and a two-word title is read whole.
    @Test(arguments: [
        "On Monday, Norvex Bank managing director Anton Pelling left.",
        "Shares fell, said Norvex Bank chief executive Anton Pelling on Monday.",
    ])
    func rankWordsKeepTheLeader(_ text: String) {
        let x = Extracted(text)
        #expect(x.relations(.leaderOf).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(x.relations(.leaderOf))")
    }

    @Test func primeMinisterOfACountryLeadsIt() {
        let x = Extracted("The prime minister of Chile, Anton Pelling, spoke.")
        #expect(x.relations(.leaderOf).contains { $0 == ("Anton Pelling", "Chile") }, "\(x.relations(.leaderOf))")
        #expect(x.relations(.memberOf).isEmpty, "\(x.relations(.memberOf))")
    }

    @Test func partyMemberOfParliament() {
        let x = Extracted("On Monday, Labour MP Ann Roe said the plan would fail.")
        #expect(x.relations(.memberOf).contains { $0 == ("Ann Roe", "Labour") }, "\(x.relations(.memberOf))")
        // Near miss: a capitalised title after a place opens a new phrase.
        let y = Extracted("In Lima President Ann Roe said the plan would fail.")
        #expect(y.doc.relations.filter { $0.predicate == .leaderOf }.isEmpty, "\(y.relations(.leaderOf))")
    }

    @Test func aVerbBetweenAPersonAndARoleIsNoRole() {
        let x = Extracted("Ann Roe described director Anton Pelling as a genius.")
        #expect(x.doc.relations.isEmpty, "\(x.relations(.leaderOf)) \(x.relations(.memberOf))")
        // Near miss: a person's role right after the name.
        let y = Extracted("Prices fell, said Ann Roe adviser Anton Pelling.")
        #expect(y.relations(.advisorTo).contains { $0 == ("Anton Pelling", "Ann Roe") }, "\(y.relations(.advisorTo))")
    }

    @Test func aClauseIsNoRole() {
        let x = Extracted("Tomas Kestrel last week fired deputy Anton Pelling, officials said.")
        #expect(x.relations(.memberOf).isEmpty, "\(x.relations(.memberOf))")
    }
}

@Suite struct DescriptionResolutionTests {
    @Test func copulaResolvesAnIndefiniteDescription() {
        let x = Extracted("Anton Pelling is a senior member of the Norvex Party.")
        #expect(x.relations(.memberOf).contains { $0 == ("Anton Pelling", "Norvex Party") }, "\(x.relations(.memberOf))")
    }

    @Test func indefiniteDescriptionIsNotAPersonNamedLater() {
        let x = Extracted("A member of the Norvex Party said the vote was close. Later Bea Tollan left for Lima.")
        #expect(x.relations(.memberOf).isEmpty, "\(x.relations(.memberOf))")
    }

    @Test func bareDescriptionIsNotAPersonNamedLater() {
        let x = Extracted("Ann Roe, who became chairman of Norvex Bank in May, will step down. Tomas Kestrel praised her.")
        #expect(!x.relations(.leaderOf).contains { $0.0 == "Tomas Kestrel" }, "\(x.relations(.leaderOf))")
        let pronoun = Extracted("Tomas Kestrel spoke first. Then she became chairman of Norvex Bank.")
        #expect(pronoun.relations(.leaderOf).isEmpty, "\(pronoun.relations(.leaderOf))")
        // Near miss: "the ROLE of" introduces the person named next.
        let y = Extracted("The chairman of Norvex Bank will step down in May. Tomas Kestrel said he was tired.")
        #expect(y.relations(.leaderOf).contains { $0 == ("Tomas Kestrel", "Norvex Bank") }, "\(y.relations(.leaderOf))")
    }

    @Test func onePersonNamedLaterHoldsOneDescriptionOfASentence() {
        let x = Extracted("Ann Roe said the report named the president of Chile and the king of Peru. Tomas Kestrel denied it.")
        #expect(x.relations(.leaderOf).filter { $0.0 == "Tomas Kestrel" }.count <= 1, "\(x.relations(.leaderOf))")
    }

    @Test func spokespersonForAndAdviserTo() {
        let a = Extracted("Ann Roe, a spokeswoman for Norvex Bank, said the talks failed.")
        #expect(a.relations(.spokespersonOf).contains { $0 == ("Ann Roe", "Norvex Bank") }, "\(a.relations(.spokespersonOf))")
        let b = Extracted("The spokesman for Norvex Bank, Anton Pelling, said the talks failed.")
        #expect(b.relations(.spokespersonOf).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(b.relations(.spokespersonOf))")
        let c = Extracted("Anton Pelling, an adviser to Norvex Bank, said the talks failed.")
        #expect(c.relations(.advisorTo).contains { $0 == ("Anton Pelling", "Norvex Bank") }, "\(c.relations(.advisorTo))")
    }

    @Test func spokespersonForAPerson() {
        let x = Extracted("Ann Roe, a spokeswoman for President Tomas Kestrel, said the talks failed.")
        #expect(x.relations(.spokespersonOf).contains { $0 == ("Ann Roe", "Tomas Kestrel") }, "\(x.relations(.spokespersonOf))")
        // Near miss: the spokeswoman for a person's campaign is no spokeswoman of the person.
        let y = Extracted("Ann Roe, a spokeswoman for Tomas Kestrel's campaign, said the talks failed.")
        #expect(y.relations(.spokespersonOf).isEmpty, "\(y.relations(.spokespersonOf))")
    }

    @Test func anUnnamedSpokespersonIsNobodyNamedLater() {
        let x = Extracted("A spokeswoman for Norvex Bank said the talks failed. Later Ann Roe left.")
        #expect(x.relations(.spokespersonOf).isEmpty, "\(x.relations(.spokespersonOf))")
    }
}

@Suite struct NationalityRoleTests {
    @Test(arguments: [
        ("Talks began in Peru with the Chilean foreign minister, Anton Pelling, on Monday. Chile agreed.", "Chile"),
        ("Anton Pelling, the Chilean foreign minister, arrived in Lima. Chile agreed.", "Chile"),
        ("Chilean oil minister Anton Pelling arrived in Lima on Monday. Chile agreed.", "Chile"),
    ])
    func ministerIsAMemberOfTheCountry(_ text: String, _ country: String) {
        let x = Extracted(text)
        #expect(x.relations(.memberOf).contains { $0 == ("Anton Pelling", country) }, "\(x.relations(.memberOf))")
    }

    @Test(arguments: [
        "Peruvian president Anton Pelling arrived in Lima. Peru agreed.",
        "Mr Anton Pelling, the Peruvian leader, spoke in Peru.",
    ])
    func presidentAndLeaderLeadTheCountry(_ text: String) {
        let x = Extracted(text)
        #expect(x.relations(.leaderOf).contains { $0.1 == "Peru" && $0.0.hasSuffix("Pelling") }, "\(x.relations(.leaderOf))")
    }

    // Near misses: a role noun names no office, a governor leads a part of the country, a
    // possessive makes the title someone else's, and an unnamed country gives no relation.
    @Test(arguments: [
        "The Chilean commander, Anton Pelling, arrived in Lima. Chile agreed.",
        "Chilean governor Anton Pelling arrived in Lima. Chile agreed.",
        "Anton Pelling, the Chilean foreign minister's aide, arrived. Chile agreed.",
        "Chilean president Anton Pelling arrived in Lima.",
    ])
    func noOfficeOfTheCountry(_ text: String) {
        let x = Extracted(text)
        let toChile = x.doc.relations.filter { x.doc.entities[$0.subject].name == "Anton Pelling" && [.leaderOf, .memberOf].contains($0.predicate) }
        #expect(toChile.isEmpty, "\(x.relations(.leaderOf)) \(x.relations(.memberOf))")
    }
}

@Suite struct AwardNamedAfterAPersonTests {
    @Test(arguments: ["Award", "Medal", "Lecture"])
    func awardIsNoAliasOfThePerson(_ word: String) {
        let x = Extracted("The poet Ann Roe won the Tomas Kestrel \(word) on Monday. Tomas Kestrel wrote forty books.")
        #expect(x.entity("Tomas Kestrel") != nil, "\(x.doc.entities.map(\.name))")
        #expect(!x.doc.entities.contains { e in ([e.name] + e.aliases).contains("Tomas Kestrel \(word)") },
                "\(x.doc.entities.map { ($0.name, $0.aliases) })")
    }
}
