import Testing
import EventModel
@testable import Ingest

/// "Who met whom", round 3 (issue 3): parties named only by a reference (a title with a party
/// word, a title before the name, `we` in a quotation, the subject of a sentence two back),
/// an office of a place kept as the office, and `confer with`. One invented family per rule,
/// with near misses that must not fire.
@Suite struct MeetingsRound3Tests {
    let june = CalendarDate(year: 2024, month: 6, day: 12)

    private func meetings(_ x: Extracted) -> [Event] {
        x.doc.events.filter { $0.type.isMeeting && ($0.modality == .asserted || $0.modality == .planned) }
    }

    private func pairs(_ x: Extracted) -> [Set<String>] { meetings(x).map { Set(x.names($0)) } }

    // MARK: "the Liberal leader": a party word and a title the article introduced with a name

    @Test(arguments: [
        ("Liberal leader Anna Holm appeared willing to talk. Later Peter Strand met the Liberal leader at the palace.", "Anna Holm", "Peter Strand"),
        ("Green chairman Tomas Berg was in the city. Mira Solberg held talks with the Green chairman on Monday.", "Tomas Berg", "Mira Solberg"),
        ("Labour spokesman Ivo Lund arrived late. The Labour spokesman met Clara Ibsen after lunch.", "Ivo Lund", "Clara Ibsen"),
        // An acronym modifier that spells a stop word ("US" is no "us").
        ("US President Dale Carver landed in Oslo. The US president met Clara Ibsen on Monday.", "Dale Carver", "Clara Ibsen"),
        ("UK Foreign Secretary Ann Roe arrived early. Mira Solberg met the UK foreign secretary at noon.", "Ann Roe", "Mira Solberg"),
    ])
    func partyTitleIsThePersonIntroducedSo(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: june)
        #expect(pairs(x).contains([a, b]))
    }

    /// Two people introduced with the same words: the reference stays unresolved.
    @Test func partyTitleOfTwoPeopleStaysOpen() {
        let x = Extracted("Liberal leader Anna Holm spoke first. Liberal leader Erik Dahl spoke next. Peter Strand met the Liberal leader.", date: june)
        #expect(!pairs(x).contains(["Anna Holm", "Peter Strand"]))
        #expect(!pairs(x).contains(["Erik Dahl", "Peter Strand"]))
    }

    /// "the US president" with no one introduced as "US President X" stays the country's.
    @Test func acronymTitleNeverIntroducedStaysTheCountry() {
        let x = Extracted("Dale Carver landed in Oslo. The US president met Clara Ibsen on Monday.", date: june)
        #expect(!pairs(x).contains(["Dale Carver", "Clara Ibsen"]))
    }

    /// No one introduced with that title: no one is guessed.
    @Test func partyTitleNeverIntroducedStaysOpen() {
        let x = Extracted("Anna Holm leads the Liberals. Peter Strand met the Liberal leader at the palace.", date: june)
        #expect(!pairs(x).contains(["Anna Holm", "Peter Strand"]))
    }

    // MARK: a title in the lead, the name further down

    @Test(arguments: [
        ("Papers about the Ghanaian president's visit to Paris were found on a train. A spokesman said President Kofi Mensah was safe.", "Kofi Mensah", "Paris"),
        ("The prime minister's trip to Oslo was cut short. Aides said Prime Minister Lena Varga would return on Friday.", "Lena Varga", "Oslo"),
        ("The Ghanaian president's visit to Paris ended early. President Kofi Mensah flew home. In May President Ama Owusu of Togo was in Lome.", "Kofi Mensah", "Paris"),
    ])
    func leadTitleIsTheOnePersonGivenItLater(_ text: String, _ who: String, _ place: String) throws {
        let x = Extracted(text, date: june)
        let v = try #require(x.events(.visit).first { x.location($0) == place })
        #expect(x.names(v, .agent) == [who])
    }

    /// Two presidents named later: the lead's "the president" is left alone.
    @Test func leadTitleWithTwoLaterHoldersStaysOpen() {
        let x = Extracted("The president's visit to Paris was cut short. President Kofi Mensah and President Ama Owusu spoke later.", date: june)
        let v = x.events(.visit).first { x.location($0) == "Paris" }
        #expect(v.map { x.names($0, .agent) } ?? [] == [])
    }

    // MARK: the office of a place inside a country

    /// "the governor of Nigeria's Kano state" is the governor, not the state (nor the person named before).
    @Test(arguments: [
        "Ada Obi, a teacher, said the town was quiet. After their release, the freed hostages went to meet with the governor of northern Nigeria's Kano state.",
        "Ada Obi spoke first. The freed hostages met the governor of Kenya's Mombasa county on Friday.",
    ])
    func officeOfARegionStaysTheOffice(_ text: String) throws {
        let x = Extracted(text, date: june)
        let m = try #require(x.events(.meet).first)
        let names = Set(x.names(m))
        #expect(names.contains("governor"))
        #expect(!names.contains("Kano") && !names.contains("Mombasa") && !names.contains("Ada Obi"))
    }

    /// The chief of an organisation of a country is still resolved as before.
    @Test func chiefOfACountrysForceStillResolves() {
        let x = Extracted("Omar Haddad, the chief of Iran's Quds Force, met Ali Karimi in Baghdad.", date: june)
        #expect(pairs(x).contains(["Omar Haddad", "Ali Karimi"]))
    }

    // MARK: `we` in an attributed quotation

    @Test(arguments: [
        ("\"We will meet with the striker's representative on Monday,\" said Rovers sporting director Ana Ruiz.", "representative"),
        ("\"We met the union leaders last night,\" said Ana Ruiz of Northfield Council.", "leaders"),
        ("Ana Ruiz said: \"We held talks with Northfield Rovers on Friday.\"", "Rovers"),
    ])
    func quotedWeIsTheSpeakersSide(_ text: String, _ other: String) throws {
        let x = Extracted(text, date: june)
        let m = try #require(meetings(x).first)
        let names = x.names(m)
        #expect(names.contains { $0 == other || $0.hasSuffix(" " + other) })
        #expect(names.count == 2)
    }

    /// A quotation that runs on into the next sentence names its speaker there (QuotedWe, session 22).
    @Test(arguments: [
        "\"About an hour ago I met with Tomas Berg. He is well,\" Ana Ruiz told reporters.",
        "\u{201C}We held talks with Tomas Berg on Friday. They went well,\u{201D} said Ana Ruiz.",
    ])
    func quotationClosedInTheNextSentence(_ text: String) throws {
        let x = Extracted(text, date: june)
        #expect(pairs(x).contains(["Ana Ruiz", "Tomas Berg"]), "\(pairs(x))")
    }

    /// A quotation closed with no speaker after it leaves the quoted `I` unresolved.
    @Test func quotationClosedWithoutSpeaker() {
        let x = Extracted("\"I met with Tomas Berg. He is well.\" Ana Ruiz smiled.", date: june)
        #expect(!pairs(x).contains(["Ana Ruiz", "Tomas Berg"]), "\(pairs(x))")
    }

    /// A quoted `we` with no speaker in the sentence, and `we` outside quotes, are nobody.
    @Test(arguments: [
        "Ana Ruiz spoke to reporters. \"We will meet with the representative on Monday.\"",
        "We will meet with the representative on Monday, Ana Ruiz wrote in her column.",
    ])
    func unattributedWeIsNobody(_ text: String) {
        let x = Extracted(text, date: june)
        #expect(!meetings(x).contains { x.names($0).contains("Ana Ruiz") })
    }

    // MARK: discussions with a country, the other side two sentences back

    @Test func discussionsTakeTheSubjectTwoSentencesBack() {
        let x = Extracted("Norway has offered to send 200 engineers to help. The deployment would involve army units based in Tromso. Discussions have begun with Chile on the timing of the deployment.", date: june)
        #expect(pairs(x).contains(["Norway", "Chile"]))
    }

    /// The sentence between names its own subject: no reach past it.
    @Test func discussionsDoNotReachPastANamedSubject() {
        let x = Extracted("Norway has offered to send 200 engineers. Sweden said it would wait. Discussions have begun with Chile on the timing.", date: june)
        #expect(!pairs(x).contains(["Norway", "Chile"]))
    }

    // MARK: confer with

    @Test(arguments: [
        ("Police will confer with Judge Ann Cole on possible charges.", "Ann Cole"),
        ("Mira Solberg confers with the mediators every morning in Geneva.", "mediators"),
        ("The envoys were conferring with Tomas Berg in Vienna when the news broke.", "Tomas Berg"),
    ])
    func conferWithIsAMeeting(_ text: String, _ other: String) throws {
        let x = Extracted(text, date: june)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m).contains(other))
    }

    /// "conference" and "conferred a degree" are no meeting.
    @Test(arguments: [
        "Mira Solberg spoke at a conference with Tomas Berg in the audience.",
        "The university conferred an honorary degree on Tomas Berg.",
    ])
    func conferenceIsNoConferring(_ text: String) {
        #expect(Extracted(text, date: june).events(.meet).isEmpty)
    }
}

