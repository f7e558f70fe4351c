import Testing
import EventModel
@testable import Ingest

/// "the prime minister" with no titled name to point back to: the one person the article names
/// who held the office then (`office-holders.tsv`). Invented sentences; the holders are rows of
/// the list.
@Suite struct OfficeHoldersTests {
    private func hostedGuests(_ text: String, date: CalendarDate? = nil) -> Set<String> {
        let x = Extracted(text, date: date)
        return Set(x.meetingEvents.flatMap { x.names($0) })
    }

    @Test func theOnlyHolderNamedIsThePrimeMinister() {
        let guests = hostedGuests("Mr Blair spoke to reporters on Monday. Later the prime minister hosted a dinner for Ann Roe.")
        #expect(guests == ["Tony Blair", "Ann Roe"] || guests == ["Blair", "Ann Roe"])
    }

    @Test func theArticlesDateChoosesBetweenHolders() {
        // Both held the office, but only Theresa May in June 2017.
        let guests = hostedGuests("Theresa May and Boris Johnson spoke on Monday. Later the prime minister hosted a dinner for Ann Roe.",
                                  date: CalendarDate(year: 2017, month: 6, day: 5))
        #expect(guests == ["Theresa May", "Ann Roe"])
    }

    @Test func anotherOfficeTheArticleWritesOfRulesAHolderOut() {
        // Undated: both were prime minister once, but "his chancellor" can only be Gordon Brown.
        let guests = hostedGuests("Tony Blair and Gordon Brown spoke. The book says he upset his chancellor. Later the prime minister hosted a dinner for Ann Roe.")
        #expect(guests == ["Tony Blair", "Ann Roe"])
    }

    // Near misses: nobody of the list named, or two holders the article cannot tell apart.
    @Test func noHolderNamedLeavesTheTitle() {
        let guests = hostedGuests("Ann Roe arrived on Monday. Later the prime minister hosted a dinner for her.")
        #expect(!guests.contains("Tony Blair"))
    }

    @Test func twoPossibleHoldersLeaveTheTitle() {
        let guests = hostedGuests("Tony Blair and Gordon Brown spoke. Later the prime minister hosted a dinner for Ann Roe.")
        #expect(!guests.contains("Tony Blair") && !guests.contains("Gordon Brown"))
    }
}
