import Testing
import EventModel
@testable import Ingest

/// A year that opens the clause right before the subject ends the time phrase: in "In 2015 Ann
/// Roe won a prize in Chile and met Tom Obi", Roe is the subject, not the object of `in`
/// (session 23). Invented names.
@Suite struct OpeningYearSubjectTests {
    @Test(arguments: [
        "In 2015 Ann Roe won a prize in Madrid and met Tom Obi.",
        "In 2019 Ann Roe was given an award in Spain and later met Tom Obi.",
    ])
    func nameAfterTheYearIsTheSubject(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains { $0 == ["Ann Roe", "Tom Obi"] }, "\(x.meetingParties)")
    }

    // Near miss: a preposition with a name after a year-less phrase stays a prepositional object.
    @Test func placeInAPhraseIsNoSubject() {
        let x = Extracted(" date 2025-03-10\nA prize in Madrid was won by Ann Roe, who later met Tom Obi in Lima.")
        #expect(!x.meetingParties.contains { $0.contains("Madrid") }, "\(x.meetingParties)")
    }
}

/// One unnamed person met keeps the noun (group-nouns.tsv, session 23): "went to a club and
/// met an actor". Invented names.
@Suite struct UnnamedPersonMetTests {
    @Test(arguments: [("Years ago Ann Roe went to a club in Paris and met an actor.", "actor"),
                      ("Ann Roe met a stranger on the train to Lima.", "stranger"),
                      ("Tom Obi visited a friend in Leeds on Sunday.", "friend")])
    func unnamedPersonIsAParty(_ text: String, _ noun: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains { $0.contains(noun) }, "\(x.meetingParties)")
    }

    @Test func actorAsATitleStaysWithTheName() {
        let x = Extracted(" date 2025-03-10\nThe actor Tom Obi met Ann Roe in Lima.")
        #expect(x.meetingParties.contains { $0 == ["Tom Obi", "Ann Roe"] }, "\(x.meetingParties)")
    }
}
