import Testing
import EventModel
@testable import Ingest

/// The date and place of meetings whose own clause names no day or no venue (issue 3, branch
/// meetI; kinds tallied in docs/unseen-kinds.md, "meetI"). Invented sentences only; each family
/// has near misses whose date belongs to something else or to no day at all.
@Suite struct MeetIStoryDayTests {
    /// A Thursday.
    let thursday = CalendarDate(year: 2017, month: 11, day: 9)

    /// The date value of the meeting naming both `a` and `b`; the meeting must be found.
    private func dateOf(_ text: String, _ a: String = "Ann Roe", _ b: String = "Tom Obi",
                        date: CalendarDate? = CalendarDate(year: 2017, month: 11, day: 9)) -> String? {
        let x = Extracted(text, date: date)
        let e = x.doc.events.first { $0.type.isMeeting && Set(x.names($0)).isSuperset(of: [a, b]) }
        #expect(e != nil, "\(text): \(x.doc.events.map { ($0.type, x.names($0)) })")
        return e?.time?.value
    }

    // MARK: dates, each family with its own cases; one test runs them all

    /// A part of a day with no day named.
    static let dayParts: [(String, String?)] = [
        // A bare part of a day in a report that names its own day: the report's day.
        ("Eva Lind arrived today. The vote was close. The count ran late. Rain fell. Ann Roe met Tom Obi in the afternoon.", "2017-11-09"),
        ("Eva Lind spoke on Thursday. The vote was close. The count ran late. Rain fell. The council said Ann Roe held talks with Tom Obi in the morning.", "2017-11-09"),
        // A day named just before: that day.
        ("Eva Lind flew to Lima on Monday. Ann Roe met Tom Obi in the evening.", "2017-11-06"),
        ("Eva Lind landed in Lima on Tuesday. Ann Roe met Tom Obi later that day.", "2017-11-07"),
        ("Eva Lind landed in Lima on Tuesday. That evening, Ann Roe met Tom Obi.", "2017-11-07"),
        // The clause's own day wins.
        ("Ann Roe met Tom Obi on Friday in the afternoon.", "2017-11-03"),
        // Pointing back at a day the passage never names.
        ("Ann Roe met Tom Obi later that day.", nil),
        ("Ann Roe met Tom Obi that evening.", nil),
        // A part of another thing than a day.
        ("Ann Roe met Tom Obi in the morning of her career.", nil),
        // A report that never names its own day may look back: no day.
        ("Ann Roe met Tom Obi in the afternoon.", nil),
        ("Eva Lind spoke on Monday. The vote was close. The count ran late. Rain fell. Ann Roe met Tom Obi in the afternoon.", nil),
    ]

    /// A day counted from the passage's last day.
    static let relativeDays: [(String, String?)] = [
        ("Eva Lind landed in Lima on Monday. Ann Roe met Tom Obi the next day.", "2017-11-07"),
        ("Eva Lind landed in Lima on Monday. The following day, Ann Roe held talks with Tom Obi.", "2017-11-07"),
        ("Eva Lind spoke in Lima on Tuesday, 7 November. Ann Roe had met Tom Obi a day earlier.", "2017-11-06"),
        // No day before it: nothing to count from (meetG's "The next morning" near miss too).
        ("Ann Roe met Tom Obi the next day.", nil),
        // The day before another thing: not counted from the story's day.
        ("Eva Lind landed in Lima on Monday. Ann Roe met Tom Obi the day before the vote.", nil),
    ]

    /// The next step or a side strand of a dated meeting.
    static let sequences: [(String, String?)] = [
        ("Ann Roe met Pia Sand in Lima on Tuesday. Roe then met Tom Obi.", "2017-11-07"),
        ("Ann Roe met Pia Sand in Lima on Tuesday. Later, Roe met with Tom Obi.", "2017-11-07"),
        ("Eva Lind met Hans Vogel on Monday. Tom Obi met separately with Ann Roe.", "2017-11-06"),
        ("Eva Lind met Hans Vogel on Monday. Tom Obi followed up the meeting by flying to Quito to meet Ann Roe.", "2017-11-06"),
        ("Eva Lind met Hans Vogel on Monday. After meeting Vogel, Ann Roe also held talks with Tom Obi.", "2017-11-06"),
        // Told in the perfect: no step of the story.
        ("Ann Roe met Pia Sand in Lima on Tuesday. Roe has also met Tom Obi.", nil),
        // Another day named in between.
        ("Ann Roe met Pia Sand in Lima on Tuesday. On Wednesday the council voted. Roe later met Tom Obi.", nil),
        // The dated meeting only has a year.
        ("Ann Roe met Pia Sand in 2015. Roe then met Tom Obi.", nil),
        // Too far back.
        ("Ann Roe met Pia Sand in Lima on Tuesday. The vote was close. The count ran late. Rain fell. Roads shut. Fans left. Roe then met Tom Obi.", nil),
        // No earlier meeting: a dated vote is no meeting.
        ("The council voted on Tuesday. Ann Roe then met Tom Obi.", nil),
    ]

