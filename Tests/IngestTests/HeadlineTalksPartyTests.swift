import Testing
import EventModel
@testable import Ingest

/// Talks that name only their counterpart take the one company the headline names as the other
/// side (HeadlineTalksParty). Invented headlines and articles.
@Suite struct HeadlineTalksPartyTests {
    private func parties(_ text: String) -> [Set<String>] {
        Extracted(text, date: CalendarDate(year: 2005, month: 1, day: 10)).meetingParties
    }

    @Test func counterpartOnlyTalksAreTheHeadlineCompanys() {
        let p = parties("Tarco Airways staff agree to pay cut\n\nA union at Tarco Airways agreed a new contract. "
                        + "But talks are still continuing with a union representing mechanics.")
        #expect(p.contains { $0.contains("Tarco Airways") && $0.count == 2 }, "\(p)")
    }

    @Test func clauseStartingAfterAnotherSubject() {
        let p = parties("Peru and Chile in Norvex Trade Organisation talks\n\nThe Norvex Trade Organisation will admit new members. "
                        + "Peru's entry took ten years and talks with Chile and Bolivia have been going on for five.")
        #expect(p.contains { $0.contains("Norvex Trade Organisation") && $0.contains("Chile") }, "\(p)")
    }

    // Near misses: two companies in the headline, a name before the talks, no side at all.
    @Test func twoHeadlineCompaniesGiveNoSide() {
        let p = parties("Tarco Airways and Lund Airways cut pay\n\nTarco Airways and Lund Airways agreed new contracts. "
                        + "But talks are still continuing with a union representing mechanics.")
        #expect(!p.contains { $0.contains("Tarco Airways") || $0.contains("Lund Airways") }, "\(p)")
    }

    /// Talks with no side take a pair the headline joins with a hyphen, each named again.
    @Test(arguments: [
        "Deadline nears for Peru-Chile deal\n\nPeru and Chile have until Friday to settle the border row. Reports of deadlocked talks sent the sol down.",
        "Deadline nears for Alba-Norvex deal\n\nAlba and Norvex have until Friday to settle. Reports of deadlocked talks sent Alba shares down.",
    ])
    func hyphenPairInTheHeadline(_ text: String) {
        let p = parties(text)
        #expect(p.count == 1 && p[0].count == 2, "\(p)")
    }

    /// Read for two sets of talks, the headline's country word is still one mention.
    @Test func headlineCountryWordIsOneMention() throws {
        let x = Extracted("Deadline nears for Peru-Chile deal\n\nPeru and Chile have until Friday to settle. Reports of deadlocked talks "
                          + "sent the sol down. Earlier talks had also stalled.", date: CalendarDate(year: 2005, month: 1, day: 10))
        let peru = try #require(x.index("Peru"))
        let spans = x.doc.mentions.filter { $0.entity == peru }.map(\.span)
        #expect(spans.count == Set(spans).count, "\(spans)")
    }

    @Test func twoHeadlineNamesWithoutAHyphenGiveNoSides() {
        let p = parties("Peru fires missile over Chile\n\nPeru fired a missile over Chile. The test prompted talks inside Bolivia about defence.")
        #expect(p.isEmpty, "\(p)")
    }

    @Test func talksWithNoSideStayAlone() {
        let p = parties("Tarco Airways staff agree to pay cut\n\nA union at Tarco Airways agreed a new contract. "
                        + "The vote prompted talks inside the industry about pay.")
        #expect(p.isEmpty, "\(p)")
    }
}
