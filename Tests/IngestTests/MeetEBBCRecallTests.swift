import Testing
import EventModel
@testable import Ingest

/// Kinds found by the BBC recall audit (issue 3, branch meetE, `Scripts/eval/trigger_audit.py
/// --corpus bbc`): meetings a reader sees on unseen BBC articles and eventkb missed. Invented
/// sentences, each family with near misses that must not fire or must keep their parties.
@Suite struct MeetEBBCRecallTests {
    let day = CalendarDate(year: 2005, month: 2, day: 14)

    private func meetings(_ x: Extracted) -> [Event] {
        x.doc.events.filter { $0.type.isMeeting && $0.modality != .negated }
    }

    private func parties(_ x: Extracted) -> [Set<String>] {
        meetings(x).map { Set(x.names($0)) }
    }

    // MARK: a nationality word before the counterpart's name (NationalityModifiers)

    @Test(arguments: [
        ("Nortex Motors is in talks with French carmaker Alba Vento Group about a joint engine plant.", "Nortex Motors", "Alba Vento Group"),
        ("Miro Foods began negotiations with Dutch retailer Vanto Stores on Monday.", "Miro Foods", "Vanto Stores"),
        ("Kestrel Bank has held talks with Spanish lender Rivera Holdings over a merger.", "Kestrel Bank", "Rivera Holdings"),
        ("Finance minister Pierre Laval held talks with his German counterpart Karl Moser in Paris.", "Pierre Laval", "Karl Moser"),
    ])
    func counterpartAfterANationality(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: day)
        #expect(parties(x).contains { $0.isSuperset(of: [a, b]) }, "\(parties(x))")
    }

    /// Lectures on a nationality's things, a nationality that is the topic: no talks with anyone.
    @Test(arguments: [
        "Professor Tom Berg gave talks on French cinema in Lyon.",
        "Nortex Motors said talks on Peruvian tariffs had stalled.",
    ])
    func nationalityWithoutCounterpart(_ text: String) {
        let x = Extracted(text, date: day)
        #expect(meetings(x).allSatisfy { x.names($0).count < 2 }, "\(parties(x))")
    }

    // MARK: a country's possessive before a titled subject (PossessorBeforeTitle)

    @Test(arguments: [
        ("Peru's President Ana Soto began a two-day visit to Quito on Monday.", "Ana Soto", "Quito"),
        ("Austria's Chancellor Hans Berger began a week-long visit to Hanoi on Friday by opening a trade fair, state radio said.", "Hans Berger", "Hanoi"),
        ("Kenya's Foreign Minister Peter Kamau made a surprise visit to Kampala on Friday.", "Peter Kamau", "Kampala"),
    ])
    func possessedTitleSubjectVisits(_ text: String, _ who: String, _ place: String) {
        let x = Extracted(text, date: day)
        let visits = x.events(.visit)
        #expect(visits.contains { x.names($0).contains(who) && x.location($0) == place }, "\(visits.map { (x.names($0), x.location($0)) })")
    }

    @Test func possessedTitleSubjectTalks() {
        let x = Extracted("Austria's Chancellor Hans Berger held talks with Prime Minister Li Wen in Hanoi.", date: day)
        #expect(parties(x).contains { $0.isSuperset(of: ["Hans Berger", "Li Wen"]) }, "\(parties(x))")
    }

    /// A possessor before a name with no title stays out of the subject position ("John Peel's
    /// BBC Radio show"), and the speaker before a possessed name is not the traveller.
    @Test func possessorWithoutTitleIsNoSubject() {
        let x = Extracted("The late Tom Berg's Radio Northfield slot will be filled by new programmes hosted by four presenters.", date: day)
        #expect(!meetings(x).contains { x.names($0).contains("Radio Northfield") }, "\(parties(x))")
    }

    // MARK: talks over a topic, then the counterpart (TalksOverWith)

    @Test(arguments: [
        ("Striker Tom Berg is in talks over a new two-year deal with Northfield Rovers.", "Tom Berg", "Northfield Rovers"),
        ("Kestrel Bank held talks over the sale of its insurance arm with Alba Group.", "Kestrel Bank", "Alba Group"),
        ("Miro Foods has been in negotiations over a supply deal with Vanto Stores since May.", "Miro Foods", "Vanto Stores"),
    ])
    func counterpartAfterTheTopic(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: day)
        #expect(parties(x).contains { $0.isSuperset(of: [a, b]) }, "\(parties(x))")
    }

    /// A clause boundary between the topic and `with`, or a quarrel "over" something: no talks
    /// with the name after it.
    @Test(arguments: [
        "Tom Berg has been in talks over his future, and fell out with Northfield Rovers last month.",
        "Tom Berg clashed over pay with Northfield Rovers.",
    ])
    func noCounterpartAcrossAClause(_ text: String) {
        let x = Extracted(text, date: day)
        #expect(!parties(x).contains { $0.isSuperset(of: ["Tom Berg", "Northfield Rovers"]) }, "\(parties(x))")
    }

    @Test func refusedTalksOverATopicStayNegated() {
        let x = Extracted("Kestrel Bank will not hold talks over a merger with Alba Group.", date: day)
        let talks = x.events(.negotiate)
        #expect(talks.contains { Set(x.names($0)) == ["Kestrel Bank", "Alba Group"] && $0.modality == .negated },
                "\(talks.map { (x.names($0), $0.modality) })")
    }

    // MARK: "in discussion with" (event-triggers.tsv) and a nation's ministry (group-nouns.tsv)

    @Test(arguments: [
        ("Kestrel Bank is in discussion with Alba Group over a merger.", "Kestrel Bank", "Alba Group"),
        ("Inventor Tom Berg has built a cheap laptop. He is already in discussion with the Peruvian education ministry about supplying schools.", "Tom Berg", "Peru"),
    ])
    func inDiscussionWith(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: day)
        #expect(parties(x).contains { $0.contains { $0.hasSuffix(a) } && $0.contains(b) }, "\(parties(x))")
    }

    /// A plan under discussion, a panel discussion on a topic: no talks.
    @Test(arguments: [
        "The plan is still in discussion and no date has been set.",
        "Tom Berg took part in a panel discussion on the economy in Leeds.",
    ])
    func discussionWithoutTalks(_ text: String) {
        let x = Extracted(text, date: day)
        #expect(x.events(.negotiate).isEmpty, "\(parties(x))")
    }

    // MARK: the speaker's nationality is not the party (SpeakerAfterMeeting)

    @Test(arguments: [
        "\"Rates must fall,\" said Peruvian finance minister Ana Soto, after a meeting with her Chilean counterpart Luis Vera.",
        "\"Prices will settle,\" said Nigerian trade minister Anil Okoro, after a meeting with his Ghanaian counterpart Luis Vera.",
    ])
    func speakerNotTheirCountry(_ text: String) {
        let x = Extracted(text, date: day)
        let speaker = text.contains("Ana Soto") ? "Ana Soto" : "Anil Okoro"
        #expect(parties(x).contains { $0.isSuperset(of: [speaker, "Luis Vera"]) }, "\(parties(x))")
        #expect(!parties(x).contains { $0.contains("Peru") || $0.contains("Nigeria") }, "\(parties(x))")
    }

    // MARK: a dated meeting in a `when` clause (WhenClauseMeetings)

    @Test(arguments: [
        "Analysts said rates were likely to stay put when Tom Berg meets Ann Lind next week.",
        "The deal could be signed once President Ana Soto meets Li Wen on Friday.",
    ])
    func datedWhenClauseIsPlanned(_ text: String) {
        let x = Extracted(text, date: day)
        #expect(x.doc.events.contains { $0.type == .meet && $0.modality == .planned }, "\(x.doc.events.map { ($0.trigger, $0.modality) })")
    }

    /// Without a time of its own the clause stays hedged.
    @Test(arguments: [
        "Analysts said prices could fall when Tom Berg meets Ann Lind.",
        "Prices might rise when the two rivals Tom Berg and Ann Lind meet, analysts said.",
    ])
    func undatedOrHedgedWhenClauseStaysHypothetical(_ text: String) {
        let x = Extracted(text, date: day)
        #expect(!x.doc.events.contains { $0.type == .meet && ($0.modality == .planned || $0.modality == .asserted) },
                "\(x.doc.events.map { ($0.trigger, $0.modality) })")
    }

    // MARK: "the two", "the two companies" (PairNamedAfter)

    @Test func bareTwoPeopleMet() {
        let x = Extracted("Tom Berg and Ann Lind were both at the festival. The two met for the first time in Leeds.", date: day)
        #expect(parties(x).contains { $0.isSuperset(of: ["Tom Berg", "Ann Lind"]) }, "\(parties(x))")
    }

    /// Organisations are not guessed from "the two": the last two named are often brands; and
    /// in a sentence about companies the last two people named are not "the two".
    @Test func bareTwoOrganisationsAreNotGuessed() {
        let x = Extracted("Nortex Motors owns the Penfold and Lindell brands. Trading was halted as the two held talks on Monday.", date: day)
        #expect(!parties(x).contains { $0.isSuperset(of: ["Penfold", "Lindell"]) }, "\(parties(x))")
        let y = Extracted("\"It is a good deal,\" said Tom Berg, talking to Ann Lind. Both companies' shares fell as the two held talks on Monday.", date: day)
        #expect(!parties(y).contains { $0.isSuperset(of: ["Tom Berg", "Ann Lind"]) }, "\(parties(y))")
    }

    @Test func twoCompaniesNamedAfterTheTalks() {
        let x = Extracted("Alba Group owns the Penfold and Lindell brands. The two companies have held several rounds of talks since Nortex Motors took a share of Alba Group in May.", date: day)
        #expect(parties(x).contains { $0 == ["Nortex Motors", "Alba Group"] }, "\(parties(x))")
    }

    /// Names after `with` are the counterparts, not the two companies.
    @Test func twoCompaniesWithCounterparts() {
        let x = Extracted("Kestrel Bank and Miro Foods were named. The two companies held talks with Vanto Stores and Rivera Holdings after the sale.", date: day)
        #expect(!parties(x).contains { $0 == ["Vanto Stores", "Rivera Holdings"] }, "\(parties(x))")
    }

    // MARK: a country and a body as joint subjects (MixedSubjects)

    @Test(arguments: [
        ("The EU and Peru will begin talks on fishing quotas next month, officials said.", "European Union", "Peru"),
        ("Kestrel Bank and Peru are to hold talks on the debt.", "Kestrel Bank", "Peru"),
    ])
    func countryAndBodyAsSubjects(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: day)
        #expect(parties(x).contains { $0.isSuperset(of: [a, b]) }, "\(parties(x))")
    }

    /// A place inside a phrase before `and`, and a person beside a body, are no joint subjects.
    @Test(arguments: [
        "Police in Paris and Tom Berg met on Tuesday.",
        "Officials from Peru and the Kestrel Bank board said talks had begun.",
    ])
    func noMixedSubjectsAcrossPhrases(_ text: String) {
        let x = Extracted(text, date: day)
        #expect(!parties(x).contains { $0.contains("Paris") || $0.isSuperset(of: ["Peru", "Kestrel Bank"]) }, "\(parties(x))")
    }

    // MARK: "would" in reported speech with a day (ReportedDatedFuture)

    @Test(arguments: [
        "Aides told reporters that Tom Berg and Luis Vera would go over the budget at a meeting on Tuesday.",
        "Aides said Tom Berg would meet Luis Vera next week.",
    ])
    func reportedDatedWouldIsPlanned(_ text: String) {
        let x = Extracted(text)
        #expect(x.doc.events.contains { $0.type.isMeeting && $0.modality == .planned }, "\(x.doc.events.map { ($0.trigger, $0.modality) })")
    }

    /// A condition, or no report and no day: still hypothetical.
    @Test(arguments: [
        "Tom Berg said he would meet Luis Vera on Tuesday if the strike ended.",
        "Aides said Tom Berg would meet Luis Vera one day.",
    ])
    func conditionalWouldStaysHypothetical(_ text: String) {
        let x = Extracted(text)
        #expect(!x.doc.events.contains { $0.type.isMeeting && ($0.modality == .planned || $0.modality == .asserted) },
                "\(x.doc.events.map { ($0.trigger, $0.modality) })")
    }
}