/// Precision fixes found by reading what changed on unannotated articles.
@Suite struct MeetingsRound3PrecisionTests {
    /// "on his first official visit to CITY": `official` is an adjective, not the visitor.
    @Test(arguments: [
        "Omar Haddad met Lena Varga at the palace, on his first official visit to Oslo.",
        "Lena Varga arrived on Monday for a state visit to Oslo.",
        "Omar Haddad was on his first official visit to Oslo.",
    ])
    func adjectiveGroupNounIsNoVisitor(_ text: String) {
        let x = Extracted(text)
        let visits = x.events(.visit).filter { x.location($0) == "Oslo" }
        #expect(!visits.contains { x.names($0).contains { $0 == "official" || $0 == "state" } })
    }

    /// "X was in COUNTRY visiting the shrine": the country is where, X the visitor.
    @Test(arguments: [
        "On Thursday Omar Haddad was in India visiting the old fort in Jaipur.",
        "Lena Varga was in Peru visiting farmers in Cusco.",
    ])
    func placeBeforeParticipleIsNoSubject(_ text: String) {
        let x = Extracted(text)
        let m = x.doc.events.filter { $0.type.isMeeting }
        #expect(!m.isEmpty)
        #expect(!m.contains { x.names($0, .agent).contains { $0 == "India" || $0 == "Peru" } })
    }