    /// The news present of a dated report.
    static let newsPresent: [(String, String?)] = [
        ("Talks resume today. Ann Roe meets Tom Obi in Lima.", "2017-11-09"),
        ("Talks resume on Thursday. Ann Roe holds talks with Tom Obi in Lima.", "2017-11-09"),
        // A headline also heads the next day's analysis.
        ("Ann Roe meets Tom Obi in Lima. Rain fell today.", nil),
        // The article never names its own day.
        ("Talks resume. Ann Roe meets Tom Obi in Lima.", nil),
        // Quoted.
        ("Talks resume today. \"Ann Roe meets Tom Obi in Lima,\" Pia Sand said.", nil),
    ]

    /// A time in the possessive dates what it owns.
    static let possessives: [(String, String?)] = [
        ("Ann Roe met Tom Obi in the wake of Tuesday's vote.", nil),
        ("Ann Roe met Tom Obi on Friday after Tuesday's vote.", "2017-11-03"),
        ("Tuesday's meeting between Ann Roe and Tom Obi ran late.", "2017-11-07"),
        ("Ann Roe met Tom Obi on Tuesday.", "2017-11-07"),
    ]

    /// A date written before another noun dates that noun (PossessiveTimes, session 21).
    static let attributives: [(String, String?)] = [
        ("Ann Roe met Tom Obi in Lima after the Nov. 7 election.", nil),
        ("Ann Roe met Tom Obi ahead of the December 20 vote.", nil),
        ("Acme's Nov. 6 offer followed a visit by Ann Roe to Lima, where she met Tom Obi.", nil),
        ("The Nov. 7 talks between Ann Roe and Tom Obi ran late.", "2017-11-07"),
        ("Ann Roe met Tom Obi on Nov. 7 in Lima.", "2017-11-07"),
        // Talks opening a new clause after `and` take no time from the clause before (session 21).
        ("Peru's entry in 2001 took years and talks between Ann Roe and Tom Obi have gone on since.", nil),
        ("Ann Roe left Lima in 2001 and later held talks with Tom Obi in 2003.", "2003"),
    ]

    @Test(arguments: dayParts + relativeDays + sequences + newsPresent + possessives)
    func meetingDate(_ text: String, _ want: String?) {
        #expect(dateOf(text) == want, "\(text)")
    }

    @Test(arguments: attributives)
    func attributiveDate(_ text: String, _ want: String?) {
        #expect(dateOf(text) == want, "\(text)")
    }

    /// Near misses the other rules drop as meetings altogether, which must at least stay undated.
    @Test(arguments: [
        "Talks resume today. Ann Roe often meets Tom Obi in Lima.",
        "Talks resume today. If Ann Roe meets Tom Obi in Lima, the deal is done.",
    ])
    func habitualAndConditionalPresentStayUndated(_ text: String) {
        let x = Extracted(text, date: thursday)
        let e = x.doc.events.first { $0.type.isMeeting && x.names($0).contains("Tom Obi") }
        #expect(e?.time == nil, "\(text): \(String(describing: e?.time))")
    }

    @Test func withoutArticleDateNothingIsDated() {
        #expect(dateOf("Ann Roe met Tom Obi in the afternoon.", date: nil) == nil)
        #expect(dateOf("Talks resume today. Ann Roe meets Tom Obi in Lima.", date: nil) == nil)
    }

    @Test func planAfterDatedMeetingStaysPlanned() {
        let x = Extracted("Ann Roe met Pia Sand in Lima on Tuesday. Roe will then meet Tom Obi.", date: thursday)
        let e = x.doc.events.first { $0.type.isMeeting && x.names($0).contains("Tom Obi") }
        #expect(e?.time?.value != "2017-11-07", "\(String(describing: e?.time))")
    }

    // MARK: a building known by its name

    @Test(arguments: [
        ("Ann Roe met Senator Tom Obi at the Capitol.", "Capitol"),
        ("Ann Roe held talks with Tom Obi inside the Capitol on Monday.", "Capitol"),
        // No locative preposition: the building speaks, it is no venue.
        ("A Capitol spokesman said Ann Roe met Tom Obi in Lima.", "Lima"),
        ("The Capitol said Ann Roe met Tom Obi.", nil),
    ] as [(String, String?)])
    func namedBuildingIsTheVenue(_ text: String, _ place: String?) {
        let x = Extracted(text, date: thursday)
        let e = x.doc.events.first { $0.type.isMeeting && x.names($0).contains("Tom Obi") }
        #expect(e != nil, "\(text)")
        #expect(e.flatMap { x.location($0) } == place, "\(text): \(x.doc.events.map { (x.names($0), x.location($0)) })")
    }
}

