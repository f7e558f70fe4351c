import EventModel

/// The days an ISO date covers, inclusive: `2024` is 2024-01-01…2024-12-31, `2024-02` is
/// 2024-02-01…2024-02-29, `2024-02-18` is that one day. Date filters compare these bounds with
/// an event's own interval (`events.time_start`, `events.time_end`), so `--from 2024-01-25`
/// keeps an event of "late January" (2024-01-21…2024-01-31): the intervals overlap.
public struct DateRange: Sendable, Hashable {
    /// First day, `YYYY-MM-DD`.
    public let start: String
    /// Last day, `YYYY-MM-DD`.
    public let end: String

    /// The day `days` before the first, `YYYY-MM-DD`.
    public func start(minusDays days: Int) -> String {
        guard let first = CalendarDate(iso: start) else { return start }
        return CalendarDate(dayNumber: first.dayNumber - days).description
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; throws `QueryError.invalidDate` otherwise
    /// (including impossible days such as 2023-02-29).
    public init(iso text: String) throws {
        let bytes = Array(text.utf8)
        if bytes.count == 4, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            start = text + "-01-01"
            end = text + "-12-31"
            return
        }
        guard let date = CalendarDate(iso: text) else { throw QueryError.invalidDate(text) }
        if date.day != nil {
            start = date.description
            end = date.description
        } else {
            start = date.description + "-01"
            end = date.description + "-" + String(CalendarDate.daysIn(year: date.year, month: date.month))
        }
    }
}