    /// A subject country right before its verb is still the subject.
    @Test func countrySubjectBeforeVerbStays() throws {
        let x = Extracted("After the vote India visited the question again. Chile met Peru in Lima on Monday.")
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Chile", "Peru"])
    }
}

/// An arrival in a country and a visit to one of its cities by the same traveller: one visit.
@Suite struct CountryArrivalTests {
    @Test(arguments: [
        "Papers about Omar Haddad's visit to Paris were found. Mr Haddad arrived in France on Sunday.",
        "Omar Haddad arrived in France on Sunday. On Monday Mr Haddad visited Paris.",
    ])
    func arrivalInTheCitysCountryIsTheCityVisit(_ text: String) {
        let x = Extracted(text)
        let visits = x.events(.visit).filter { x.names($0, .agent) == ["Omar Haddad"] }
        #expect(visits.contains { x.location($0) == "Paris" })
        #expect(!visits.contains { x.location($0) == "France" })
    }

    /// A city of another country, or another traveller: the arrival stays.
    @Test(arguments: [
        "Omar Haddad arrived in France on Sunday. On Monday Mr Haddad visited Madrid.",
        "Omar Haddad arrived in France on Sunday. On Monday Lena Varga visited Paris.",
    ])
    func arrivalStaysBesideAnotherVisit(_ text: String) {
        let x = Extracted(text)
        #expect(x.events(.visit).contains { x.location($0) == "France" && x.names($0, .agent) == ["Omar Haddad"] })
    }
}

/// Subjects across an apposition before a light verb, and gerunds after a preposition.
@Suite struct ClauseShapeTests {
    /// "X, the Danish foreign minister, held talks with Y": X, not Denmark, is the party.
    @Test(arguments: [
        "Tomas Berg, the Danish foreign minister, held a consultation with Lena Varga.",
        "Tomas Berg, the Danish foreign minister, held talks with Lena Varga in Oslo.",
        "Tomas Berg, the Danish foreign minister, had a meeting with Lena Varga on Monday.",
    ])
    func appositionBeforeLightVerbIsSkipped(_ text: String) throws {
        let x = Extracted(text)
        let m = try #require(x.doc.events.first { $0.type.isMeeting })
        #expect(Set(x.names(m)) == ["Tomas Berg", "Lena Varga"])
    }

