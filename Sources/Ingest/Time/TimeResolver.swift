import EventModel

/// A time expression found in a sentence.
struct TimeMention: Sendable {
    /// Token range of the expression.
    var tokens: Range<Int>
    var start: Int
    var end: Int
    /// nil when the expression needs an article date that is unknown.
    var value: TimeValue?
}

/// Finds TIMEX3-like time expressions and resolves them against the article date. The
/// words come from `Lexicons/time-words.tsv`; the shapes are:
/// `[mod] MONTH [DAY] [,] [YEAR]`, `DAY MONTH [YEAR]`, `[on|last|next|this] WEEKDAY [(MONTH DAY)]`,
/// `SHIFT UNIT` (last year), `DEIXIS` (yesterday), `YEAR`, `N UNIT ago`.
/// Without an article date, only absolute expressions (a year, a full date) resolve.
/// TIMEX3 value and mod: https://timeml.github.io/site/publications/timeMLdocs/timeml_1.2.1.html#timex3
struct TimeResolver {
    let articleDate: CalendarDate?
    let scalars: [Unicode.Scalar]
    let lex = Lexicons.shared

    /// All expressions in `range`; `future` says the sentence speaks of what is to come
    /// (`will`, `next`), which decides whether `Friday` or `March` lies ahead or behind.
    func find(_ tokens: [Token], in range: Range<Int>, future: Bool) -> [TimeMention] {
        var out: [TimeMention] = []
        var i = range.lowerBound
        // A bare month after a future cue earlier in the sentence ("said he would visit in
        // January") lies ahead; weekdays keep the sentence-wide flag ("said on Monday").
        var ahead = future, seen = range.lowerBound
        while i < range.upperBound {
            while seen < i { if Self.monthFutureCues.contains(tokens[seen].lower) { ahead = true }; seen += 1 }
            if let m = match(tokens, i, range.upperBound, future: future, monthAhead: ahead) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private func key(_ t: Token) -> String { t.lower }

    private func number(_ t: Token) -> Int? {
        guard t.kind == .number || t.kind == .word else { return nil }
        var s = t.lower
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) && s.count > 2 { s.removeLast(2) }
        return Int(s)
    }

    /// A day of the month: `18`, or an ordinal written with digits (`3rd`, `22nd`, `1st`, `18th`).
    private func dayOfMonth(_ t: Token) -> Int? {
        let u = t.lower.utf8
        guard let first = u.first, first >= 48, first <= 57, let d = number(t), (1...31).contains(d) else { return nil }
        if t.kind == .number { return d }
        let suffix = u.count > 2 ? String(t.lower.suffix(2)) : ""
        return ["st", "nd", "rd", "th"].contains(suffix) ? d : nil
    }

    /// `last year`, `of next year`, `this year` after a month: the year's shift and the token after it.
    private func yearShift(_ tokens: [Token], _ i: Int, _ end: Int) -> (Int, Int)? {
        var j = i
        if j < end, tokens[j].lower == "of" { j += 1 }
        guard j + 1 < end, case .shift(let s)? = lex.timeWords[tokens[j].lower], tokens[j + 1].lower == "year" else { return nil }
        return (s, j + 2)
    }

    /// A four-digit number followed by a clock word (`1830 GMT`, `2000 local time`) is a time of day.
    private func isClockTime(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        guard i + 1 < end else { return false }
        var next = tokens[i + 1].lower
        // "2030 EST." at a sentence end: the tokenizer took the period into the abbreviation.
        if tokens[i + 1].isAbbreviation, next.hasSuffix(".") { next.removeLast() }
        if lex.clockWords.contains(next) { return true }
        return i + 2 < end && lex.clockWords.contains(next + " " + tokens[i + 2].lower)
    }

    func year(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.utf8.count == 4, let y = Int(t.text), (1800...2100).contains(y) else { return nil }
        return y
    }

    private func monthAt(_ tokens: [Token], _ i: Int, _ end: Int) -> Int? {
        guard i < end, tokens[i].isCap, let m = lex.month(tokens[i].lower) else { return nil }
        let prev = i > 0 ? tokens[i - 1].lower : ""
        // `May` and `March` are months only beside a number or after a time preposition.
        if m == 5 || m == 3, tokens[i].lower == "may" || tokens[i].lower == "march" {
            let nextNum = i + 1 < end && (number(tokens[i + 1]) != nil)
            // ("on 12 March", "3 May 2019": a day number before it, branch meetL.)
            let dayBefore = i > 0 && dayOfMonth(tokens[i - 1]) != nil
            if !nextNum && !dayBefore && !Self.monthPrepositions.contains(prev) {
                return nil
            }
        }
        // A month that is also a given name before a capitalised word is a first name: `Jan Kessler`,
        // `April Ryan` (but `in June Ann Roe ...` keeps its month).
        if i + 1 < end, tokens[i + 1].kind == .word, tokens[i + 1].isCap, lex.month(tokens[i + 1].lower) == nil,
           lex.stopWords[tokens[i + 1].lower] == nil, !Self.monthPrepositions.contains(prev),
           Gazetteer.shared.isGivenName(tokens[i].text) {
            return nil
        }
        return m
    }

    /// Words after which a month word is a month whatever follows it.
    static let monthPrepositions: Set<String> = ["in", "since", "until", "by", "early", "late", "mid", "of", "last", "next",
                                                 "this", "from", "during", "before", "after"]

    /// Cues before a bare month that put it in the future: reported plans and wishes.
    static let monthFutureCues: Set<String> = ["will", "would", "'ll", "shall", "plans", "planned", "plan", "intends",
                                               "intended", "expected", "scheduled", "due", "hopes", "hoped", "hoping",
                                               "next", "upcoming", "forthcoming"]

    private func match(_ tokens: [Token], _ i: Int, _ end: Int, future: Bool, monthAhead: Bool) -> TimeMention? {
        let t = tokens[i]
        // Looked up once: most tokens are no time word, and each lookup hashes the string.
        let word = lex.timeWords[t.lower]
        // mod + month / mod + year: "late January", "early 2020", "the end of March", "mid-January"
        if t.lower.hasPrefix("mid-") {
            let rest = String(t.lower.dropFirst(4))
            if let m = lex.month(rest) {
                return monthExpression(tokens, from: i, monthIndex: i, month: m, mod: "MID", end: end, future: monthAhead)
            }
            // "mid-2022": one token, the middle of that year.
            if rest.utf8.count == 4, rest.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = Int(rest), (1800...2100).contains(y) {
                return yearMention(tokens, i, i + 1, y, mod: "MID")
            }
        }
        if case .mod(let mod)? = word {
            var j = i + 1
            if j < end, tokens[j].lower == "of" { j += 1 }
            if j < end, tokens[j].lower == "the" { j += 1 }
            if let m = monthAt(tokens, j, end) {
                return monthExpression(tokens, from: i, monthIndex: j, month: m, mod: mod, end: end, future: monthAhead)
            }
            if j < end, let y = year(tokens[j]) {
                return yearMention(tokens, i, j + 1, y, mod: mod)
            }
            return nil
        }
        if let m = monthAt(tokens, i, end) {
            return monthExpression(tokens, from: i, monthIndex: i, month: m, mod: nil, end: end, future: monthAhead)
        }
        // DAY MONTH [YEAR]: "18 February 2024"
        // The cheap tests first: nearly every token fails them, and `number` works on strings.
        if i + 1 < end, tokens[i + 1].isCap, let d = dayOfMonth(t), let m = monthAt(tokens, i + 1, end) {
            var j = i + 2
            var y: Int? = nil
            if j < end, let yy = year(tokens[j]) { y = yy; j += 1 }
            return dayMention(tokens, i, j, y, m, d, future: future)
        }
        // Weekdays, optionally with a date in brackets: "Sunday (Feb 18)"
        if t.isCap, let wd = lex.weekday(t.lower) {
            var from = i
            var shift = 0
            if i > 0, case .shift(let s)? = lex.timeWords[tokens[i - 1].lower] { from = i - 1; shift = s }
            var j = i + 1
            if j + 2 < end, tokens[j].text == "(" || tokens[j].text == ",", let m = monthAt(tokens, j + 1, end),
               let d = number(tokens[j + 2]), (1...31).contains(d) {
                var k = j + 3
                var y: Int? = nil
                if k < end, let yy = year(tokens[k]) { y = yy; k += 1 }
                if tokens[j].text == "(", k < end, tokens[k].text == ")" { k += 1 }
                return dayMention(tokens, from, k, y, m, d, future: future)
            }
            j = i + 1
            // "Monday next week", "on Friday last week": that weekday of the week the shift names.
            if j + 1 < end, case .shift(let s)? = lex.timeWords[tokens[j].lower], tokens[j + 1].lower == "week" {
                return weekdayOfWeek(tokens, from, j + 2, wd, weekShift: s)
            }
            // "later Sunday", "until Friday", "later on Tuesday": the coming day.
            let ahead = future || (i > 0 && ["later", "until", "till", "by"].contains(tokens[i - 1].lower))
                || (i > 1 && tokens[i - 1].lower == "on" && tokens[i - 2].lower == "later")
            return weekdayMention(tokens, from, j, wd, shift: shift, future: ahead)
        }
        if case .deixis(let offset)? = word {
            return offsetDay(tokens, i, i + 1, offset)
        }
        // "last weekend", "over the weekend": Weekends.
        if let m = weekendMention(tokens, i, end, future: future) { return m }
        // "on Christmas Day", "last summer", "in the spring of 2015": HolidaysAndSeasons.
        if let m = holidayOrSeason(tokens, i, end, word: word, future: monthAhead) { return m }
        // "this afternoon", "last night": DayParts.
        if case .shift(let s)? = word, i + 1 < end, let offset = Self.dayPartOffset(shift: s, tokens[i + 1].lower) {
            return offsetDay(tokens, i, i + 2, offset)
        }
        // "the next day" of a story: NarrativeRelativeDays.
        if case .shift? = word, isNarrativeRelativeDay(tokens, i, end) { return unresolved(tokens, i, i + 2) }
        if case .shift(let s)? = word, i + 1 < end, case .unit(let unit)? = lex.timeWords[tokens[i + 1].lower] {
            return shiftMention(tokens, i, i + 2, shift: s, unit: unit)
        }
        // N units ago
        if i + 2 < end, tokens[i + 2].lower == "ago", case .unit(let unit)? = lex.timeWords[tokens[i + 1].lower],
           let n = number(t) ?? Self.numberWords[t.lower] {
            return shiftMention(tokens, i, i + 3, shift: -n, unit: unit)
        }
        if let y = year(t) {
            // not an amount: "$2020", "2020 people" are rare enough; currency is checked
            if i > 0, ["$", "£", "€", "#"].contains(tokens[i - 1].text) { return nil }
            // A time of day, not a year: "at 1830 GMT", "0900 hours".
            if isClockTime(tokens, i, end) { return nil }
            return yearMention(tokens, i, i + 1, y, mod: nil)
        }
        return nil
    }

    static let numberWords: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                                             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "several": 3]

