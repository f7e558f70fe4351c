import EventModel

/// Holidays on a fixed day ("on Christmas Day", "New Year's Eve 2014") and seasons ("last summer",
/// "in the spring", "the autumn of 2012"), from the `holiday` and `season` rows of
/// `Lexicons/time-words.tsv` (issue 3, found by `Scripts/eval/probe_times.py`).
///
/// A holiday is its last day, or its next when the clause looks ahead; a
/// bare season told in the past is the latest one that has begun by the article date, told of the
/// future the next one. `this` is the article year's, `last` the latest one
/// before the current, `next` the one after. A season's TIMEX3 value is `YYYY-SU`; winter runs from
/// December of its year to February. Seasons are northern-hemisphere ones: news of the southern
/// hemisphere that says "summer" for January gets the wrong months.
/// https://timeml.github.io/site/publications/timeMLdocs/timeml_1.2.1.html#timex3
extension TimeResolver {
    /// The first month of each season (TIMEX3 codes).
    static let seasonFirstMonth: [String: Int] = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

    /// Words before "the summer" that make it a time of the clause: "in the summer", "over the winter".
    static let seasonPrepositions: Set<String> = ["in", "during", "over", "through", "throughout", "since", "by", "until", "before", "after"]

    /// The holiday or season expression starting at `i`, or nil. For most tokens one or two
    /// dictionary lookups (the word itself, or the word after a shift word or `the`).
    /// `word` is the token's own time word, which the caller has looked up already.
    func holidayOrSeason(_ tokens: [Token], _ i: Int, _ end: Int, word: Lexicons.TimeWord?, future: Bool) -> TimeMention? {
        let start = i
        var shift: Int? = nil
        var j = i
        // "last summer", "next Christmas"; "the summer" after a preposition.
        if case .shift(let s)? = word {
            shift = s; j = i + 1
        } else if tokens[i].lower == "the", i > 0, Self.seasonPrepositions.contains(tokens[i - 1].lower) {
            j = i + 1
        } else if tokens[i].lower == "the" {
            // "the autumn of 2012" needs its year.
            j = i + 1
            guard j + 2 < end, case .season? = lex.timeWords[tokens[j].lower], tokens[j + 1].lower == "of",
                  year(tokens[j + 2]) != nil else { return nil }
        }
        guard j < end else { return nil }
        if let (month, day, after) = holiday(tokens, j, end) {
            return holidayMention(tokens, start, after, month: month, day: day, shift: shift, future: future)
        }
        guard case .season(let code)? = j == i ? word : lex.timeWords[tokens[j].lower] else { return nil }
        // A bare season word is a time only after `the` + preposition, a shift word, or before a year:
        // "summer school", "a winter storm" are not.
        var after = j + 1
        var y: Int? = nil
        if after < end, let yy = year(tokens[after]) { y = yy; after += 1 }
        else if after + 1 < end, tokens[after].lower == "of", let yy = year(tokens[after + 1]) { y = yy; after += 2 }
        let afterPreposition = j > i && tokens[i].lower == "the" && i > 0 && Self.seasonPrepositions.contains(tokens[i - 1].lower)
        guard y != nil || shift != nil || afterPreposition else { return nil }
        return seasonMention(tokens, start, after, code: code, year: y, shift: shift, future: future)
    }

    /// First words of the holiday names ("christmas", "new", "boxing"): only a capitalised word
    /// among them starts the lookups of longer names, which build and hash a string each.
    static let holidayHeads: Set<String> = {
        var heads = Set<String>()
        for (key, word) in Lexicons.shared.timeWords {
            if case .holiday = word, let first = key.split(separator: " ").first { heads.insert(String(first)) }
        }
        return heads
    }()

    /// The longest holiday name at `j` (up to four tokens), with its month, day and end.
    private func holiday(_ tokens: [Token], _ j: Int, _ end: Int) -> (Int, Int, Int)? {
        guard tokens[j].isCap, Self.holidayHeads.contains(tokens[j].lower) else { return nil }
        var key = tokens[j].lower
        var found: (Int, Int, Int)? = nil
        if case .holiday(let m, let d)? = lex.timeWords[key] { found = (m, d, j + 1) }
        var k = j + 1
        while k < min(end, j + 4) {
            key += " " + tokens[k].lower
            if case .holiday(let m, let d)? = lex.timeWords[key] { found = (m, d, k + 1) }
            k += 1
        }
        return found
    }

    private func holidayMention(_ tokens: [Token], _ from: Int, _ to: Int, month: Int, day: Int, shift: Int?,
                                future: Bool) -> TimeMention {
        var to = to
        var y: Int
        if to < tokens.count, let yy = year(tokens[to]) {
            y = yy; to += 1
        } else {
            guard let a = articleDate, a.day != nil else { return unresolved(tokens, from, to) }
            let today = DayArithmetic.dayNumber(a)
            let thisYear = DayArithmetic.dayNumber(a.year, month, day)
            switch shift {
            case 0?: y = a.year
            case let s? where s < 0: y = thisYear < today ? a.year : a.year - 1
            case let s? where s > 0: y = thisYear > today ? a.year : a.year + 1
            default:
                // The last one, unless the clause looks ahead. (Taking the next one when it is only
                // days away was tried: late-December stories that recall an earlier New Year's Eve
                // got the coming one.)
                let next = thisYear >= today ? a.year : a.year + 1, last = thisYear <= today ? a.year : a.year - 1
                y = future ? next : last
            }
        }
        let d = CalendarDate(year: y, month: month, day: day)
        return mention(tokens, from, to, value: d.description, mod: nil, d, d)
    }

    private func seasonMention(_ tokens: [Token], _ from: Int, _ to: Int, code: String, year: Int?, shift: Int?,
                               future: Bool) -> TimeMention {
        let firstMonth = Self.seasonFirstMonth[code] ?? 6
        let y: Int
        if let year { y = year } else {
            guard let a = articleDate else { return unresolved(tokens, from, to) }
            // The season (by its starting year) the article date falls in, or the latest begun.
            let begunThisYear = a.month >= firstMonth
            let latestBegun = begunThisYear ? a.year : a.year - 1
            // (A winter begun last December still runs in January.)
            let current = latestBegun
            let inIt = seasonContains(code, startYear: current, a)
            switch shift {
            case 0?: y = code == "WI" && a.month <= 2 ? a.year - 1 : a.year
            case let s? where s < 0: y = inIt ? current - 1 : latestBegun
            case let s? where s > 0: y = latestBegun + 1
            default: y = future ? (inIt ? current : latestBegun + 1) : latestBegun
            }
        }
        let s = CalendarDate(year: y, month: firstMonth, day: 1)
        let endYear = code == "WI" ? y + 1 : y
        let endMonth = code == "WI" ? 2 : firstMonth + 2
        let e = CalendarDate(year: endYear, month: endMonth, day: CalendarDate.daysIn(year: endYear, month: endMonth))
        return mention(tokens, from, to, value: "\(y)-\(code)", mod: nil, s, e)
    }

    private func seasonContains(_ code: String, startYear: Int, _ a: CalendarDate) -> Bool {
        let firstMonth = Self.seasonFirstMonth[code] ?? 6
        if code == "WI" { return (a.year == startYear && a.month == 12) || (a.year == startYear + 1 && a.month <= 2) }
        return a.year == startYear && a.month >= firstMonth && a.month <= firstMonth + 2
    }
}
