import Testing
import EventModel
@testable import Ingest

/// Visits, trips and talks of world news that eventkb missed (issue 3, branch meetF; kinds
/// tallied in docs/unseen-kinds.md, "meetF world-news visits and talks"). Invented sentences,
/// each family with near misses that must not fire. The families share three checks: a meeting
/// names these parties; a traveller visits this place; this name is no party (or no visit at all).
@Suite struct MeetFWorldNewsTests {
    let november = CalendarDate(year: 2017, month: 11, day: 6)

    private func parties(_ x: Extracted) -> [Set<String>] {
        x.doc.events.filter { $0.type.isMeeting }.map { Set(x.names($0)) }
    }

    private func visits(_ x: Extracted) -> [(String, String?)] {
        x.events(.visit).map { (x.names($0, .agent).first ?? "", x.location($0)) }
    }

    // MARK: families that must fire

    /// Talks in a fronted phrase belong to the main clause's subject (FrontedClauseSubjects).
    static let frontedTalks: [(String, [String])] = [
        ("Following the collapse in talks with the Greens, Chancellor Ines Kahl turned to her old partners.", ["Ines Kahl", "Greens"]),
        ("After talks with the Greens, Chancellor Ines Kahl said a deal was close.", ["Ines Kahl", "Greens"]),
        ("After two days of negotiations with Peru, President Ann Roe signed the accord.", ["Ann Roe", "Peru"]),
        ("Following talks with Peru, Chile and Bolivia, President Ann Roe said a deal was close.", ["Ann Roe", "Bolivia"]),
        ("At a news conference following talks with Ann Roe, Tom Obi said peace was close.", ["Tom Obi", "Ann Roe"]),
    ]
    /// Parties named "... Democrats" (`org-cues.tsv`).
    static let democrats: [(String, [String])] = [
        ("The Social Democrats started negotiations with Chancellor Ines Kahl on Monday.", ["Social Democrats", "Ines Kahl"]),
        ("Chancellor Ines Kahl met the Free Democrats on Monday.", ["Free Democrats", "Ines Kahl"]),
        ("The Greens met the Social Democrats in Berlin.", ["Social Democrats", "Greens"]),
    ]
    /// A list of counterparts past a body's lowercase head or an adjective (CoordinatedBodies).
    static let bodyLists: [(String, [String])] = [
        ("Chancellor Ines Kahl held talks with the Green party and the Free Democrats on Monday.", ["Ines Kahl", "Green", "Free Democrats"]),
        ("Chancellor Ines Kahl held talks with the Greens and the liberal Free Democrats on Monday.", ["Ines Kahl", "Greens", "Free Democrats"]),
        ("President Ann Roe met the Labour party and the Kenyan government in Nairobi.", ["Ann Roe", "Labour", "Kenya"]),
    ]
    /// A titled name owned by a country before a light verb and a noun (PossessedSubjects).
    static let ownedTitledSubjects: [(String, [String])] = [
        ("Japan's Prime Minister Ken Sato held talks with President Ann Roe on Monday.", ["Ken Sato", "Ann Roe"]),
        ("Germany's Chancellor Hans Vogel began a three-day visit to Beijing on Monday.", ["Hans Vogel"]),
        ("Peru's President Ann Roe began a three-day visit to Tokyo on Monday by signing a trade deal.", ["Ann Roe"]),
        ("Kenya's foreign minister Tom Obi paid a visit to Lima on Friday.", ["Tom Obi"]),
    ]
    /// A counterpart after modifiers and a group noun or title (EventFinder.group), and a speaker
    /// whose title holds a nationality (SpeakerAfterMeeting).
    static let counterparts: [(String, [String])] = [
        ("\"Rates must fall,\" said finance minister Paul Roux, after a meeting with his German counterpart Hans Vogel.", ["Paul Roux", "Hans Vogel"]),
        ("\"Rates must fall,\" said French finance minister Paul Roux, after a meeting with his German counterpart Hans Vogel.", ["Paul Roux", "Hans Vogel"]),
        ("\"Rates must fall,\" said French finance minister Herve Quillard, after a meeting with his German counterpart Hans Vogel.", ["Herve Quillard", "Hans Vogel"]),
        ("Tom Obi held talks with Chilean foreign minister Ann Roe on Tuesday.", ["Tom Obi", "Ann Roe"]),
        ("Tom Obi is in talks with Chilean energy minister Ann Roe.", ["Tom Obi", "Ann Roe"]),
        ("Tom Obi had a meeting with his Peruvian counterpart Luis Vera in Lima.", ["Tom Obi", "Luis Vera"]),
    ]

    @Test(arguments: frontedTalks + democrats + bodyLists + ownedTitledSubjects + counterparts)
    func meetingNamesParties(_ text: String, _ names: [String]) {
        let x = Extracted(text, date: november)
        #expect(parties(x).contains { $0.isSuperset(of: Set(names)) }, "\(parties(x))")
        // ("said French finance minister X": the nationality in the title is no party.)
        #expect(!parties(x).contains { $0.contains("France") }, "\(parties(x))")
    }

    @Test(arguments: ["Social Democrats", "Free Democrats"])
    func democratsAreOrganisations(_ name: String) {
        let x = Extracted("Chancellor Ines Kahl met the \(name) on Monday.", date: november)
        #expect(x.entity(name)?.type == .organization)
    }

