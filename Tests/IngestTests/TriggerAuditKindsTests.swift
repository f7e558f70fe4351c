import Testing
import EventModel
@testable import Ingest

/// Kinds found by the trigger audit on unseen dated news (issue 3, branch meetC,
/// `Scripts/eval/trigger_audit.py`): active greetings (GreetingRules), a person named in
/// apposition to a description (DescribedAppositions), a negated raising verb (RaisedNegation),
/// and lookalikes that are no meeting (MeetingLookalikes). Invented sentences, each family with
/// near misses that must not fire.
@Suite struct TriggerAuditKindsTests {
    let march = CalendarDate(year: 2017, month: 3, day: 2)

    private func meetings(_ x: Extracted) -> [Event] {
        x.doc.events.filter { $0.type.isMeeting }
    }

    private func parties(_ x: Extracted) -> [Set<String>] {
        meetings(x).map { Set(x.names($0)) }
    }

    // MARK: greeting someone

    @Test(arguments: [
        ("Chancellor Anke Weiss greeted President Luis Ortega at the airport in Berlin.", "Anke Weiss", "Luis Ortega"),
        ("Luis Ortega and Anke Weiss greeted each other warmly at the palace in Madrid.", "Luis Ortega", "Anke Weiss"),
        ("Governor Tom Reed greeted Mayor Ines Kahl with a warm handshake outside the city hall.", "Tom Reed", "Ines Kahl"),
    ])
    func greetingIsAMeeting(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0.isSuperset(of: [a, b]) }, "\(parties(x))")
    }

    /// Reactions, a baseball hit, a greeted decision, crowds and cheers: no meeting.
    @Test(arguments: [
        "Supporters of Tom Reed greeted the news with a mix of relief and concern.",
        "The fans in Lyon greeted the referee's decision with jeers.",
        "Outfielder Sam Dale greeted relief pitcher Carl Mott with a single in the fifth.",
        "Tom Reed was greeted by loud cheers when he walked onto the stage.",
        "Voters in Ohio greeted the plan of Governor Tom Reed with scepticism.",
    ])
    func reactionGreetingsAreNoMeeting(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(meetings(x).filter { $0.type == .meet }.isEmpty, "\(parties(x))")
    }

    // MARK: a person in apposition to a description

    @Test(arguments: [
        ("Senator Paul Drake also met with another powerful Democrat, Senate Leader Ines Kahl of Ohio.", "Paul Drake", "Ines Kahl"),
        ("Mayor Carla Mendes held talks with an old rival, Governor Tom Reed, in Lima.", "Carla Mendes", "Tom Reed"),
        ("Minister Olu Bankole met a fellow reformer, Finance Minister Anna Berg, on Monday.", "Olu Bankole", "Anna Berg"),
        ("Senator Paul Drake flew to Lima to meet with another key figure in his party, Governor Ines Kahl.", "Paul Drake", "Ines Kahl"),
    ])
    func personInAppositionToADescription(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0.isSuperset(of: [a, b]) }, "\(parties(x))")
    }

    /// The name after the comma opens a new clause, or the description is a body: no person party.
    @Test(arguments: [
        ("Mayor Carla Mendes met with the board, Tom Reed said on Monday.", "Tom Reed"),
        ("Mayor Carla Mendes met with her staff, Tom Reed's office said on Monday.", "Tom Reed"),
        ("Mayor Carla Mendes met a group of farmers, Governor Tom Reed said in a statement.", "Tom Reed"),
    ])
    func appositionNearMisses(_ text: String, _ notParty: String) {
        let x = Extracted(text, date: march)
        #expect(!parties(x).contains { $0.contains(notParty) }, "\(parties(x))")
    }

    // MARK: a negated raising verb

    @Test(arguments: [
        "Paul Drake and Ines Kahl are never known to have met.",
        "Paul Drake is not thought to have visited Peru.",
        "Paul Drake and Ines Kahl were not said to have met in Lima.",
    ])
    func raisedNegationNegates(_ text: String) {
        let x = Extracted(text, date: march)
        let m = meetings(x)
        #expect(!m.isEmpty && m.allSatisfy { $0.modality == .negated }, "\(m.map(\.modality))")
    }

    /// Without the negation the raising verb reports the meeting.
    @Test(arguments: [
        "Paul Drake and Ines Kahl are known to have met in Lima.",
        "Paul Drake is said to have visited Peru twice.",
    ])
    func raisingWithoutNegationStays(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(meetings(x).contains { $0.modality != .negated }, "\(meetings(x).map(\.modality))")
    }

    // MARK: lookalikes

    @Test(arguments: [
        "Singer Tom Berg will embark on his farewell tour starting May 16 in Denver.",
        "The band's stadium tour opens in Leeds in June.",
        "Actress Ines Kahl sat down with the Daily Courier in Lima.",
        "Tom Berg met with The Evening Post to discuss his new album.",
        "The accident happened where the Northern line meets the Riverside branch near Elm Park.",
        "Photographs by Tom Berg show the same plane had arrived in Lima earlier that morning.",
        "The flight from Ann Roe's home town finally arrived in Lima at noon.",
    ])
    func lookalikesAreNoMeeting(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(meetings(x).isEmpty, "\(parties(x))")
    }

    /// Real visits and meetings next to those words stay.
    @Test(arguments: [
        ("Tom Berg began a three-day tour of Peru on Monday.", "Tom Berg"),
        ("Tom Berg sat down with Governor Ines Kahl in Lima.", "Ines Kahl"),
        ("Tom Berg sat down with Governor Ines Kahl and the Daily Courier in Lima.", "Ines Kahl"),
        ("Governor Ines Kahl arrived in Lima on the same plane as Tom Berg.", "Ines Kahl"),
    ])
    func lookalikeNearMissesStay(_ text: String, _ who: String) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0.contains(who) }, "\(parties(x))")
    }

    // MARK: people beside a meeting who did not take part

    /// A spokesperson reporting on the meeting, a photo credit: no party.
    @Test(arguments: [
        ("President Luis Ortega met Chancellor Anke Weiss in Lima. Government spokesman Paul Drake said the two leaders did not resolve their differences but the meeting was useful.", "Paul Drake"),
        ("President Luis Ortega will host Chancellor Anke Weiss. Previewing the meeting today between the president and the chancellor, spokesman Paul Drake said Ortega would raise trade.", "Paul Drake"),
        ("(Photo: Anna Berg, AP) Asked about his talks with Governor Ines Kahl, Mayor Tom Reed told reporters they went well.", "Anna Berg"),
    ])
    func briefersAndCreditsAreNoParties(_ text: String, _ notParty: String) {
        let x = Extracted(text, date: march)
        #expect(!parties(x).contains { $0.contains(notParty) }, "\(parties(x))")
    }

    /// A spokesperson who meets someone is a party; so is a person named after "photo" in prose.
    @Test(arguments: [
        ("Spokesman Paul Drake met Mayor Ines Kahl in Lima on Monday.", "Paul Drake"),
        ("Paul Drake, a spokesman for the union, held talks with Governor Ines Kahl.", "Paul Drake"),
        ("After a photo session, Anna Berg met Governor Ines Kahl in Lima.", "Anna Berg"),
    ])
    func spokespeopleWhoMeetStay(_ text: String, _ who: String) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0.contains(who) }, "\(parties(x))")
    }

    // MARK: travel, arrivals and visits that are no visit

    @Test(arguments: [
        "Private firms such as Orbital Works are exploring travel to Mars and the Moon.",
        "Ann Roe arrives in a BMW with two huge exhaust pipes.",
        "Ann Roe arrives in a Rover convertible while Tom Berg drives an old jeep.",
        "Commuters in Lima should visit the Metro Transit website for updates, Ann Roe said.",
    ])
    func noVisit(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(x.events(.visit).isEmpty, "\(x.events(.visit).map { x.names($0) })")
    }

    @Test(arguments: [
        ("Ann Roe will travel to Peru next week.", "Peru"),
        ("Ann Roe arrived in Lima on Monday for talks.", "Lima"),
        ("Ann Roe visited the Lima stock exchange on Monday.", "Lima"),
    ])
    func visitsStay(_ text: String, _ place: String) {
        let x = Extracted(text, date: march)
        #expect(x.events(.visit).contains { x.location($0) == place || x.names($0).contains(place) }, "\(x.events(.visit).map { x.names($0) })")
    }

    // MARK: an empty `it` before "to meet"

    @Test(arguments: [
        "The Metro Council hosted the event. Governor Tom Reed claimed it was a great honour to meet with Mayor Ines Kahl, who he once called a fraud.",
        "The Metro Council opened on Monday. Governor Tom Reed has said it was a privilege to meet Mayor Ines Kahl in Lima.",
    ])
    func expletiveItIsTheSpeaker(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0 == ["Tom Reed", "Ines Kahl"] }, "\(parties(x))")
    }

    /// A body's own `it` stays the body: "said it was ready to meet".
    @Test func referentialItStays() {
        let x = Extracted("The Metro Council said it was ready to meet the union on Monday.", date: march)
        #expect(!parties(x).contains { $0.contains("Tom Reed") } && parties(x).contains { $0.contains("Metro Council") }, "\(parties(x))")
    }

    // MARK: visiting a place to meet someone

    /// The visitor meets, not the place visited.
    @Test(arguments: [
        ("Anna Roe visited the Blue Room to meet President Luis Ortega.", ["Anna Roe", "Luis Ortega"]),
        ("President Luis Ortega hosted Tom Berg. Later, Anna Roe and Eva Lind visited the Oval Office to meet the president.", ["Anna Roe", "Eva Lind", "Luis Ortega"]),
    ])
    func visitorMeets(_ text: String, _ expected: [String]) {
        let x = Extracted(text, date: march)
        let meets = x.events(.meet).map { Set(x.names($0)) }
        #expect(meets.contains(Set(expected)), "\(meets)")
    }

    /// Already right: a city visited to meet someone, and a meeting whose subject is a body.
    @Test(arguments: [
        ("Anna Roe flew to Lima to meet President Luis Ortega.", ["Anna Roe", "Luis Ortega"]),
        ("The Metro Council voted to meet the union on Monday.", ["Metro Council", "union"]),
    ])
    func otherPurposeMeetingsStay(_ text: String, _ expected: [String]) {
        let x = Extracted(text, date: march)
        let meets = x.events(.meet).map { Set(x.names($0)) }
        #expect(meets.contains(Set(expected)), "\(meets)")
    }

    // MARK: "his trip" past a relative clause

    @Test(arguments: [
        ("President Luis Ortega, who has often answered Tom Berg's threats with threats of his own, was about to leave on his five-country trip to Asia.", "Luis Ortega", "Tom Berg"),
        ("Governor Ines Kahl, whose rival Anna Roe had attacked her plan, began her three-day visit to Peru on Monday.", "Ines Kahl", "Anna Roe"),
    ])
    func ownerPastARelativeClause(_ text: String, _ traveller: String, _ other: String) {
        let x = Extracted(text, date: march)
        let visits = x.events(.visit).map { x.names($0) }
        #expect(visits.contains { $0.contains(traveller) } && !visits.contains { $0.contains(other) }, "\(visits)")
    }

    /// A person in the main clause keeps the nearest reading.
    @Test func ownerInTheMainClauseStays() {
        let x = Extracted("Luis Ortega, who spoke on Monday, said Tom Berg would soon leave on his trip to Asia.", date: march)
        let visits = x.events(.visit).map { x.names($0) }
        #expect(visits.contains { $0.contains("Tom Berg") } && !visits.contains { $0.contains("Luis Ortega") }, "\(visits)")
    }
}
