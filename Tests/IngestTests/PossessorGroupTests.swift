import Testing
import EventModel
@testable import Ingest

/// "talks with farmers' representatives": a group noun in the possessive only says whose the
/// group after it is; the party is the representatives (the eval convention keeps an unnamed
/// group by its head noun). Invented sentences only.
@Suite struct PossessorGroupTests {
    private let date = CalendarDate(year: 2005, month: 1, day: 10)

    @Test(arguments: [
        "The aid plan was announced by minister Ann Roe after talks with growers' representatives.",
        "Ann Roe held talks with the dockers' leaders on Monday.",
    ])
    func headAfterThePossessorIsTheParty(_ text: String) {
        let x = Extracted(text, date: date)
        let sides = x.meetingParties
        #expect(sides.count == 1 && sides[0].contains("Ann Roe") && sides[0].contains { $0.hasSuffix("representatives") || $0.hasSuffix("leaders") },
                "\(sides)")
    }

    // Near miss: a possessor before a word that is no group stays the party.
    @Test func possessorBeforeAThingStaysTheParty() {
        let x = Extracted("Ann Roe met the families' lawyers on Monday.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "families"]], "\(x.meetingParties)")
    }
}
