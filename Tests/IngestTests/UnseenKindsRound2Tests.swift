import Testing
import EventModel
@testable import Ingest

/// Meeting kinds found on a fifth set of unseen articles (issue 3): a nationality used as a noun
/// (DemonymParties), the name a relative clause describes (RelativeClauses), talks whose outcome
/// only is conditional (ModalityCues.outcomeFollows) and a gerund opening a sentence before a name
/// (MentionFinder). Invented sentences, each family with near misses that must not fire.
@Suite struct UnseenKindsRound2Tests {
    let november = CalendarDate(year: 2023, month: 11, day: 14)

    private func talks(_ x: Extracted) -> [Event] {
        x.doc.events.filter { $0.type.isMeeting }
    }

    private func parties(_ x: Extracted) -> [Set<String>] {
        talks(x).map { Set(x.names($0)) }
    }

    // MARK: a nationality used as a noun

    /// "in talks with the Chinese", "met the French": the word stands for its country.
    @Test(arguments: [
        ("The astronomer Pieter Janssen said he has been in talks with the Chinese about a telescope.", "Pieter Janssen", "China"),
        ("Mayor Anne Broad met the French on Tuesday to discuss the bridge.", "Anne Broad", "France"),
        ("Minister Olu Bankole held talks with the Japanese in Lagos.", "Olu Bankole", "Japan"),
        ("Senator Paula Reyes met Iranians in Oslo last week.", "Paula Reyes", "Iran"),
    ])
    func nationalityNounIsItsCountry(_ text: String, _ who: String, _ country: String) {
        let x = Extracted(text, date: november)
        #expect(parties(x).contains([who, country]), "\(parties(x))")
    }

    /// Both sides in a coordination: "talks with the Americans and the Russians".
    @Test func coordinatedNationalityNouns() throws {
        let x = Extracted("Minister Olu Bankole held talks with the Americans and the Russians in Vienna.", date: november)
        let t = try #require(talks(x).first)
        #expect(Set(x.names(t)) == ["Olu Bankole", "United States", "Russia"])
    }

    /// A nationality before a noun is an adjective of that noun's phrase, and people counted by a
    /// number are people, not a side.
    @Test(arguments: [
        "Rebels killed three Americans near the border.",
        "Mayor Anne Broad met the French ambassador's driver on Tuesday.",
        "Mayor Anne Broad praised the French on Tuesday.",
    ])
    func nationalityNounNearMisses(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(!parties(x).contains { $0.contains("France") || $0.contains("United States") }, "\(parties(x))")
    }

    // MARK: a relative clause describing a name

    /// "Ann Roe, a UK banker who has held talks with X": Roe holds the talks, not the UK.
    @Test(arguments: [
        ("Anna Berg, a UK investment banker who has held talks with Airbus, declined to comment.", "Anna Berg", "Airbus"),
        ("Ivo Petrak, the Czech envoy who met Ann Roe in May, has resigned.", "Ivo Petrak", "Ann Roe"),
        ("Delta Bank, a German lender which has been in talks with Boeing, fell sharply.", "Delta Bank", "Boeing"),
    ])
    func relativeClauseSubjectIsTheDescribedName(_ text: String, _ who: String, _ other: String) {
        let x = Extracted(text, date: november)
        #expect(parties(x).contains([who, other]), "\(parties(x))")
        #expect(!parties(x).contains { $0.contains("United Kingdom") || $0.contains("Czech Republic") || $0.contains("Germany") })
    }

