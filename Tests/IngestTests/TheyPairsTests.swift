import Testing
import EventModel
@testable import Ingest

/// `they` opening a sentence goes on with the two people who were the subject of the sentence
/// before, not with a group named after them (TheyPairs). Invented names.
@Suite struct TheyPairsTests {
    @Test(arguments: [
        "Last week Ann Roe and Tom Obi met fans from both clubs. They plan to hold a summit next month with the Tarvale Rovers board.",
        "Ann Roe and Foreign Minister Tom Obi met the families. They will hold talks on Friday with Tarvale Rovers.",
        "Ann Roe and Tom Obi visited the camp. But they also held talks with Tarvale Rovers.",
    ])
    func theyIsThePair(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Ann Roe", "Tom Obi", "Tarvale Rovers"]) }, "\(x.meetingParties)")
    }

    // Near misses: the pair was no subject, or `they` does not open its sentence.
    @Test(arguments: [
        "Eva Lind met Ann Roe and Tom Obi. They will hold talks on Friday with Tarvale Rovers.",
        "Ann Roe and Tom Obi met the families. Officials said they will hold talks on Friday with Tarvale Rovers.",
    ])
    func otherTheyIsNoPair(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(!x.meetingParties.contains { $0.isSuperset(of: ["Ann Roe", "Tom Obi", "Tarvale Rovers"]) }, "\(x.meetingParties)")
    }
}
