import EventModel

/// Day-number helpers for the time resolver; the arithmetic itself is `CalendarDate.dayNumber`
/// and `CalendarDate(dayNumber:)` in EventModel, shared with the Store.
enum DayArithmetic {
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        CalendarDate(year: y, month: m, day: d).dayNumber
    }

    static func date(_ n: Int) -> CalendarDate { CalendarDate(dayNumber: n) }

    /// 1 = Monday ... 7 = Sunday.
    static func weekday(_ n: Int) -> Int {
        let w = (n + 3) % 7 // 1970-01-01 was a Thursday (index 3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    static func dayNumber(_ d: CalendarDate) -> Int { d.dayNumber }
}
