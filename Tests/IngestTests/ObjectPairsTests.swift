import Testing
import EventModel
@testable import Ingest

/// EventFinder.rightArguments: "held talks with the two companies", "met the two leaders" are the
/// two named before, never the clause's own subject. Invented sentences.
@Suite struct ObjectPairsTests {
    let march = CalendarDate(year: 2024, month: 3, day: 6)

    @Test(arguments: [
        ("Nortex and Alba Group made offers for the exchange. The Kelso Exchange is expected to hold further talks with the two companies later this week.",
         ["Kelso Exchange", "Nortex", "Alba Group"]),
        ("Ann Roe and Ivo Berg won their seats. Tom Hale met the two leaders on Monday.", ["Tom Hale", "Ann Roe", "Ivo Berg"]),
        // (A parenthetical between commas does not end the subject's clause.)
        ("Ann Roe and Ivo Berg won their seats. Tom Hale, for his part, met the two leaders on Monday.", ["Tom Hale", "Ann Roe", "Ivo Berg"]),
        ("Peru and Chile signed a pact in May. Bolivia will hold talks with the two countries in June.", ["Bolivia", "Peru", "Chile"]),
    ])
    func theTwoAfterTheTriggerAreTheTwoNamedBefore(text: String, parties: [String]) {
        let x = Extracted(text, date: march)
        #expect(x.meetingParties.contains(Set(parties)), "\(x.meetingParties)")
    }

    @Test func theSubjectIsNoneOfTheTwo() {
        // (The last two companies named are Alba Group and Kelso Exchange; the subject is not its own counterpart.)
        let x = Extracted("Nortex Ltd bid for the bourse. Alba Group also bid. The Kelso Exchange held talks with the two companies on Monday.", date: march)
        #expect(x.meetingParties.contains(["Kelso Exchange", "Nortex Ltd", "Alba Group"]), "\(x.meetingParties)")
    }

    @Test func theTwoMayBeNamedInAnEarlierClauseOfTheSentence() {
        let x = Extracted("Nortex Ltd and Alba Group bid for the bourse, and the Kelso Exchange held talks with the two companies on Monday.", date: march)
        #expect(x.meetingParties.contains(["Kelso Exchange", "Nortex Ltd", "Alba Group"]), "\(x.meetingParties)")
    }

    @Test func withOneNamedBeforeThereIsNoPair() {
        let x = Extracted("Nortex made an offer for the bourse. The Kelso Exchange held talks with the two companies on Monday.", date: march)
        #expect(!x.meetingParties.contains { $0.contains("Nortex") }, "\(x.meetingParties)")
    }
}