    /// A trip told inside the description: "Tom Molnar, a US police officer on a visit to Nice,".
    @Test func tripInsideDescription() throws {
        let x = Extracted("Tom Molnar, a US police officer on a visit to Nice, saw the crash.", date: november)
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v, .agent) == ["Tom Molnar"])
    }

    /// Without an apposition the clause keeps its own subject: a name right before `who`.
    @Test func relativeClauseRightAfterAName() {
        let x = Extracted("It was Anna Berg who held talks with Airbus on Monday.", date: november)
        #expect(parties(x).contains(["Anna Berg", "Airbus"]), "\(parties(x))")
    }

    // MARK: talks whose outcome is conditional

    /// "will go bust if talks with the lenders fail": the talks are under way.
    @Test(arguments: [
        "Delta Bank has warned it will go bust if rescue talks with Boeing fail.",
        "Delta Bank said it would close the plant unless the negotiations with Boeing succeed.",
        "Delta Bank could be broken up if its talks with Boeing collapse.",
    ])
    func conditionedOutcomeLeavesTalksAsserted(_ text: String) throws {
        let x = Extracted(text, date: november)
        let t = try #require(talks(x).first { Set(x.names($0)) == ["Delta Bank", "Boeing"] })
        #expect(t.modality == .asserted)
    }

    /// Talks that are themselves the condition stay hypothetical.
    @Test(arguments: [
        "Delta Bank could be saved if talks with Boeing are held.",
        "Delta Bank will survive if it opens talks with Boeing.",
    ])
    func conditionalTalksStayHypothetical(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(!talks(x).contains { Set(x.names($0)) == ["Delta Bank", "Boeing"] && $0.modality == .asserted })
    }

    // MARK: a gerund opening the sentence

    /// "Combining Daiwa and Nomura ...": the gerund is no part of the name.
    @Test(arguments: [
        ("Combining Daiwa and Nomura would create a giant.", "Daiwa"),
        ("Visiting Professor Jan Novak spoke to students.", "Jan Novak"),
    ])
    func sentenceOpeningGerundIsNoName(_ text: String, _ name: String) {
        let x = Extracted(text, date: november)
        #expect(x.entity(name) != nil, "\(x.doc.entities.map(\.name))")
        #expect(!x.doc.entities.contains { $0.name.hasPrefix("Combining") || $0.name.hasPrefix("Visiting") })
    }

    /// A town or a surname ending in -ing keeps its place at the start of a name.
    @Test func placeEndingInIngKeepsItsName() {
        let x = Extracted("Reading Borough Council approved the plan.", date: november)
        #expect(x.doc.entities.contains { $0.name.hasPrefix("Reading") }, "\(x.doc.entities.map(\.name))")
    }

    // MARK: "the two groups" are the organisations named before

    /// A pair noun for organisations takes the last two organisations, one for states the last
    /// two countries, others the last two people — and a named association is an organisation.
    @Test(arguments: [
        ("Ann Roe praised Delta Bank and the Omega Trust. The two groups met on Monday.", ["Delta Bank", "Omega Trust"]),
        ("Delta Bank chairman Ann Roe praised the Riverton Rowing Association. She said the two organisations held talks.",
         ["Delta Bank", "Riverton Rowing Association"]),
        ("Ann Roe flew from France to Spain. The two countries held talks on Friday.", ["France", "Spain"]),
        ("Ann Roe thanked Delta Bank and Ivo Petrak. The two ministers met in Oslo.", ["Ann Roe", "Ivo Petrak"]),
    ])
    func pairNounTakesItsKind(_ text: String, _ pair: [String]) {
        let x = Extracted(text, date: november)
        #expect(parties(x).contains(Set(pair)), "\(parties(x))")
    }

    // MARK: no plans to meet

    /// "there are no plans to enter into negotiations": the talks are negated, not planned.
    @Test(arguments: [
        "Delta Bank said there are no plans to enter into negotiations with Boeing.",
        "Delta Bank has no plans to meet Boeing this year.",
    ])
    func noPlansNegates(_ text: String) throws {
        let x = Extracted(text, date: november)
        let t = try #require(talks(x).first { Set(x.names($0)) == ["Delta Bank", "Boeing"] })
        #expect(t.modality == .negated)
    }

    /// Plans without `no` stay planned.
    @Test func plansStayPlanned() throws {
        let x = Extracted("Delta Bank has plans to meet Boeing next week.", date: november)
        let t = try #require(talks(x).first { Set(x.names($0)) == ["Delta Bank", "Boeing"] })
        #expect(t.modality != .negated)
    }

    // MARK: an away game told as a trip

    /// "their trip to the stadium to face the leaders" is a fixture, not a visit; a trip to meet
    /// someone stays a visit.
    @Test func awayGameIsNoVisit() {
        let x = Extracted("Rovers manager Ann Roe admitted their trip to Villa Park to face United was the hardest draw.", date: november)
        #expect(x.events(.visit).isEmpty)
        let y = Extracted("Senator Paula Reyes made a trip to Paris to meet Ivo Petrak.", date: november)
        #expect(!y.events(.visit).isEmpty || !talks(y).isEmpty)
    }

    // MARK: a month that is a first name

    /// "Jan Kos": a first name (given-names.tsv) before a surname dates nothing.
    @Test(arguments: ["Defender Jan Kos met Ann Roe.", "Later, Jan Novak met Ann Roe in Oslo."])
    func firstNameMonthIsNoDate(_ text: String) throws {
        let x = Extracted(text, date: november)
        let m = try #require(talks(x).first)
        #expect(m.time == nil, "\(String(describing: m.time))")
    }

    /// After a time preposition the month stays a month: "in June Ann Roe met ...".
    @Test func monthAfterPrepositionStaysMonth() throws {
        let x = Extracted("In June Ann Roe met Ivo Petrak in Oslo.", date: november)
        let m = try #require(talks(x).first)
        #expect(m.time?.value.hasPrefix("2023-06") == true, "\(String(describing: m.time))")
    }

    // MARK: a counted group after "met with"

    /// "met with 11 senior rabbis": a number and modifiers before a plural head; a plural in -is
    /// or -us is one when its singular is a word.
    @Test(arguments: [
        ("Prime Minister Olu Bankole met with 11 senior rabbis to ask for their support.", "rabbis"),
        ("Ann Roe met with gurus from the valley on Friday.", "gurus"),
        ("Ann Roe met with three hundred striking miners on Friday.", "miners"),
    ])
    func countedGroupAfterMetWith(_ text: String, _ head: String) {
        let x = Extracted(text, date: november)
        #expect(talks(x).contains { m in x.names(m).contains { $0.hasSuffix(head) } }, "\(parties(x))")
    }

    /// A singular in -is or -us is no group: "met with the crisis team" names no party.
    @Test func singularInIsIsNoGroup() {
        let x = Extracted("Ann Roe met with crisis experts on Friday. Ivo Petrak met with bonus on Friday.", date: november)
        #expect(!x.doc.entities.contains { $0.name == "bonus" || $0.name == "crisis" })
    }

    // MARK: a body before a role and a name

    /// "Chelsea boss Ann Roe": the lone name before a leading role is the body, even when it is
    /// also a given name, so `he` later is the person.
    @Test func bodyBeforeRoleAndName() throws {
        let x = Extracted("Chelsea boss Tom Webb said he was alleged to have held a secret meeting with defender Ivo Petrak.", date: november)
        #expect(x.entity("Chelsea")?.type == .organization)
        #expect(parties(x).contains(["Tom Webb", "Ivo Petrak"]), "\(parties(x))")
    }

    /// A person of the article named in full keeps the word, and a common word opening a line
    /// ("Attacking midfielder Ann Roe") is no body.
    @Test func roleNearMisses() {
        let x = Extracted("Chelsea Lind spoke first. Later Chelsea boss Tom Webb met her.", date: november)
        #expect(x.entity("Chelsea Lind")?.type == .person)
        let y = Extracted("Attacking midfielder Ann Roe scored twice.", date: november)
        #expect(!y.doc.entities.contains { $0.name == "Attacking" })
    }

    /// A gerund before a place is part of a club's name: "Sporting Braga".
    @Test func gerundBeforePlaceKeepsTheName() {
        let x = Extracted("Sporting Braga beat the leaders on Sunday.", date: november)
        #expect(x.doc.entities.contains { $0.name.hasPrefix("Sporting") }, "\(x.doc.entities.map(\.name))")
    }

    // MARK: the government of the article's country

    /// In an article about one country, a bare `the government` in talks is that country, and
    /// "the negotiations will continue" is the same ongoing talks.
    @Test func bareGovernmentIsTheDominantCountry() throws {
        let text = """
        Rebels of the Northern Front freed nine hostages in Peru on Friday. Officials in Peru said the release was part of \
        negotiations between the Northern Front and Peruvian officials. "The negotiations will continue," a spokesman said. \
        The government has been negotiating with the Northern Front for months, officials in Peru say.
        """
        let x = Extracted(text, date: november)
        let sides = talks(x).map { Set(x.names($0)) }
        #expect(sides.filter { $0 == ["Northern Front", "Peru"] }.count == 1, "\(sides)")
        #expect(!sides.contains { $0.contains("government") }, "\(sides)")
        #expect(talks(x).allSatisfy { $0.modality == .asserted })
    }

    /// With two countries named alike, `the government` stays a group.
    @Test func bareGovernmentWithoutDominantCountry() {
        let text = "Peru and Chile traded claims. Peru blamed Chile, and Chile blamed Peru. The government has been negotiating with the Northern Front."
        let x = Extracted(text, date: november)
        #expect(!parties(x).contains { $0.contains("Peru") && $0.contains("Northern Front") }, "\(parties(x))")
    }

    /// With no country ahead, the country whose head on the article's date (office-holders.tsv)
    /// the sentence names is the government's: here South Africa's president in 2010.
    @Test func bareAdministrationBesideTheHeadOfState() {
        let text = "South Africa was quiet. The miners were freed after negotiations between the administration and the Ulu Front, "
            + "a spokesman for President Jacob Zuma said. Kenya and Chile sent envoys."
        let x = Extracted(text, date: CalendarDate(year: 2010, month: 6, day: 1))
        #expect(parties(x).contains { $0.contains("South Africa") && $0.contains("Ulu Front") }, "\(parties(x))")
        #expect(!parties(x).contains { $0.contains("administration") }, "\(parties(x))")
    }

    /// Before his term the same name says nothing of the government.
    @Test func bareAdministrationBesideAFormerHead() {
        let text = "South Africa was quiet. The miners were freed after negotiations between the administration and the Ulu Front, "
            + "a spokesman for Jacob Zuma said. Kenya and Chile sent envoys."
        let x = Extracted(text, date: CalendarDate(year: 2006, month: 6, day: 1))
        #expect(!parties(x).contains { $0.contains("South Africa") }, "\(parties(x))")
    }

    /// Talks that "will resume next week" are a new round: planned.
    @Test func resumingTalksArePlanned() throws {
        let x = Extracted("Delta Bank and Boeing broke off talks. Talks between Delta Bank and Boeing will resume next week.", date: november)
        #expect(talks(x).contains { $0.modality == .planned }, "\(talks(x).map(\.modality))")
    }

    // MARK: "the firms" with no number

    /// "the firms" are the two businesses named just before, across a verb group joined by `and`
    /// and past the newspaper that reports it.
    @Test(arguments: [
        "Shares in Delta Bank and Omega Trust rose. The firms have held discussions with regulators.",
        "Shares of Delta Financial and Omega Securities jumped. Newspaper Daily Ledger claimed that the firms will merge next year and already have held discussions with regulators.",
    ])
    func theFirmsAreTheTwoNamed(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(talks(x).contains { m in
            let n = Set(x.names(m))
            return n.contains { $0.hasPrefix("Delta") } && n.contains { $0.hasPrefix("Omega") }
        }, "\(parties(x))")
    }

    /// Three firms named before: "the firms" is nobody in particular.
    @Test func theFirmsAmongThree() {
        let x = Extracted("Delta Bank, Omega Trust and Sigma Capital rose. The firms have held discussions with regulators.", date: november)
        #expect(!talks(x).contains { m in Set(x.names(m)).isSuperset(of: ["Delta Bank", "Sigma Capital"]) })
    }

    /// A business name ending in a trade word is an organisation, not a person.
    @Test(arguments: ["Kanto Mitsui Financial", "Halden Pharmaceuticals", "Arvo Insurance"])
    func tradeWordTailIsABusiness(_ name: String) {
        let x = Extracted("Shares of \(name) rose on Monday.", date: november)
        #expect(x.entity(name)?.type == .organization, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    // MARK: a tour of one's own country

    /// "a nationwide tour", "a helicopter tour of the country": a trip with no single place.
    @Test(arguments: [
        ("Opposition leader Charles Dunmore begins a nationwide tour on Monday.", "Charles Dunmore"),
        ("Prime Minister Ann Holt stepped up campaigning with a helicopter tour of the country.", "Ann Holt"),
    ])
    func nationalTourIsATrip(_ text: String, _ who: String) {
        let x = Extracted(text, date: november)
        #expect(x.events(.visit).contains { x.names($0, .agent) == [who] }, "\(x.doc.events.map(\.type))")
    }

    /// A tour with nothing to say where is no visit: a concert or a press tour.
    @Test func placelessTourIsNoVisit() {
        let x = Extracted("Singer Ann Holt began a tour on Monday.", date: november)
        #expect(x.events(.visit).isEmpty)
    }

    // MARK: a place visiting itself, and a body's spelled-out name

    /// "embark upon a UK tour" with the traveller unnamed: no visit of the UK to the UK.
    @Test func placeVisitingItselfIsNoVisit() {
        let x = Extracted("As the year went on the band would embark upon a well-received UK tour.", date: november)
        #expect(!x.events(.visit).contains { v in x.names(v) == [x.location(v) ?? ""] })
    }

    /// "the Asia Pacific Economic Co-operation (Apec) summit": the body's news spellings are its aliases.
    @Test func spelledOutBodyIsTheKnownBody() {
        let x = Extracted("The Asia Pacific Economic Co-operation (Apec) summit opened in Lima on Monday.", date: november)
        #expect(x.entity("APEC") != nil, "\(x.doc.entities.map(\.name))")
        #expect(!x.doc.entities.contains { $0.type == .person })
    }
}
