import EventModel
import Testing

@Suite struct DayNumberTests {
    @Test func knownDays() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
        #expect(CalendarDate(year: 1969, month: 12, day: 31).dayNumber == -1)
        #expect(CalendarDate(year: 2024, month: 2).dayNumber == CalendarDate(year: 2024, month: 2, day: 1).dayNumber)
    }

    @Test func roundTripsAcrossLeapYearsAndCenturies() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CalendarDate(dayNumber: n)
            #expect(date.dayNumber == n, "\(date)")
            #expect((1...CalendarDate.daysIn(year: date.year, month: date.month)).contains(date.day ?? 0))
        }
        #expect(CalendarDate(dayNumber: CalendarDate(year: 2024, month: 2, day: 28).dayNumber + 1).description == "2024-02-29")
        #expect(CalendarDate(dayNumber: CalendarDate(year: 1900, month: 2, day: 28).dayNumber + 1).description == "1900-03-01")
    }
}
