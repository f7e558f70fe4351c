import EventModel

/// Weekends: "last weekend", "this weekend", "over the weekend", "at the weekend" (issue 3, branch
/// meetI). `weekend` was read as a week unit, so "last weekend" in a Thursday article gave the whole
/// week before (an ISO week starting on a Monday in the previous month) and "over the weekend"
/// gave nothing. A weekend is its Saturday and Sunday: told in the past, the latest one up to the
/// article date (the one before when the article falls on a weekend and says "last"); told of the
/// future, the coming one ("next weekend": the one after next Monday). The value is the month when
/// both days lie in it (the annotation convention for weeks), else the TIMEX3 weekend of the ISO
/// week (`2017-W44-WE`). https://timeml.github.io/site/publications/timeMLdocs/timeml_1.2.1.html#timex3
extension TimeResolver {
    /// Words before "the weekend" that make it a time of the clause.
    static let weekendPrepositions: Set<String> = ["over", "at", "during", "on", "across", "through", "throughout"]

    /// A weekend expression starting at `i`, or nil. Cheap for every other token: one string test.
    func weekendMention(_ tokens: [Token], _ i: Int, _ end: Int, future: Bool) -> TimeMention? {
        guard i + 1 < end, tokens[i + 1].lower == "weekend" else { return nil }
        let w = tokens[i].lower
        let shift: Int
        switch w {
        case "last", "past": shift = -1
        case "this": shift = 0
        case "next", "coming": shift = 1
        case "the":
            guard i > 0, Self.weekendPrepositions.contains(tokens[i - 1].lower) else { return nil }
            shift = 0
        default: return nil
        }
        // "the weekend's talks" is fine; "a weekend retreat" never reaches here (no shift word).
        guard let a = articleDate, a.day != nil else { return unresolved(tokens, i, i + 2) }
        let n = DayArithmetic.dayNumber(a)
        let aw = DayArithmetic.weekday(n)  // 1 Monday ... 7 Sunday
        let onWeekend = aw >= 6
        // The Saturday of the latest weekend that has begun by the article date.
        let lastSaturday = n - ((aw - 6 + 7) % 7)
        let saturday: Int
        switch shift {
        case -1: saturday = onWeekend ? lastSaturday - 7 : lastSaturday
        case 1: saturday = n - (aw - 1) + 7 + 5  // next week's Saturday
        default: saturday = onWeekend || !future ? lastSaturday : lastSaturday + 7
        }
        let s = DayArithmetic.date(saturday), e = DayArithmetic.date(saturday + 1)
        let value: String
        if s.month == e.month {
            value = CalendarDate(year: s.year, month: s.month).description
        } else {
            let monday = saturday - 5
            let thursday = monday + 3
            let y = DayArithmetic.date(thursday).year
            let week = (thursday - DayArithmetic.dayNumber(y, 1, 1)) / 7 + 1
            value = "\(y)-W\(week < 10 ? "0" : "")\(week)-WE"
        }
        return mention(tokens, i, i + 2, value: value, mod: nil, s, e)
    }
}
