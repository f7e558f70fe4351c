import Testing
import EventModel
@testable import Ingest

/// Talks that name one side, a body or a country, are held with the one partner the article's
/// other meetings give that side (ArticlePartnerTalks, session 23). Invented names.
@Suite struct ArticlePartnerTalksTests {
    @Test func theArticlesOnePartnerIsTheOtherSide() {
        let x = Extracted("""
        Velo Motors has asked a court to block the sale of its Tarco Bank shares. Velo Motors said it went to court after talks failed to find a solution. Velo Motors will reopen talks with Tarco Bank next month.
        """)
        #expect(x.meetingEvents.filter { $0.modality == .asserted }.contains { Set(x.names($0)) == ["Velo Motors", "Tarco Bank"] },
                "\(x.meetingEvents.map { ($0.modality, x.names($0)) })")
    }

    // Near misses: two partners in the article; a person's talks.
    @Test func twoPartnersLeaveTheTalksAlone() {
        let x = Extracted("""
        Velo Motors said it went to court after talks failed to find a solution. Velo Motors will meet Tarco Bank next month. Velo Motors also met Brix Energy on Monday.
        """)
        #expect(!x.meetingEvents.contains { $0.modality == .asserted && x.names($0).count == 2 && x.names($0).contains("Velo Motors")
            && $0.sentence == 0 }, "\(x.meetingEvents.map { ($0.sentence, x.names($0)) })")
    }

    @Test func aPersonsTalksAreLeftAlone() {
        let x = Extracted("""
        Ann Roe said she went to court after talks failed to find a solution. Ann Roe will meet Tom Obi next month.
        """)
        #expect(!x.meetingEvents.contains { $0.sentence == 0 }, "\(x.meetingEvents.map { ($0.sentence, x.names($0)) })")
    }

    /// "for Turkey to recognise Cyprus": a place after "to VERB" is the verb's object, not where talks are.
    @Test func placeAfterAnInfinitiveIsNoVenue() {
        let x = Extracted("The Tarvale Union agreed to open talks with Velo Motors despite a demand for Velo Motors to leave Chile.")
        #expect(x.meetingEvents.allSatisfy { $0.location == nil }, "\(x.meetingEvents.map(\.location))")
    }
}