    /// An arrival in a fronted phrase (FrontedClauseSubjects) and journeys told with other verbs
    /// (`event-triggers.tsv`; a capital after "left for" is the city).
    @Test(arguments: [
        ("Upon arriving in Peru on Sunday, President Ann Roe praised the new trade deal.", "Ann Roe", "Peru"),
        ("After arriving in Lima late on Friday, Chancellor Ines Kahl went straight to the palace.", "Ines Kahl", "Lima"),
        ("Shortly after arriving in Nairobi, Tom Obi, the Ugandan president, laid a wreath.", "Tom Obi", "Nairobi"),
        ("On arriving in Quito, Senator Paul Drake told reporters the trip was long overdue.", "Paul Drake", "Quito"),
        ("President Ann Roe flew into Tokyo on Sunday.", "Ann Roe", "Tokyo"),
        ("Chancellor Ines Kahl touched down in Lima on Sunday evening.", "Ines Kahl", "Lima"),
        ("Senator Paul Drake left for Nairobi on Tuesday.", "Paul Drake", "Nairobi"),
        ("Tom Obi departed for Lima after the ceremony.", "Tom Obi", "Lima"),
        ("President Ann Roe arrived on Sunday in Tokyo.", "Ann Roe", "Tokyo"),
        ("President Ann Roe arrived Sunday in Tokyo for a three-day visit.", "Ann Roe", "Tokyo"),
        ("Chancellor Ines Kahl arrived back in Lima on Friday.", "Ines Kahl", "Lima"),
    ])
    func travellerVisitsPlace(_ text: String, _ traveller: String, _ place: String) {
        let x = Extracted(text, date: november)
        #expect(visits(x).contains { $0.0 == traveller && $0.1 == place }, "\(visits(x))")
    }

    // MARK: near misses

    /// A fronted arrival whose main clause has a thing, a crowd or nobody named as its subject;
    /// journeys of things, storms, goods, a rugby try; "left for work"; a manner word in "arrived
    /// safely in".
    @Test(arguments: [
        "After arriving in Lima on Sunday, the plane refuelled and left.",
        "Upon landing in Lima, the squad went straight to training.",
        "After arriving in Lima, fans cheered the team.",
        "On arriving in Lima, it was clear the storm had passed.",
        "Before arriving in politics, Ann Roe was a lawyer.",
        "The plane flew into Lima on Sunday.",
        "The missile flew into the sea near Lima.",
        "The shipment of grain left for Lima on Tuesday.",
        "The storm touched down in Lima on Sunday.",
        "The try was touched down in the corner by Tom Reed.",
        "Ann Roe left for work at 7am.",
        "Ann Roe left for good in 2010.",
        "The new phone arrived last week in shops.",
        "Ann Roe arrived late in the evening.",
        "A second flight carrying guests and their guide Ann Roe arrived safely in Lima.",
    ])
    func noVisit(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(x.events(.visit).isEmpty, "\(visits(x))")
    }

    /// Fronted talks with no named subject after the comma, or with a verb of their own; a
    /// modifier ("the pan-European bourse"); no meeting word at all.
    @Test(arguments: [
        "After talks with the unions, it was agreed that the strike would end.",
        "After talks with the unions broke down, workers walked out.",
        "During the meeting with the unions, reporters waited outside.",
        "Ahead of talks with Rovers on Friday, the pan-European bourse said it may raise its offer.",
        "The newspaper reported a scandal with Chilean foreign minister Ann Roe at its centre.",
        "Tom Obi agreed with his German counterpart Hans Vogel that rates must fall.",
    ])
    func noMeeting(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(parties(x).isEmpty, "\(parties(x))")
    }

    /// Names in another clause or phrase are no party: a verb after `and`, an apposition after a
    /// comma, a name inside an object or a prepositional phrase, a possessor after the comma.
    @Test(arguments: [
        ("Chancellor Ines Kahl met the Greens and thanked Ann Roe for her help.", "Ann Roe"),
        ("Chancellor Ines Kahl met the Green party and then flew to Lima.", "Lima"),
        ("As Ann Roe met with Tom Obi, his son-in-law Paul Drake, who ran the campaign, met with aides.", "Paul Drake"),
        ("The report praised Japan's Prime Minister Ken Sato and held talks with no one.", "Ken Sato"),
        ("Critics of Japan's Prime Minister Ken Sato held talks with President Ann Roe on Monday.", "Ken Sato"),
    ])
    func noPartyFromAnotherPhrase(_ text: String, _ notParty: String) {
        let x = Extracted(text, date: november)
        #expect(!x.doc.events.filter { $0.type == .meet || $0.type == .negotiate }.contains { x.names($0).contains(notParty) }, "\(parties(x))")
    }

    @Test func possessorAfterTheCommaIsNoSubject() {
        let x = Extracted("After talks with the Greens, Ines Kahl's former partner, the Social Democrats, agreed to start negotiations next week.", date: november)
        #expect(!x.doc.events.contains { $0.participants.contains { $0.role == .agent && x.doc.entities[$0.entity].name == "Ines Kahl" } }, "\(parties(x))")
    }
}