    private func monthExpression(_ tokens: [Token], from: Int, monthIndex: Int, month m: Int, mod: String?,
                                 end: Int, future: Bool) -> TimeMention? {
        var j = monthIndex + 1
        // MONTH DAY [,] [YEAR]
        if j < end, let d = dayOfMonth(tokens[j]) {
            j += 1
            var y: Int? = nil
            if j < end, let yy = year(tokens[j]) { y = yy; j += 1 }
            else if j + 1 < end, tokens[j].text == ",", let yy = year(tokens[j + 1]) { y = yy; j += 2 }
            return dayMention(tokens, from, j, y, m, d, future: future)
        }
        var y: Int? = nil
        if j < end, let yy = year(tokens[j]) { y = yy; j += 1 }
        else if j + 1 < end, tokens[j].text == ",", let yy = year(tokens[j + 1]) { y = yy; j += 2 }
        else if let (shift, after) = yearShift(tokens, j, end) {
            // "in March last year", "in September of next year": the month of the year the shift names.
            guard let a = articleDate else { return unresolved(tokens, from, after) }
            y = a.year + shift; j = after
        }
        let year: Int
        if let y { year = y } else {
            guard let a = articleDate else { return unresolved(tokens, from, j) }
            if future { year = m >= a.month ? a.year : a.year + 1 } else { year = m <= a.month ? a.year : a.year - 1 }
        }
        let last = CalendarDate.daysIn(year: year, month: m)
        var s = 1, e = last
        switch mod {
        case "START": e = 10
        case "MID": s = 11; e = 20
        case "END": s = 21
        default: break
        }
        let value = CalendarDate(year: year, month: m).description
        return mention(tokens, from, j, value: value, mod: mod, CalendarDate(year: year, month: m, day: s),
                       CalendarDate(year: year, month: m, day: e))
    }

