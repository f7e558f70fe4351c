import EventModel
import Testing

/// `CalendarDate(iso:)` reads exactly `YYYY-MM` and `YYYY-MM-DD`, real days only.
@Suite struct CalendarDateParsingTests {
    @Test(arguments: [("2024-02-29", "2024-02-29"), ("2023-12", "2023-12"), ("0999-01-31", "0999-01-31")])
    func readsDaysAndMonths(_ text: String, _ expected: String) {
        #expect(CalendarDate(iso: text)?.description == expected)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00", "2024-1-05", "24-01-05", "2024-01-05-", "2024--01",
                      "2024-01-5", "2024", "", "2024-01-05T10", "+024-01-05", "２０２４-01-05", "2024-04-31"])
    func refusesAnythingElse(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func readsSubstrings() {
        let line = "date 2024-03-05 rest"
        let slice = line.dropFirst(5).prefix(10)
        #expect(CalendarDate(iso: slice) == CalendarDate(year: 2024, month: 3, day: 5))
    }
}
