import Testing
import EventModel
@testable import Ingest

/// How a party of a meeting is named (branch meetM, `Scripts/eval/probe_parties.py`): a lone
/// surname opening the sentence, a surname that is also a town, a grammar word or a title, a
/// name with two particles, a hyphenated title before a name, a thing word that is a surname.
/// Invented sentences, none from the probe grid; every family has near misses.
@Suite struct PartyFormsTests {
    let date = CalendarDate(year: 2021, month: 6, day: 3)

    private func parties(_ x: Extracted) -> [Set<String>] {
        x.doc.events.filter { $0.type.isMeeting && [.asserted, .planned].contains($0.modality) }.map { Set(x.names($0)) }
    }

    private func met(_ x: Extracted, _ a: String, _ b: String) -> Bool {
        parties(x).contains { $0.contains(a) && $0.contains(b) }
    }

    /// `who` is a person and a party of a meeting with `other`.
    private func expectPersonMet(_ text: String, _ who: String, _ other: String = "Ines Calder") {
        let x = Extracted(text, date: date)
        #expect(x.entity(who)?.type == .person, "\(x.doc.entities.map { ($0.name, $0.type) })")
        #expect(met(x, who, other), "\(parties(x))")
    }

    /// `who` and `other` are parties of a meeting.
    private func expectMet(_ text: String, _ who: String, _ other: String = "Ines Calder") {
        let x = Extracted(text, date: date)
        #expect(met(x, who, other), "\(parties(x))")
    }

    // MARK: a lone unknown surname in a meeting slot

    @Test(arguments: [
        ("Tembo met Ines Calder in Lima on Monday.", "Tembo"),
        ("Tembo has met Ines Calder twice this year.", "Tembo"),
        ("Vasquenko held talks with Ines Calder in Oslo.", "Vasquenko"),
        ("Ines Calder met Tembo at a hotel in Lima.", "Tembo"),
        ("Ngozika and Ines Calder met in Quito last week.", "Ngozika"),
    ])
    func loneSurnameInAMeetingSlot(_ text: String, _ who: String) {
        expectPersonMet(text, who)
    }

