import Testing
import EventModel
@testable import Ingest

/// Kinds found by the precision audit of branch meetJ (`Scripts/eval/precision_audit.py`): meetings
/// eventkb reported on unseen articles with a party a careful reader would not give, or that were
/// no meeting. Invented sentences, each family with near misses that must keep their parties.
@Suite struct MeetJPrecisionTests {
    let march = CalendarDate(year: 2021, month: 3, day: 4)

    private func meetings(_ x: Extracted) -> [Event] { x.meetingEvents }

    private func parties(_ x: Extracted) -> [Set<String>] { x.meetingParties }

    /// Some meeting of `text` names both `a` and `b`.
    private func expectPair(_ text: String, _ a: String, _ b: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0.isSuperset(of: [a, b]) }, "\(parties(x))", sourceLocation: sourceLocation)
    }

    // MARK: a role noun before a body's name (NamedAfterGroups)

    @Test(arguments: [
        ("The Kestrel Exchange confirmed it remains in talks with rival bidder Norvik Capital.", "Kestrel Exchange", "Norvik Capital"),
        ("The Arvo Group has held talks with investor Selwyn Partners about a stake.", "Arvo Group", "Selwyn Partners"),
        ("The Arvo Group is in talks with suitor Halden Holdings over a takeover.", "Arvo Group", "Halden Holdings"),
    ])
    func bodyAfterRoleNounIsTheParty(_ text: String, _ a: String, _ b: String) {
        expectPair(text, a, b)
        let x = Extracted(text, date: march)
        #expect(!parties(x).contains { $0.contains("rival bidder") || $0.contains("investor") || $0.contains("suitor") }, "\(parties(x))")
    }

    /// A person after the role noun stays the party; an unnamed bidder stays a group.
    @Test func personAfterRoleNounAndUnnamedBidderStay() {
        let x = Extracted("The Arvo Group has held talks with investor Tom Reed about a stake.", date: march)
        #expect(parties(x).contains { $0.isSuperset(of: ["Arvo Group", "Tom Reed"]) }, "\(parties(x))")
        let y = Extracted("The Arvo Group said it was in talks with a mystery bidder.", date: march)
        #expect(parties(y).contains { $0.contains("Arvo Group") }, "\(parties(y))")
    }

    // MARK: a group of a named body (NamedAfterGroups)

    @Test(arguments: [
        ("Ann Roe and Tom Reed met officials from the Northern Rail Authority to discuss the timetable.", "Northern Rail Authority"),
        ("Minister Ines Kahl held talks with representatives of the Kestrel Mining Company in Lima.", "Kestrel Mining Company"),
        ("Governor Paul Drake met with officials from Chile on Tuesday.", "Chile"),
    ])
    func groupOfANamedBodyIsTheBody(_ text: String, _ body: String) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0.contains(body) }, "\(parties(x))")
        #expect(!parties(x).contains { $0.contains("officials") || $0.contains("representatives") }, "\(parties(x))")
    }

    /// Students from a city are no body; officials with no body named stay officials.
    @Test func groupsFromAPlaceOrOfNoBodyStay() {
        let x = Extracted("Governor Paul Drake met with students from Lima on Tuesday.", date: march)
        #expect(!parties(x).contains { $0.contains("Lima") }, "\(parties(x))")
        let y = Extracted("Governor Paul Drake met with officials on Tuesday to discuss the budget.", date: march)
        #expect(!parties(y).contains { $0.count > 1 && !$0.contains("Paul Drake") }, "\(parties(y))")
    }

    // MARK: a body's people named in apposition (NamedAfterGroups)

    @Test(arguments: [
        "On Friday Governor Ann Roe is due to sit down for talks with the Labour leaders in the assembly, Tom Reed and Ines Kahl.",
        "Governor Ann Roe met with the Labour leaders in the senate, Tom Reed and Ines Kahl, on Monday.",
    ])
    func apposedPeopleAreTheParties(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(parties(x).contains { $0.isSuperset(of: ["Ann Roe", "Tom Reed", "Ines Kahl"]) }, "\(parties(x))")
        #expect(!parties(x).contains { $0.contains("Labour") || $0.contains("Green") }, "\(parties(x))")
    }

    /// The name after the comma is the speaker: the body stays the party.
    @Test func speakerAfterTheCommaIsNoParty() {
        let x = Extracted("Governor Ann Roe met with the Labour leaders in the assembly, Tom Reed said on Monday.", date: march)
        #expect(!parties(x).contains { $0.contains("Tom Reed") }, "\(parties(x))")
    }

    // MARK: "a host of" (QuantityHosts; the quantity itself is tested with the panels below)

    /// A host who receives a guest is still one.
    @Test(arguments: [
        "President Luis Vera will host Prime Minister Tom Reed in Lima on Friday.",
        "Chancellor Anke Weiss hosts President Luis Ortega at her residence.",
    ])
    func realHostsStay(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(meetings(x).contains { Set(x.names($0)).count == 2 }, "\(parties(x))")
    }

    // MARK: "the two sides" among three bodies (AmbiguousSides)

    @Test(arguments: [
        "Norvik Telecom said it was suing Halden Holdings over its new service. Halden Holdings uses the Arvo Group's logo. Months of talks between the two sides had broken down.",
        "Norvik Telecom sued Halden Holdings over a logo that Arvo Group had designed. Months of talks between the two sides had broken down.",
    ])
    func ambiguousSidesGiveNoPair(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(!x.events(.negotiate).contains { $0.participants.count >= 2 }, "\(parties(x))")
    }

    /// Exactly two named: the pair stands.
    @Test(arguments: [
        ("Peru and Chile have been at odds over fishing rights for a decade. The two sides agreed to reopen talks on Tuesday.", "Peru", "Chile"),
        ("Ghana and Togo signed a border deal in 2019. The two sides held talks in Accra on Monday.", "Ghana", "Togo"),
    ])
    func twoNamedSidesStay(_ text: String, _ a: String, _ b: String) {
        expectPair(text, a, b)
    }

    /// Among three or more bodies, the two named together as a clause's subject (a verb follows)
    /// or after `between` are the sides; a pair inside a phrase ("aid to Andean Air and Peru's
    /// flag carrier") is not.
    @Test(arguments: [
        ("Peru and Chile have quarrelled over state aid to Andean Air and Pampa Jets. On Tuesday the two sides resumed talks in Quito.", "Peru", "Chile"),
        ("The US and the EU stepped back from a row over subsidies to Airbus and US firm Boeing. Officials said the two sides had agreed to reopen talks.", "United States", "European Union"),
        ("A dispute between Ghana and Togo over fishing has hurt Nigeria. The two sides will meet in Lome next month.", "Ghana", "Togo"),
    ])
    func sidesNamedAsASubjectPair(_ text: String, _ a: String, _ b: String) {
        expectPair(text, a, b)
    }

    // MARK: whose visit a meeting's sentence tells after it (MeetingVisitOwners)

    @Test(arguments: [
        "President Luis Vera met Chancellor Tom Reed at the chancellery on Tuesday, on his first state visit to Austria.",
        "President Luis Vera met Chancellor Tom Reed in Berlin on Tuesday during his three-day visit to Germany.",
    ])
    func visitAfterAMeetingIsTheAgents(_ text: String) {
        let x = Extracted(text, date: march)
        let visits = x.events(.visit)
        #expect(visits.contains { x.names($0, .agent) == ["Luis Vera"] }, "\(visits.map { x.names($0) })")
        #expect(!visits.contains { x.names($0, .agent) == ["Tom Reed"] }, "\(visits.map { x.names($0) })")
    }

    /// A meeting whose agent is a body leaves `his` to the person; a visit before the meeting is
    /// OwnedTrips' case.
    @Test func bodyAgentAndFrontedVisitStay() {
        let x = Extracted("The Kestrel Union met Tom Reed at his office, on his first visit to Lima.", date: march)
        #expect(!x.events(.visit).contains { x.names($0, .agent) == ["Kestrel Union"] }, "\(x.events(.visit).map { x.names($0) })")
        let y = Extracted("On his visit to Norway, President Luis Vera met Prime Minister Tom Reed.", date: march)
        #expect(y.events(.visit).contains { y.names($0, .agent) == ["Luis Vera"] }, "\(y.events(.visit).map { y.names($0) })")
    }

    // MARK: a panel's own meeting (PanelMeetings) and "A meets B" as a comparison (ComparisonMeets)

    @Test(arguments: [
        "A jury of critics including painter Tom Reed and poet Ines Kahl will meet next month to choose this year's prize winner.",
        "The jury, including singer Ann Roe and director Paul Drake, met in Leeds on Friday to choose the shortlist.",
        "Imagine it as Ann Roe meets Tom Reed on a rainy night.",
        "It's Ann Roe meets Tom Reed, with a drum machine.",
        "The show is like Ann Roe meets Tom Reed in a kitchen.",
        // "A host of" (QuantityHosts).
        "Surrounded by a host of celebrities including Rovers fans Ann Roe and Tom Reed, the crowd at Kestrel Park sang.",
        "A host of stars including Rovers superfan Ann Roe and actor Tom Reed cheered the winners at Kestrel Park.",
        "The minister faces a whole host of problems, Tom Reed said.",
    ])
    func panelsComparisonsAndHostsOfAreNoMeeting(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(x.events(.meet).isEmpty && x.events(.host).isEmpty, "\(parties(x))")
    }

    /// A delegation or a panel member meeting an outsider, a time clause, a plain present: meetings.
    @Test(arguments: [
        ("A delegation including Ann Roe and Tom Reed met President Luis Vera in Lima.", "Ann Roe", "Luis Vera"),
        ("A panel including Ann Roe will meet Governor Paul Drake on Friday.", "Ann Roe", "Paul Drake"),
        ("As Ann Roe meets Tom Reed on Monday, the talks will turn to trade.", "Ann Roe", "Tom Reed"),
        ("Governor Ann Roe meets President Tom Reed in Lima on Monday.", "Ann Roe", "Tom Reed"),
    ])
    func outsidersAndRealMeetsStay(_ text: String, _ a: String, _ b: String) {
        expectPair(text, a, b)
    }

    // MARK: a place's second half or a party tag as a party (PlaceTailParties)

    @Test(arguments: [
        ("Governor Ann Roe arrives in Springfield, IL, on Thursday morning.", "IL"),
        ("During her stay in Lima, Ann Roe will also meet Senator Tom Reed, D-Ohio, to talk about the budget.", "D-Ohio"),
    ])
    func placeTailIsNoParty(_ text: String, _ tail: String) {
        let x = Extracted(text, date: march)
        #expect(!parties(x).contains { $0.contains(tail) }, "\(parties(x))")
    }

    /// A list of countries keeps every country; a list of stops keeps every stop.
    @Test func countryListStays() {
        let x = Extracted("Minister Ann Roe held talks with the UK, Germany and France in Brussels.", date: march)
        #expect(parties(x).contains { $0.isSuperset(of: ["Germany", "France"]) }, "\(parties(x))")
    }

    @Test func listOfStopsKeepsEveryStop() {
        let base = Extracted("Party leader Ann Roe is busy this week as she visits Manchester, Liverpool, Leicester, Shrewsbury, Dorset and Torbay.", date: march)
        let named = Set(base.events(.visit).flatMap { base.names($0) + [base.location($0)].compactMap { $0 } })
        #expect(named.contains("Dorset"), "\(named)")
    }

    // MARK: one visit told as under way and as due (VisitsToldTwice)

    @Test func visitToldTwiceIsOne() {
        let x = Extracted("Minister Ines Kahl answered questions in parliament before visiting the Polish community in Hull. She is expected to visit the Polish community in Hull on Thursday.", date: march)
        #expect(x.events(.visit).count == 1, "\(x.events(.visit).map { x.names($0) })")
    }

    @Test func visitToldTwiceFarApartIsOne() {
        let x = Extracted("Minister Ines Kahl is touring Norway this week. She answered questions in parliament before visiting Bergen. She praised its teachers. She thanked the mayor. She is expected to visit Bergen on Thursday.", date: march)
        #expect(x.events(.visit).filter { x.names($0).contains("Bergen") || x.location($0) == "Bergen" }.count == 1, "\(x.events(.visit).map { x.names($0) + [x.location($0) ?? "-"] })")
    }

    @Test func visitsOnOtherDaysStayTwo() {
        let x = Extracted("President Luis Vera visited Bergen in January. He is due to visit Bergen again in June.", date: march)
        #expect(x.events(.visit).count == 2, "\(x.events(.visit).map { x.names($0) })")
    }

    // MARK: a capitalised common noun or a building as a party (NonPartyNames)

    @Test(arguments: [
        ("President Luis Vera arrived at noon. A Marine kept watch by the gate while the two leaders were meeting.", "Marine"),
        ("President Luis Vera arrived at noon and waved from the Morgan Balcony. While the two leaders met, aides walked the grounds.", "Morgan Balcony"),
        ("Governor Luis Vera held talks with President Tom Reed in the Mendes Room on Friday.", "Mendes Room"),
    ])
    func noPartyFromACommonNounOrABuilding(_ text: String, _ junk: String) {
        let x = Extracted(text, date: march)
        let talks = meetings(x).filter { $0.type != .visit }
        #expect(!talks.contains { x.names($0).contains(junk) }, "\(parties(x))")
    }

    /// A named person, a country, a visit's building place stay.
    @Test func namesCountriesAndVisitedBuildingsStay() {
        let x = Extracted("President Tom Reed met Governor Luis Vera in Lima on Friday.", date: march)
        #expect(parties(x).contains { $0.isSuperset(of: ["Tom Reed", "Luis Vera"]) }, "\(parties(x))")
        let y = Extracted("Minister Ann Roe held talks with Chile in Lima.", date: march)
        #expect(parties(y).contains { $0.isSuperset(of: ["Ann Roe", "Chile"]) }, "\(parties(y))")
    }

    // MARK: a long article with a passing sports mention is no sports report (TypeRefiner)

    /// A story of some 4,000 words about officials, with two sentences about a basketball star:
    /// its city is a city, not a side. A short match report keeps its sides.
    @Test func longArticleWithAPassingSportsMentionKeepsItsPlaces() {
        let filler = (0..<220).map { "Officials said the plan for district \($0) would cost more than expected, and aides promised a review before the summer." }
        let text = (["President Luis Vera met Governor Tom Reed on Monday."] + filler
            + ["Basketball star Ann Roe, fresh from the league championship, waved to the crowd. Her basketball team won the final. Later Vera flew to Lima, where Reed joined him."]).joined(separator: " ")
        let x = Extracted(text, date: march)
        #expect(x.entity("Lima")?.type == .location, "\(String(describing: x.entity("Lima")))")
        let y = Extracted("Rovers beat United 2-1 in the cup final on Saturday. The Rovers striker scored twice in the second half, and the United coach praised his side's effort in the league.", date: march)
        #expect(y.entity("United")?.subtype == "team", "\(y.doc.entities.map(\.name))")
    }
}
