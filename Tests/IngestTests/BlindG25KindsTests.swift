import Testing
import EventModel
@testable import Ingest

/// Kinds of sentences the blind part G25 (session 26: BBC) showed missed or misread. Invented
/// sentences; each family has its near misses.
@Suite struct BlindG25KindsTests {
    // ArticleLayout.isHeadingLine: a headline may close on a quoted claim.
    @Test(arguments: ["Carmaker deal 'may cost 900 jobs'", "Port strike talks \u{2018}stalled\u{2019}",
                      "Inflation \"under control\"", "Growth 'at 3%'"])
    func aHeadlineClosingOnAQuotedClaimIsAHeading(line: String) {
        let s = Array(line.unicodeScalars)
        #expect(ArticleLayout.isHeadingLine(s, 0, s.count))
    }

    @Test(arguments: ["He said: \"We will go.\"", "'We lost,' she said, 'but we will be back.'", "\"Never again!\"",
                      "It was a \u{201C}scandal,\u{201D}"])
    func aLineOfSpeechIsNoHeading(line: String) {
        let s = Array(line.unicodeScalars)
        #expect(!ArticleLayout.isHeadingLine(s, 0, s.count))
    }

    @Test func aHeadlineWithAQuotedClaimGivesNoEventOfItsOwn() {
        // Headlines repeat the body; like any other heading this one is read for names only.
        let x = Extracted("Ana Ruiz attacks 'lazy critics'\n\nThe singer Ana Ruiz spoke at a festival in Lima on Sunday.")
        #expect(x.events(.attack).isEmpty, "\(x.doc.events.map(\.trigger))")
    }

    // TypeRefiner.splitHeadlineGluedNames: "Volvo India tie-up" glues a body's name to a country.
    @Test(arguments: [
        ("Brix Motors India tie-up 'delayed'\n\nBrix Motors said its plan was on track. Officials were angry at Brix's disclosure of its talks with Tata Steel in May.", "Brix Motors", "India"),
        ("Velkor Peru plant to close\n\nThe firm Velkor will shut its mine, unions said. Velkor held talks with the unions in Lima.", "Velkor", "Peru"),
    ])
    func aHeadlineRunOfABodyNameAndACountryIsTwoNames(text: String, body: String, country: String) {
        let x = Extracted(text)
        #expect(x.entity(body + " " + country) == nil, "\(x.doc.entities.map(\.name))")
        #expect(x.entity(body)?.type == .organization, "\(x.doc.entities.map { ($0.name, $0.type) })")
        #expect(x.entity(country)?.type == .location)
    }

    @Test func aPersonWhoseSurnameIsACountryStaysWhole() {
        // The body never writes the given name alone as a name.
        let x = Extracted("Michael Jordan to visit Jordan\n\nMichael Jordan will visit Amman next week, his agent said.")
        #expect(x.entity("Michael Jordan")?.type == .person, "\(x.doc.entities.map(\.name))")
    }

    // CounterpartSubjects: "X and her rival Y met Z" — a rival is a counterpart; both subjects met.
    // (Kin stay out: "X and his wife Y hosted a dinner" are co-hosts, MissedMeetingKindsTests.)
    @Test(arguments: [
        "Ana Ruiz and her rival Tom Obi met Lena Vaz on Tuesday.",
        "Ana Ruiz and her main opponent, Tom Obi, held talks with Lena Vaz.",
    ])
    func aPossessiveAfterAndOpensTheSecondSubject(text: String) {
        let x = Extracted(text)
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Ana Ruiz", "Tom Obi", "Lena Vaz"]) }, "\(x.meetingParties)")
    }

