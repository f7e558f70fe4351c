import Testing
import EventModel
@testable import Ingest

/// Kinds of sentences the blind part G26 (session 27: BBC) showed missed. Invented sentences;
/// each family has its near misses.
@Suite struct BlindG26KindsTests {
    let march = CalendarDate(year: 2024, month: 3, day: 6)

    // NameHeadBodies: "the hospital" after "Kelso General Hospital".
    @Test(arguments: [
        ("The Kelso Care Trust cut beds last year. The trust held talks with Brisk Care Ltd on Monday.",
         "Kelso Care Trust", "Brisk Care Ltd"),
        ("The Northfield Health Board cut its budget. Nurses were angry. The board met health minister Tara Quinn on Monday.",
         "Northfield Health Board", "Tara Quinn"),
        ("Glenmore University raised its fees. Students marched in protest. The university held talks with Ivo Berg, the minister, on Friday.",
         "Glenmore University", "Ivo Berg"),
    ])
    func theLastWordOfABodysNameStandsForTheBody(text: String, body: String, other: String) {
        let x = Extracted(text, date: march)
        #expect(x.meetingParties.contains([body, other]), "\(x.meetingParties)")
    }

    @Test func theLastWordOfABodysNameSpeaksForIt() {
        let x = Extracted("The Valley Rail Authority raised fares again. The authority said costs had risen.", date: march)
        #expect(x.events(.statement).contains { x.names($0, .agent) == ["Valley Rail Authority"] },
                "\(x.events(.statement).map { x.names($0) })")
    }

    @Test func twoBodiesWithThatWordGiveNone() {
        let x = Extracted("Kelso Hospital and Leith Hospital merged. The hospital held talks with Brisk Care Ltd on Monday.", date: march)
        #expect(!x.meetingParties.contains { $0.contains("Kelso Hospital") || $0.contains("Leith Hospital") }, "\(x.meetingParties)")
    }

    @Test func aBodyNamedInTheSameSentenceIsAnother() {
        let x = Extracted("Costs rose. Talks between Kelso General Hospital and the board collapsed on Monday.", date: march)
        // (Read as the hospital, the board would make the talks the hospital's with itself.)
        #expect(!x.meetingParties.contains(["Kelso General Hospital"]), "\(x.meetingParties)")
    }

    @Test func theWordInACompoundIsNoBody() {
        let x = Extracted("The Green Unity Party lost seats. The party leader met Ivo Berg on Monday.", date: march)
        #expect(!x.meetingParties.contains { $0.contains("Green Unity Party") }, "\(x.meetingParties)")
    }

    // TypeRefiner.splitAtInnerTitle: a title word inside a building's name cuts nothing.
    @Test(arguments: ["Kelso General Hospital", "Royal Prince Albert Hospital", "Dunmore General Airport"])
    func aTitleWordInsideABuildingsNameIsPartOfIt(name: String) {
        let x = Extracted("Nurses walked out at \(name) on Monday, the union said.", date: march)
        #expect(x.entity(name)?.type == .location, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    @Test(arguments: [("Northshire Army General Ivo Berg said the talks had failed.", "Ivo Berg"),
                      // (A building's word that is also a surname ends a person's name.)
                      ("South Korean President Park said the talks had failed.", "Park")])
    func aTitleWordInsideARunBeforeAPersonStillCuts(text: String, person: String) {
        let x = Extracted(text, date: march)
        #expect(x.entity(person)?.type == .person, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    // FrontedClauseSubjects.commalessPhraseEnd: "after talks with X the hospital called off its plan".
    @Test(arguments: [
        ("Kelso General Hospital planned cuts. But after talks with the Northfield Health Board the hospital called off its plan.",
         "Kelso General Hospital", "Northfield Health Board"),
        ("Brix Motors cut 900 jobs. After talks with Velkor Steel the carmaker dropped its bid.", "Brix Motors", "Velkor Steel"),
    ])
    func aFrontedTalksPhraseWithoutACommaBelongsToTheMainSubject(text: String, subject: String, other: String) {
        let x = Extracted(text, date: march)
        #expect(x.meetingParties.contains([subject, other]), "\(x.meetingParties)")
    }

    @Test func aFrontedTalksPhraseWithoutACommaBeforeNoSubjectTakesNone() {
        let x = Extracted("Brix Motors cut 900 jobs. After talks with Velkor Steel the shares rose sharply.", date: march)
        #expect(!x.meetingParties.contains { $0.contains("Velkor Steel") && $0.contains("Brix Motors") }, "\(x.meetingParties)")
    }
}