    private func dayMention(_ tokens: [Token], _ from: Int, _ to: Int, _ y: Int?, _ m: Int, _ d: Int, future: Bool) -> TimeMention? {
        let year: Int
        if let y { year = y } else {
            guard let a = articleDate else { return unresolved(tokens, from, to) }
            let ad = a.day ?? CalendarDate.daysIn(year: a.year, month: a.month)
            if future { year = (m, d) >= (a.month, ad) ? a.year : a.year + 1 } else { year = (m, d) <= (a.month, ad) ? a.year : a.year - 1 }
        }
        guard d <= CalendarDate.daysIn(year: year, month: m) else { return nil }
        let date = CalendarDate(year: year, month: m, day: d)
        return mention(tokens, from, to, value: date.description, mod: nil, date, date)
    }

    private func weekdayMention(_ tokens: [Token], _ from: Int, _ to: Int, _ wd: Int, shift: Int, future: Bool) -> TimeMention? {
        guard let a = articleDate, a.day != nil else { return unresolved(tokens, from, to) }
        let n = DayArithmetic.dayNumber(a)
        let aw = DayArithmetic.weekday(n)
        let target: Int
        if shift > 0 || (future && shift == 0) {
            var delta = (wd - aw + 7) % 7
            if shift > 0, delta == 0 { delta = 7 }
            target = n + delta
        } else {
            var delta = (aw - wd + 7) % 7
            if shift < 0, delta == 0 { delta = 7 }
            target = n - delta
        }
        let d = DayArithmetic.date(target)
        return mention(tokens, from, to, value: d.description, mod: nil, d, d)
    }