    // MentionFinder.isPeoplePossessive: `Musicians' Union`, `Worker's Union` are one body's name.
    @Test(arguments: [
        ("The National Farmers' Union met Ana Ruiz on Monday.", "National Farmers' Union"),
        ("The Miners' Federation said jobs would go.", "Miners' Federation"),
        ("Pay talks with the Porters & General Worker's Union failed.", "Porters & General Worker's Union"),
        ("The Lima Players' Association met Ana Ruiz.", "Lima Players' Association"),
    ])
    func aPeoplesPossessiveBeforeABodysWordIsInsideTheName(text: String, body: String) {
        let x = Extracted(text)
        #expect(x.entity(body)?.type == .organization, "\(x.doc.entities.map { ($0.name, $0.type) })")
        // (No person "Farmers" or "Worker" split off it.)
        #expect(!x.doc.entities.contains { $0.type == .person && !$0.name.hasPrefix("Ana") }, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    @Test(arguments: [
        ("Labour's Policy Forum met on Monday.", "Labour"),
        ("The United States' Trade Council met on Monday.", "United States"),
    ])
    func aPartysOrCountrysPossessiveStaysOutside(text: String, owner: String) {
        let x = Extracted(text)
        #expect(x.entity(owner) != nil, "\(x.doc.entities.map(\.name))")
    }

    // PhraseAttachment.personBeforeOf with `from`: "X from the BODY said" — X said.
    @Test(arguments: [
        ("Tom Obi from the Lima Players' Association said pay was too low.", "Tom Obi"),
        ("Lena Vaz from the National Union said pay was too low.", "Lena Vaz"),
        ("Ana Ruiz from Peru met Tom Obi in Lima.", "Ana Ruiz"),
    ])
    func thePersonFromTheBodyIsTheSubject(text: String, person: String) {
        let x = Extracted(text)
        #expect(x.doc.events.contains { x.names($0, .agent) == [person] }, "\(x.doc.events.map { ($0.trigger, x.names($0)) })")
    }

    // TypeRefiner.splitRepeatedWordNames: a one-word caption glued to a sentence opening with the
    // same word ("Velkor Velkor holds data on ...") is two mentions of the firm, not a person.
    @Test func aDoubledWordWrittenAloneElsewhereIsTwoMentions() {
        let x = Extracted("Velkor admits data breach\n\nShares in the credit firm Velkor fell on Monday.\nVelkor Velkor holds data on 800 million people.\nVelkor said it was in talks with the Lima Data Office.")
        #expect(x.entity("Velkor Velkor") == nil, "\(x.doc.entities.map(\.name))")
        #expect(x.meetingParties.contains(["Velkor", "Lima Data Office"]), "\(x.meetingParties)")
    }

    @Test func aDoubledNameTheArticleRepeatsStaysWhole() {
        // A band or a side named by a doubled word: the word never stands alone.
        let x = Extracted("Tarra Tarra play the Seychelles on Sunday. Tarra Tarra won their last match 2-0.")
        #expect(x.entity("Tarra Tarra") != nil, "\(x.doc.entities.map(\.name))")
    }

    // MentionFinder.isShoutedCommonWord: a shouted subheading glued to the next sentence names nothing.
    @Test func aShoutedSubheadingGluedToASentenceIsNoName() {
        let x = Extracted("Lena Vaz said the breach was serious. CHECK YOUR BANK STATEMENTS Check your accounts often. WATCH THIS SPACE Lena Vaz will speak on Monday.\nFILE - Lena Vaz speaks in Lima in 2019.\nHOST: Good morning.\nLena Vaz in Lima (VIDEO) https://t.co/x.")
        let names = x.doc.entities.map(\.name)
        #expect(names.contains("Lena Vaz"), "\(names)")
        #expect(!names.contains { n in ["CHECK", "BANK", "B\u{101}nk", "WATCH", "SPACE", "FILE", "HOST", "VIDEO"].contains { n.contains($0) } }, "\(names)")
    }

    @Test func anAcronymBesideCapitalsStaysAName() {
        // Acronyms are no common words; a known body in capitals stays too.
        let x = Extracted("Officials from NATO and OPEC met in Vienna on Monday.")
        #expect(x.entity("NATO") != nil && x.entity("OPEC") != nil, "\(x.doc.entities.map(\.name))")
        // A common word in brackets after a name is the name's acronym.
        let y = Extracted("Ana Ruiz, founder of the Lima Survivors Fund (SURF), said the money would help.")
        #expect(y.entity("Lima Survivors Fund")?.aliases.contains("SURF") == true, "\(y.doc.entities.map { ($0.name, $0.aliases) })")
    }
}
