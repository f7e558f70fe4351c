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

/// Subjects written with an apposition or a country after the name (a probe grid of 220 invented
/// sentences, session 19: these were its only misses): "Peru's foreign minister, Ann Roe, and Tom
/// Obi met", "Ann Roe and President Tom Obi of Chile met", "Ann Roe, Peru's foreign minister, is
/// due to hold talks with Tom Obi".
@Suite struct AppositionSubjectsTests {
    @Test(arguments: [
        "Peru's foreign minister, Ann Roe, and Tom Obi met in Lima on Monday.",
        "Peru's foreign minister, Ann Roe, and Chile's President Tom Obi held talks in Lima on Monday.",
        "Peru's foreign minister, Ann Roe, and her Chilean counterpart Tom Obi met in Lima on Monday.",
        "Ann Roe and President Tom Obi of Chile met in Lima on Monday.",
        "Peru's President Ann Roe and President Tom Obi of Chile held talks in Lima on Monday.",
        "Peru's foreign minister, Ann Roe, and President Tom Obi of Chile met in Lima on Monday.",
        "Ann Roe, Peru's foreign minister, is due to hold talks with Tom Obi in Lima on Friday.",
    ])
    func bothAreParties(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains(["Ann Roe", "Tom Obi"]), "\(x.meetingParties)")
        #expect(x.meetingParties.allSatisfy { !$0.contains("Peru") && !$0.contains("Chile") }, "\(x.meetingParties)")
    }

    /// "A, B, and C met": the serial comma before `and` keeps the whole list.
    @Test func serialCommaList() {
        let x = Extracted(" date 2025-03-10\nAnn Roe, Tom Obi, and Ivo Berg met in Lima on Monday.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi", "Ivo Berg"]], "\(x.meetingParties)")
    }

    /// A subject opening the document with `of` after it reads no token before the text.
    @Test func subjectAtTheVeryStart() {
        let x = Extracted("President Tom Obi of Chile met Ann Roe in Lima on Monday.")
        #expect(x.meetingParties.contains(["Ann Roe", "Tom Obi"]), "\(x.meetingParties)")
    }
}