    /// (A plural group stays the unnamed group it was; a common word is no person.)
    @Test(arguments: [
        "Officials met Ines Calder in Lima on Monday.",
        "Protesters met the convoy outside Lima.",
        "Afterwards she left for Lima.",
        "Management met the unions in Lima on Monday.",
    ])
    func commonWordsOpeningASentenceAreNoPerson(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(!x.doc.entities.contains { $0.type == .person && ["Officials", "Protesters", "Afterwards", "Management"].contains($0.name) },
                "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    /// A capitalised common word right after `met` is a name: a surname no lexicon lists.
    @Test(arguments: [
        "Ines Calder met Thimble in Lima on Monday.",
        "Ines Calder met with Thimble in Lima on Monday.",
        "Ines Calder was meeting with Thimble in Lima on Monday.",
    ])
    func commonWordMetIsAName(_ text: String) {
        expectPersonMet(text, "Thimble")
    }

    @Test(arguments: [
        ("Ines Calder met Officials in Lima on Monday.", "Officials"),
        ("The Thimble is a small pub in Lima.", "Thimble"),
        ("Ines Calder said Thimble was closed.", "Thimble"),
    ])
    func commonWordElsewhereIsNoPerson(_ text: String, _ word: String) {
        let x = Extracted(text, date: date)
        #expect(x.entity(word)?.type != .person, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    // MARK: a town named alone in a meeting slot

    @Test(arguments: [
        ("Darwin met Ines Calder in Lima on Monday.", "Darwin"),
        ("Ines Calder met Hastings in Lima on Monday.", "Hastings"),
        ("Stafford and Ines Calder met in Quito last week.", "Stafford"),
        ("Carlisle will meet Ines Calder in Oslo next week.", "Carlisle"),
    ])
    func townInAMeetingSlotIsAPerson(_ text: String, _ who: String) {
        expectPersonMet(text, who)
    }

    @Test(arguments: [
        ("Ines Calder met Rufus Tembo in Hastings on Monday.", "Hastings"),
        ("Ines Calder visited Carlisle on Monday.", "Carlisle"),
        ("Darwin hosted the regional games last year.", "Darwin"),
        ("Rufus Tembo flew from Stafford to Lima.", "Stafford"),
        ("Hastings was visited by Ines Calder in 2019.", "Hastings"),
    ])
    func townOutsideAMeetingSlotStaysAPlace(_ text: String, _ place: String) {
        let x = Extracted(text, date: date)
        #expect(x.entity(place)?.type == .location, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    // MARK: a surname that is a grammar word or a title, after the full name

    @Test(arguments: [
        ("Rosa Will spoke on Monday. Later Will met Ines Calder in Lima.", "Rosa Will"),
        ("Tobias King arrived on Monday. Ines Calder met King in Lima.", "Tobias King"),
        ("Tobias King arrived on Monday. King and Ines Calder held talks in Lima.", "Tobias King"),
        ("Carla Major arrived on Monday. Ines Calder held talks with Major in Lima.", "Carla Major"),
        ("Carla May arrived on Monday. May met Ines Calder in Lima.", "Carla May"),
    ])
    func surnameOfAPersonNamedInFull(_ text: String, _ who: String) {
        let x = Extracted(text, date: date)
        #expect(met(x, who, "Ines Calder"), "\(parties(x)) \(x.doc.events.map(\.modality))")
    }

    @Test func theKingIsNoSurname() {
        let x = Extracted("Tobias King arrived on Monday. Ines Calder met the King in Lima.", date: date)
        #expect(!met(x, "Tobias King", "Ines Calder"), "\(parties(x))")
    }

    @Test(arguments: [
        "May they meet again in Lima, Ines Calder said.",
        "Carla May arrived on Monday. May I meet Ines Calder, she asked.",
    ])
    func aModalOpeningAWishStaysHypothetical(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(!x.doc.events.contains { $0.type.isMeeting && $0.modality == .asserted }, "\(x.doc.events.map(\.modality))")
    }

    // MARK: a title only said of a person before a grammar word

    @Test(arguments: [
        ("Mrs May met Ines Calder in Lima on Monday.", "May"),
        ("Ines Calder held talks with Prime Minister May in Lima.", "May"),
        ("Senator Will met Ines Calder in Lima on Monday.", "Will"),
    ])
    func grammarWordAfterAPersonTitle(_ text: String, _ who: String) {
        expectPersonMet(text, who)
    }

    @Test func aTitleBeforeAVerbNamesNoOne() {
        let x = Extracted("The Prime Minister May be asked to meet Ines Calder.", date: date)
        #expect(x.entity("May") == nil, "\(x.doc.entities.map(\.name))")
    }

    // MARK: two particles inside a name

    @Test(arguments: [
        ("Ines van der Meer met Rufus Tembo in Lima on Monday.", "Ines van der Meer"),
        ("Rufus Tembo held talks with Ines van der Meer in Lima.", "Ines van der Meer"),
        ("Jan de Groot met Rufus Tembo in Lima on Monday.", "Jan de Groot"),
        ("Rufus Tembo met Lucia de la Fuente in Lima on Monday.", "Lucia de la Fuente"),
    ])
    func twoParticlesInsideAName(_ text: String, _ who: String) {
        expectPersonMet(text, who, "Rufus Tembo")
    }

    @Test func aMonthBeforeADayIsNoName() {
        let x = Extracted("Rufus Tembo met Ines Calder in Lima on Jan 5.", date: date)
        #expect(x.entity("Jan") == nil)
        #expect(met(x, "Rufus Tembo", "Ines Calder"), "\(parties(x))")
    }

    // MARK: a hyphenated title before a name

    @Test(arguments: [
        "Rufus Tembo held talks with President-elect Ines Calder in Lima.",
        "Rufus Tembo held talks with Vice-President-elect Ines Calder in Lima.",
        "Rufus Tembo had a meeting with President-elect Ines Calder in Lima.",
    ])
    func hyphenatedTitleBeforeAName(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(met(x, "Rufus Tembo", "Ines Calder"), "\(parties(x))")
    }

    @Test func anAffiliationIsNoTitle() {
        let x = Extracted("Rufus Tembo held talks with Peru-backed rebels in Lima.", date: date)
        #expect(x.entity("Peru")?.type == .location)
    }

    // MARK: a definite title after an apposition with a possessor

    @Test(arguments: [
        "Luis Vera, Peru's finance minister, arrived on Monday. The minister met Ines Calder in Lima on Tuesday.",
        "Luis Vera, Peru's foreign minister, arrived on Monday. The foreign minister held talks with Ines Calder in Lima.",
        "Ana Roe, Kenya's trade minister, landed on Monday. The minister held talks with Ines Calder in Lima.",
    ])
    func titleAfterPossessorApposition(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(met(x, "Luis Vera", "Ines Calder") || met(x, "Ana Roe", "Ines Calder"), "\(parties(x))")
    }

    @Test(arguments: [
        "Luis Vera, Peru's former finance minister, arrived on Monday. The minister met Ines Calder in Lima on Tuesday.",
        "Luis Vera, Ana Roe's finance minister, arrived on Monday. The minister met Ines Calder in Lima on Tuesday.",
    ])
    func possessorAppositionNearMisses(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(!met(x, "Luis Vera", "Ines Calder"), "\(parties(x))")
    }

    // MARK: a thing word that is a surname

    @Test(arguments: [
        ("Ines Calder met Ruth Price in Lima on Monday.", "Ruth Price"),
        ("Ruth Price arrived on Monday. Ines Calder met Price in Lima.", "Ruth Price"),
        ("Ines Calder met Paul Target in Lima on Monday.", "Paul Target"),
    ])
    func thingWordSurname(_ text: String, _ who: String) {
        expectMet(text, who)
    }

    @Test(arguments: [
        "The firm met the price set by Ines Calder in Lima.",
        "The plan met its targets, Ines Calder said.",
    ])
    func thingsMetStayNoMeeting(_ text: String) {
        #expect(parties(Extracted(text, date: date)).isEmpty)
    }
}
