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

    @Test func theBodysShortFormThenLinksToIt() {
        // With the junk person gone, the short form `Ranger` (also a common word) links to the firm, and its talks are the firm's.
        let x = Extracted("Ranger Motors India tie-up 'delayed'\n\nRanger Motors said its plan was on track. The paper said officials were angry at Ranger's disclosure of its talks with Tata Steel in May.")
        #expect(x.meetingParties.contains(["Ranger Motors", "Tata Steel"]), "\(x.meetingParties)")
    }

    @Test func aPersonWhoseSurnameIsACountryStaysWhole() {
        // The body never writes the given name alone as a name.
        let x = Extracted("Michael Jordan to visit Jordan\n\nMichael Jordan will visit Amman next week, his agent said.")
        #expect(x.entity("Michael Jordan")?.type == .person, "\(x.doc.entities.map(\.name))")
    }
}