    /// Weekday `wd` of the week `weekShift` weeks from the article's week.
    private func weekdayOfWeek(_ tokens: [Token], _ from: Int, _ to: Int, _ wd: Int, weekShift: Int) -> TimeMention {
        guard let a = articleDate, a.day != nil else { return unresolved(tokens, from, to) }
        let n = DayArithmetic.dayNumber(a) + 7 * weekShift
        let d = DayArithmetic.date(n - (DayArithmetic.weekday(n) - 1) + (wd - 1))
        return mention(tokens, from, to, value: d.description, mod: nil, d, d)
    }

    /// The day `offset` days from the article date; unresolved without an article day.
    private func offsetDay(_ tokens: [Token], _ from: Int, _ to: Int, _ offset: Int) -> TimeMention {
        guard let a = articleDate, a.day != nil else { return unresolved(tokens, from, to) }
        let d = DayArithmetic.date(DayArithmetic.dayNumber(a) + offset)
        return mention(tokens, from, to, value: d.description, mod: nil, d, d)
    }

    private func shiftMention(_ tokens: [Token], _ from: Int, _ to: Int, shift: Int, unit: String) -> TimeMention? {
        guard let a = articleDate else { return unresolved(tokens, from, to) }
        switch unit {
        case "year":
            return yearMention(tokens, from, to, a.year + shift, mod: nil)
        case "month":
            var y = a.year, m = a.month + shift
            while m < 1 { m += 12; y -= 1 }
            while m > 12 { m -= 12; y += 1 }
            return mention(tokens, from, to, value: CalendarDate(year: y, month: m).description, mod: nil,
                           CalendarDate(year: y, month: m, day: 1), CalendarDate(year: y, month: m, day: CalendarDate.daysIn(year: y, month: m)))
        case "week":
            guard a.day != nil else { return unresolved(tokens, from, to) }
            let n = DayArithmetic.dayNumber(a) + 7 * shift
            let monday = n - (DayArithmetic.weekday(n) - 1)
            let s = DayArithmetic.date(monday), e = DayArithmetic.date(monday + 6)
            // The week's month when it lies within one month (the eval convention), else an ISO week.
            let value = s.month == e.month ? CalendarDate(year: s.year, month: s.month).description
                : "\(DayArithmetic.date(monday + 3).year)-W\(isoWeek(monday))"
            return mention(tokens, from, to, value: value, mod: nil, s, e)
        default:
            guard a.day != nil else { return unresolved(tokens, from, to) }
            let d = DayArithmetic.date(DayArithmetic.dayNumber(a) + shift)
            return mention(tokens, from, to, value: d.description, mod: nil, d, d)
        }
    }

    private func isoWeek(_ monday: Int) -> String {
        let thursday = monday + 3
        let y = DayArithmetic.date(thursday).year
        let jan1 = DayArithmetic.dayNumber(y, 1, 1)
        let w = (thursday - jan1) / 7 + 1
        return w < 10 ? "0\(w)" : "\(w)"
    }

    private func yearMention(_ tokens: [Token], _ from: Int, _ to: Int, _ y: Int, mod: String?) -> TimeMention {
        var s = CalendarDate(year: y, month: 1, day: 1), e = CalendarDate(year: y, month: 12, day: 31)
        switch mod {
        case "START": e = CalendarDate(year: y, month: 4, day: 30)
        case "MID": s = CalendarDate(year: y, month: 5, day: 1); e = CalendarDate(year: y, month: 8, day: 31)
        case "END": s = CalendarDate(year: y, month: 9, day: 1)
        default: break
        }
        return mention(tokens, from, to, value: String(y), mod: mod, s, e)
    }

    func unresolved(_ tokens: [Token], _ from: Int, _ to: Int) -> TimeMention {
        TimeMention(tokens: from..<to, start: tokens[from].start, end: tokens[to - 1].end, value: nil)
    }

    func mention(_ tokens: [Token], _ from: Int, _ to: Int, value: String, mod: String?,
                         _ s: CalendarDate, _ e: CalendarDate) -> TimeMention {
        let a = tokens[from].start, b = tokens[to - 1].end
        let text = ScalarClass.string(scalars[a..<b])
        return TimeMention(tokens: from..<to, start: a, end: b,
                           value: TimeValue(value: value, mod: mod, text: text, start: s, end: e, span: TextSpan(start: a, end: b)))
    }
}
