import Testing
import EventModel
@testable import Ingest

/// Words glued to a name that are no part of it: a participle or "former" opening the sentence,
/// "Given" as a preposition, a role noun as a title, a body's acronym right before a full name, a
/// lone month that is also a name. Invented sentences, near misses included: names whose first
/// word has the same shape keep it.
@Suite struct GluedNameWordsTests {
    @Test(arguments: [
        ("Injured Northvale winger Tomas Brekke hopes to return in April.", "Northvale", "Tomas Brekke"),
        ("Stranded Kenya fans slept at the terminal.", "Kenya", nil),
        ("Delighted Paula Renwick thanked the crowd.", "Paula Renwick", nil),
        ("Former Northvale striker Ivo Marsh has retired.", "Northvale", "Ivo Marsh"),
        ("Relegated Portugal face a play-off.", "Portugal", nil),
    ] as [(String, String, String?)])
    func aParticipleOpeningTheSentenceIsNotPartOfTheName(_ text: String, _ name: String, _ person: String?) {
        let x = Extracted(text)
        #expect(x.entity(name) != nil, "\(name) in \(text)")
        let first = String(text.split(separator: " ")[0])
        #expect(!x.doc.entities.contains { $0.name.hasPrefix(first + " ") }, "\(first) glued in \(text)")
        if let person { #expect(x.entity(person)?.type == .person) }
    }

    @Test func namesThatOpenWithSuchAWordKeepIt() {
        let x = Extracted("United Nations officials arrived. Associated Press reported it. Armed Forces Revolutionary Council members fled.")
        #expect(x.entity("United Nations")?.type == .organization)
        #expect(x.entity("Associated Press")?.type == .organization)
        #expect(x.entity("Armed Forces Revolutionary Council") != nil)
        // An unknown name after the participle is left whole: nothing shows where it starts.
        let unknown = Extracted("Advanced Quillon Devices reported a loss.")
        #expect(unknown.entity("Advanced Quillon Devices") != nil)
    }

    @Test func aMonthAfterTheParticipleIsItsTimeNotAName() {
        let x = Extracted("Released March on two consoles, the game sold well.")
        #expect(x.doc.entities.isEmpty, "\(x.doc.entities.map(\.name))")
    }

    @Test func givenIsNoPartOfAName() {
        let x = Extracted("Given Ellen Marsh's record in past races, she starts as favourite.")
        #expect(x.entity("Ellen Marsh")?.type == .person)
        #expect(x.entity("Given Ellen Marsh") == nil)
    }

    @Test(arguments: [
        ("Actor Daniel Okoro won the prize on Sunday.", "Daniel Okoro"),
        ("Singer Lola Ferris cancelled her tour.", "Lola Ferris"),
        ("Northshire MEP Oliver Penhall said the plan would fail.", "Oliver Penhall"),
        ("Economist Hana Sato expects rates to rise.", "Hana Sato"),
    ])
    func aRoleNounBeforeAFullNameIsATitle(_ text: String, _ person: String) {
        let x = Extracted(text)
        #expect(x.entity(person)?.type == .person, "\(text): \(x.doc.entities.map(\.name))")
        #expect(x.doc.entities.count == 1, "\(text): \(x.doc.entities.map(\.name))")
    }

    @Test func aLoneRoleWordIsNoName() {
        // Only before a full name: a role word with one name word after it may be a given name.
        let x = Extracted("Pastor Quintero won the race. The Analyst is a weekly magazine.")
        #expect(x.doc.entities.contains { $0.name.contains("Quintero") })
        #expect(x.entity("Analyst") == nil)
    }

    @Test func aBodysAcronymBeforeAFullNameIsTwoNames() {
        let x = Extracted("Sources told the BBC Gordon Lisle had resigned. Later NBC Maria Ortiz confirmed it.")
        #expect(x.entity("BBC")?.type == .organization)
        #expect(x.entity("Gordon Lisle")?.type == .person)
        #expect(x.entity("Maria Ortiz")?.type == .person)
        // No given name after it: one name.
        let one = Extracted("He spoke to BBC Radio Northshire and to CNN International.")
        #expect(one.entity("BBC Radio Northshire") != nil)
        #expect(one.entity("CNN International") != nil)
    }

    @Test func aLoneMonthThatIsAlsoANameIsTheMonth() {
        let x = Extracted("The deal should be signed in March or early April, and talks resume in May.")
        #expect(x.entity("March") == nil && x.entity("May") == nil, "\(x.doc.entities.map(\.name))")
        // Named in full in the article, the surname alone is that person.
        let named = Extracted("Minister Anne March visited the port. March said little.")
        #expect(named.entity("Anne March")?.type == .person)
        #expect(named.doc.entities.count == 1, "\(named.doc.entities.map(\.name))")
    }

    @Test func aNumberInsideTheSentenceOpensTheName() {
        let x = Extracted("Wales play Italy in the Six Nations on Saturday. The group owns the 20th Century Lantern studio.")
        #expect(x.entity("Six Nations")?.type == .organization, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("20th Century Lantern")?.type == .organization, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Nations") == nil && x.entity("Century Lantern") == nil)
        // At the start of a sentence a number counts what follows.
        let counted = Extracted("Six Norwegians were hurt in the crash.")
        #expect(!counted.doc.entities.contains { $0.name.hasPrefix("Six") }, "\(counted.doc.entities.map(\.name))")
    }

    @Test func aHouseOfIsABody() {
        let x = Extracted("She spoke in the House of Lords on Monday and the House of Delegates on Tuesday.")
        #expect(x.entity("House of Lords")?.type == .organization)
        #expect(x.entity("House of Delegates")?.type == .organization)
        #expect(x.entity("House") == nil)
    }

    @Test func aLoneProperAdjectiveBeforeANounNamesNothing() {
        let x = Extracted("Prices fell in seven European countries. The band will play for Scottish fans in Glasgow. Victorian houses are dear.")
        for junk in ["European", "Scottish", "Victorian"] { #expect(x.entity(junk) == nil, "\(junk)") }
        #expect(x.entity("Glasgow")?.type == .location)
        // Names of that shape stay: a country, a known body, a club before a role, a large city.
        let kept = Extracted("Officials in Dalian residential areas met. Celtic manager Ewan Doyle spoke to Hungarian officials in Hungary.")
        #expect(kept.entity("Dalian") != nil)
        #expect(kept.entity("Celtic") != nil)
        #expect(kept.entity("Hungary") != nil)
    }

    @Test func bodiesNamedByTheirLastWordAreOrganisations() {
        let x = Extracted("The Northshire Executive and the Halvorsen Family Partnership met. Quillon Media sued Brightwater Enterprises.")
        for body in ["Northshire Executive", "Halvorsen Family Partnership", "Quillon Media", "Brightwater Enterprises"] {
            #expect(x.entity(body)?.type == .organization, "\(body): \(x.doc.entities.map(\.name))")
        }
        // A title, not a body: the person after it.
        let titled = Extracted("Chief Executive Ann Roe spoke.")
        #expect(titled.entity("Ann Roe")?.type == .person && titled.doc.entities.count == 1)
    }

    @Test func technicalAcronymsAreNoEntities() {
        let x = Extracted("Sales of DVDs and MP3 players grew, HIV rates fell and RFID tags spread, Kestrel Bank said.")
        for junk in ["DVDs", "MP3", "HIV", "RFID"] { #expect(x.entity(junk) == nil, "\(junk)") }
        let id = Extracted("ID theft surge hits shoppers, as Kestrel Bank checks ID cards.")
        #expect(id.entity("ID") == nil, "\(id.doc.entities.map(\.name))")
        #expect(x.entity("Kestrel Bank")?.type == .organization)
    }

    @Test func aHeadingsVerbEndsTheNameBeforeIt() {
        let x = Extracted("Intro line.\n\nObservatory Sees Bright Comet\n\nAstronomers in Lisbon said the comet was bright.")
        #expect(!x.doc.entities.contains { $0.name.contains("Sees") }, "\(x.doc.entities.map(\.name))")
        // A results line: the word in -s ends the line or comes before a score, and is a club.
        let results = Extracted("Results\n\nNorthvale Rovers 2 Kestrel Wanderers 1\n\nThe league resumes on Saturday.")
        #expect(results.entity("Northvale Rovers") != nil, "\(results.doc.entities.map(\.name))")
    }
}