    /// "after meeting X": the main clause's subject met X.
    @Test(arguments: [
        ("Ana Ruiz flew home to Spain after meeting Ivo Lund in Rome.", "Ivo Lund"),
        ("Ana Ruiz spoke to reporters before meeting the mediators in Doha.", "mediators"),
    ])
    func gerundAfterPrepositionTakesItsObject(_ text: String, _ other: String) throws {
        let x = Extracted(text)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Ana Ruiz", other])
    }

    /// A gerund whose object is no party is no meeting: "after meeting the targets", "after meeting Monday".
    @Test(arguments: [
        "Ana Ruiz was praised after meeting the targets.",
        "Ana Ruiz left the hall after meeting Monday.",
    ])
    func gerundWithoutPartyIsNoMeeting(_ text: String) {
        let x = Extracted(text)
        #expect(!x.events(.meet).contains { $0.modality == .asserted && Set(x.names($0)).count >= 2 })
    }
}

/// A summit that names no one, in a passage about one intergovernmental body.
@Suite struct ContextSummitTests {
    private func summits(_ x: Extracted) -> [Event] {
        x.events(.meet).filter { $0.modality == .asserted || $0.modality == .planned }
    }

    @Test(arguments: [
        ("Lena Varga wants the EU's budget rules loosened. She said members need more room. The changes are due to be agreed at an economic summit in March.", "European Union"),
        ("NATO members have raised spending. Allies will review the plan at a summit in July.", "NATO"),
    ])
    func summitOfTheBodyInThePassage(_ text: String, _ body: String) throws {
        let x = Extracted(text, date: CalendarDate(year: 2024, month: 1, day: 10))
        let m = try #require(summits(x).first)
        #expect(x.names(m) == [body] || x.names(m).contains(body))
    }

    /// Two bodies in the passage, none at all, or a mountain top: no summit of anyone.
    @Test(arguments: [
        "The EU and NATO disagree on the plan. Leaders will discuss it at a summit in July.",
        "Leaders will discuss the plan at a summit in July.",
        "The EU climbers reached the summit of the mountain on Monday.",
    ])
    func noSummitWithoutOneBody(_ text: String) {
        let x = Extracted(text, date: CalendarDate(year: 2024, month: 1, day: 10))
        #expect(summits(x).isEmpty)
    }
}

/// A summit whose parties an earlier meeting gives keeps them: the body of the passage is no substitute.
@Suite struct ContextSummitAnaphoraTests {
    @Test func earlierPartiesWinOverTheBody() throws {
        let x = Extracted("Ana Ruiz held talks with Ivo Lund in Lisbon on Monday. The EU budget rules were discussed. The summit will resume on Friday.",
                          date: CalendarDate(year: 2024, month: 1, day: 10))
        let m = try #require(x.events(.meet).first { $0.trigger == "summit" })
        #expect(Set(x.names(m)).isSuperset(of: ["Ana Ruiz", "Ivo Lund"]))
    }
}

/// `his speech to the UN General Assembly`: `his` is the clause's subject, even one the mention finder missed.
@Suite struct SessionSpeakerTests {
    private func sessions(_ x: Extracted) -> [Event] { x.events(.meet).filter { $0.trigger == "speech" } }

    /// An unknown capitalised subject before `should`: not the person named in the sentence before.
    @Test func unknownSubjectIsNotReplacedByAnEarlierPerson() {
        let x = Extracted("\"The sanctions failed,\" said Ana Ruiz, a former envoy. He said Zorbu should use his speech to the UN General Assembly next week to call for calm.",
                          date: CalendarDate(year: 2024, month: 9, day: 10))
        #expect(!sessions(x).contains { x.names($0).contains("Ana Ruiz") })
    }

    /// A known subject still speaks; a title subject still resolves as before.
    @Test(arguments: [
        "Ana Ruiz said Ivo Lund should use his speech to the UN General Assembly next week to call for calm.",
        "Ivo Lund arrived on Monday. The President will use his speech to the UN General Assembly next week to call for calm.",
    ])
    func knownSubjectSpeaks(_ text: String) throws {
        let x = Extracted(text, date: CalendarDate(year: 2024, month: 9, day: 10))
        let m = try #require(sessions(x).first)
        #expect(x.names(m).contains("Ivo Lund"))
    }
}
