import Testing
import EventModel
@testable import Ingest

/// "X and Russian energy minister Y met": a nationality, or a country's possessive, before the
/// second subject's title is in its phrase, so both are subjects (EventFinder.coordinationStart).
@Suite struct TitledCoordinationTests {
    @Test(arguments: [
        "Ann Roe and Chilean energy minister Tom Obi met on Tuesday.",
        "Ann Roe and Chile's energy minister Tom Obi met on Tuesday.",
        "Ann Roe and Chilean deputy energy minister Tom Obi met on Tuesday.",
        "Peru's Ann Roe and Chile's Tom Obi met on Tuesday.",
        "Local agencies reported that Peru's mining minister Ann Roe and Chilean energy minister Tom Obi would discuss the field at a meeting on Tuesday.",
    ])
    func bothSubjectsMeet(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains(["Ann Roe", "Tom Obi"]), "\(x.meetingParties)")
    }

    @Test func companiesWithACountryPossessive() {
        let x = Extracted(" date 2025-03-10\nTarco Bank and France's Norvex Group held talks on Tuesday.")
        #expect(x.meetingParties.contains(["Tarco Bank", "Norvex Group"]), "\(x.meetingParties)")
    }

    /// A country's possessive before a group keeps meaning that country ("Peru and Chile's leaders").
    @Test func countriesBeforeAGroup() {
        let x = Extracted(" date 2025-03-10\nPeru and Chile's leaders met on Tuesday.")
        #expect(x.meetingParties == [["Peru", "Chile"]], "\(x.meetingParties)")
    }
}