/// The place of a dated meeting given where the story names that day's meeting again. (A later
/// mention that opens its sentence, "Friday's talks in Leeds ran late.", is merged with the
/// meeting before it by the anaphora rules, day or no day; these sentences keep it apart.)
@Suite struct MeetIDayNamedPlaceTests {
    private func placeOf(_ text: String, date: CalendarDate? = nil) -> String? {
        let x = Extracted(text, date: date)
        let e = x.doc.events.first { $0.type.isMeeting && Set(x.names($0)).isSuperset(of: ["Ann Roe", "Tom Obi"]) }
        #expect(e != nil, "\(text): \(x.doc.events.map { ($0.type, x.names($0)) })")
        return e.flatMap { x.location($0) }
    }

    @Test(arguments: [
        ("Ann Roe will hold talks with Tom Obi on Sunday. She is hopeful. Ahead of Sunday's meeting in Leeds, Ms Roe said she was proud.", "Leeds"),
        ("Ann Roe met Tom Obi on Friday. Fans left early after Friday's talks in Leeds.", "Leeds"),
        ("Ann Roe met Tom Obi on Friday. Fans waited outside during Friday's talks at the Kremlin.", "Kremlin"),
        // Its own place wins.
        ("Ann Roe met Tom Obi in York on Friday. Fans left early after Friday's talks in Leeds.", "York"),
    ] as [(String, String?)])
    func sameDayMentionGivesThePlace(_ text: String, _ want: String?) {
        #expect(placeOf(text) == want, "\(text)")
        #expect(placeOf(text, date: CalendarDate(year: 2017, month: 11, day: 9)) == want, "\(text) (dated)")
    }

    @Test(arguments: [
        // Another day's meeting.
        "Ann Roe met Tom Obi on Friday. Fans left early after Sunday's meeting in Leeds.",
        // Two places for that day: which one is not said.
        "Ann Roe met Tom Obi on Friday. Fans left after Friday's talks in Leeds and Friday's meeting in York.",
        // No meeting noun owned by the day.
        "Ann Roe met Tom Obi on Friday. Fans left early after Friday's rally in Leeds.",
        // The meeting names no day.
        "Ann Roe met Tom Obi. Fans left early after Friday's talks in Leeds.",
    ])
    func nearMisses(_ text: String) {
        #expect(placeOf(text) == nil, "\(text)")
        #expect(placeOf(text, date: CalendarDate(year: 2017, month: 11, day: 9)) == nil, "\(text) (dated)")
    }
}

/// Weekends: the Saturday and Sunday, past or coming, as the month or the ISO week's weekend.
@Suite struct MeetIWeekendTests {
    private func date(_ text: String, _ d: CalendarDate?) -> TimeValue? {
        let x = Extracted(text, date: d)
        let e = x.doc.events.first { $0.type.isMeeting && Set(x.names($0)).isSuperset(of: ["Ann Roe", "Tom Obi"]) }
        #expect(e != nil, "\(text)")
        return e?.time
    }

    @Test(arguments: [
        // A Thursday article: the Saturday and Sunday behind.
        ("Ann Roe met Tom Obi over the weekend.", CalendarDate(year: 2017, month: 11, day: 9), "2017-11", "2017-11-04"),
        ("Ann Roe met Tom Obi last weekend.", CalendarDate(year: 2017, month: 11, day: 9), "2017-11", "2017-11-04"),
        ("Ann Roe held talks with Tom Obi at the weekend.", CalendarDate(year: 2017, month: 11, day: 2), "2017-10", "2017-10-28"),
        // A plan: the coming weekend.
        ("Ann Roe will meet Tom Obi this weekend.", CalendarDate(year: 2017, month: 11, day: 30), "2017-12", "2017-12-02"),
        // A Sunday article: "last weekend" is the one before.
        ("Ann Roe met Tom Obi last weekend.", CalendarDate(year: 2017, month: 11, day: 12), "2017-11", "2017-11-04"),
        // Across two months: the ISO week's weekend.
        ("Ann Roe met Tom Obi last weekend.", CalendarDate(year: 2017, month: 10, day: 3), "2017-W39-WE", "2017-09-30"),
    ] as [(String, CalendarDate, String, String)])
    func weekendIsItsSaturdayAndSunday(_ text: String, _ d: CalendarDate, _ value: String, _ saturday: String) {
        let t = date(text, d)
        #expect(t?.value == value, "\(text): \(String(describing: t))")
        #expect(t?.start.description == saturday, "\(text): \(String(describing: t))")
    }

    @Test(arguments: [
        // No time: a kind of retreat, or a habit.
        "Ann Roe met Tom Obi at a weekend retreat.",
        "Ann Roe met Tom Obi on weekends.",
    ])
    func notAWeekendDate(_ text: String) {
        #expect(date(text, CalendarDate(year: 2017, month: 11, day: 9)) == nil, "\(text)")
    }

    @Test func weekendWithoutArticleDate() {
        #expect(date("Ann Roe met Tom Obi over the weekend.", nil) == nil)
    }
}
