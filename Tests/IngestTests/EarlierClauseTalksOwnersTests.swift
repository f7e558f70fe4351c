import Testing
import EventModel
@testable import Ingest

/// Talks heading a later clause with only their counterpart are the talks of the earlier
/// clause's subject or possessor (EarlierClauseTalksOwners, session 23). Invented names.
@Suite struct EarlierClauseTalksOwnersTests {
    @Test(arguments: [
        "Although Velo Motors's deals cover only the US market, talks were on-going with European content suppliers.",
        "Tarco Bank has cut its costs, and talks with the unions will begin next week.",
        "Velo Motors said its profits fell while talks with Brix Energy went on.",
    ])
    func earlierClauseOwnsTheTalks(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains { $0.contains("Velo Motors") || $0.contains("Tarco Bank") }, "\(x.meetingParties)")
    }

    // Near misses: a paper that reports the talks, a name inside a prepositional phrase, a place.
    @Test(arguments: [
        "According to the Daily Courier, talks with the unions will begin soon.",
        "Prices rose at Tarco Bank, and talks with the unions will begin soon.",
        "Prices rose in Leeds, and talks with the unions will begin soon.",
    ])
    func noOwnerOutsideAClauseSubject(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(!x.meetingParties.contains { $0.contains("Daily Courier") || $0.contains("Tarco Bank") || $0.contains("Leeds") }, "\(x.meetingParties)")
    }

    /// A name after a focusing word is the verb's object, not the talks' party ("cover only the US").
    @Test func objectAfterOnlyIsNoParty() {
        let x = Extracted(" date 2025-03-10\nAlthough the deals cover only the US market, talks were on-going with Brix Energy.")
        #expect(!x.meetingParties.contains { $0.contains("United States") }, "\(x.meetingParties)")
    }

    /// A few quoted words of the verb phrase between the talks and `with` keep the counterpart.
    @Test func quotedVerbPhraseBeforeWith() {
        let x = Extracted(" date 2025-03-10\nVelo Motors said talks were \"always on-going\" with Brix Energy.")
        #expect(x.meetingParties.contains { $0 == ["Velo Motors", "Brix Energy"] }, "\(x.meetingParties)")
    }

    /// A continent's adjective before a group is a modifier like a nationality ("European suppliers").
    @Test(arguments: ["European", "Western", "African"])
    func continentalAdjectiveBeforeGroup(_ adjective: String) {
        let x = Extracted(" date 2025-03-10\nVelo Motors held talks with \(adjective) investors on Monday.")
        #expect(x.meetingParties.contains { $0.contains("Velo Motors") && $0.contains("investors") }, "\(x.meetingParties)")
    }
}
