import Testing
import EventModel
@testable import Ingest

/// The date and the place of reported meetings (issue 3, branch meetG; kinds tallied in
/// docs/unseen-kinds.md, "meetG dates and places of meetings"). Invented sentences: each family
/// has sentences that must get the place or date, and near misses whose place or date belongs to
/// someone or something else.
@Suite struct MeetGDatesPlacesTests {
    /// A Thursday.
    let thursday = CalendarDate(year: 2017, month: 11, day: 9)

    /// The first meeting-type event naming every one of `names`.
    private func meeting(_ x: Extracted, _ names: [String]) -> Event? {
        x.doc.events.first { $0.type.isMeeting && Set(x.names($0)).isSuperset(of: Set(names)) }
    }

    /// The text extracted, and its meeting of Ann Roe and Tom Obi, which must be found.
    private func foundPair(_ text: String) -> (Extracted, Event?) {
        let x = Extracted(text, date: thursday)
        let e = meeting(x, ["Ann Roe", "Tom Obi"])
        #expect(e != nil, "\(text): \(x.doc.events.map { ($0.type, x.names($0)) })")
        return (x, e)
    }

    // MARK: places

    /// A government named by its seat after at / in / outside / inside / on is the venue.
    @Test(arguments: [
        ("President Ann Roe met Chancellor Hans Vogel at the White House on Tuesday.", "White House"),
        ("Ann Roe held a meeting with Hans Vogel at the White House.", "White House"),
        ("Tom Obi met Prime Minister Ann Roe outside Downing Street on Monday.", "Downing Street"),
        ("Ann Roe held talks with Tom Obi in the Oval Office.", "Oval Office"),
        ("Ann Roe met Tom Obi at the Kremlin on Friday.", "Kremlin"),
        ("Ann Roe met Tom Obi at the White House in Washington.", "White House"),
        ("Ann Roe met union leaders on Burgess Hill.", "Burgess Hill"),
    ])
    func seatIsTheVenue(_ text: String, _ place: String) {
        let x = Extracted(text, date: thursday)
        let e = x.doc.events.first { $0.type.isMeeting }
        #expect(e.flatMap { x.location($0) } == place, "\(x.doc.events.map { (x.names($0), x.location($0)) })")
    }

    /// Two meetings, two places: the place right before `to` + the second trigger is its own.
    @Test func placeBeforeInfinitive() {
        let x = Extracted("Ann Roe stopped at the Kremlin for a meeting with Tom Obi and on Burgess Hill to meet union leaders.",
                          date: thursday)
        let places = x.doc.events.filter { $0.type.isMeeting }.map { (Set(x.names($0)), x.location($0)) }
        #expect(places.contains { $0.0.contains("Tom Obi") && $0.1 == "Kremlin" }, "\(places)")
        #expect(places.contains { !$0.0.contains("Tom Obi") && $0.0.contains("Ann Roe") && $0.1 == "Burgess Hill" }, "\(places)")
    }

    /// The seat as the speaker, a whole government, a topic after `on`: no venue.
    @Test(arguments: [
        ("The White House said Ann Roe would meet Tom Obi in Lima on Friday.", "Lima"),
        ("Ann Roe met Tom Obi to discuss sanctions on the Kremlin.", nil),
        ("Ann Roe held talks on Jerusalem with Tom Obi.", nil),
        ("Ann Roe met officials in the Kenyan Government.", nil),
    ] as [(String, String?)])
    func seatNearMisses(_ text: String, _ place: String?) {
        let x = Extracted(text, date: thursday)
        for e in x.doc.events where e.type.isMeeting {
            #expect(x.location(e) == place, "\(text): \(x.names(e)) @ \(x.location(e) ?? "-")")
        }
    }

    /// Other events: a building places them, a body named in what was said does not; a dated
    /// chronology entry after `said on` dates the saying.
    @Test func otherEventsKeepTheirOwn() {
        let a = Extracted("Ann Roe announced in the Oval Office that the plant would close.", date: thursday)
        #expect(a.doc.events.first { $0.type == .statement }.flatMap { a.location($0) } == "Oval Office")
        let b = Extracted("\"We thank the staff at the FBI for their work,\" Ann Roe said on Sunday.", date: thursday)
        #expect(b.doc.events.first { $0.type == .statement }.flatMap { b.location($0) } == nil)
        let c = Extracted("Tom Obi said on October 31: \"We were lucky.\"", date: thursday)
        #expect(c.doc.events.first { $0.type == .statement }?.time?.value == "2017-10-31")
    }

    /// A place that only qualifies a person, or locates the speaker, is no scene.
    @Test(arguments: [
        "Ann Roe later met Tom Obi in the Ohio governor's office.",
        "Officials in Lima said Ann Roe met Tom Obi on Monday.",
        "A spokesman in Nairobi told reporters that Ann Roe had met Tom Obi.",
        "Stock in Kenyan brewer Tusker Breweries fell after Ann Roe held talks with Tom Obi.",
        "Ann Roe, a director in Peru's mining firm Andina Gold, met Tom Obi.",
        "Stock in UK grocery chain Harlow Stores fell after Ann Roe met Tom Obi.",
        "Ann Roe met Tom Obi on Monday and then flew to Lima.",
        "Ann Roe met Tom Obi, who arrived in Lima on Sunday.",
    ])
    func placeOfSomeoneElse(_ text: String) {
        let (x, e) = foundPair(text)
        #expect(e.flatMap { x.location($0) } == nil, "\(e.flatMap { x.location($0) } ?? "-")")
    }

    /// ... but a place named for the meeting itself stays, before or after the trigger.
    @Test(arguments: [
        ("Ann Roe met Tom Obi in Kentucky on Monday.", "Kentucky"),
        ("In Lima, Ann Roe met Tom Obi on Monday.", "Lima"),
        ("Ann Roe met Tom Obi in Nairobi, officials said.", "Nairobi"),
        ("Ann Roe met Tom Obi in Nairobi on Monday.", "Nairobi"),
        ("Ann Roe met Tom Obi in Nairobi last week.", "Nairobi"),
        ("Ann Roe met Tom Obi in Nairobi with President Luis Vera.", "Nairobi"),
        ("Ann Roe met Tom Obi in Nairobi two weeks ago.", "Nairobi"),
        ("Ann Roe met Tom Obi after she arrived in Nairobi.", "Nairobi"),
        ("Ann Roe flew to Nairobi and met Tom Obi in Mombasa.", "Mombasa"),
    ])
    func ownPlaceStays(_ text: String, _ place: String) {
        let x = Extracted(text, date: thursday)
        #expect(meeting(x, ["Ann Roe", "Tom Obi"]).flatMap { x.location($0) } == place)
    }

    /// `, where` before the trigger points back at the place before it, over the main clause's place.
    @Test(arguments: [
        ("Tom Obi landed in Chile on Friday, coming from Peru, where he had met President Ann Roe.", "Peru"),
        ("Tom Obi flew to Chile after a stop in Lima, where he met Ann Roe.", "Lima"),
        ("Tom Obi arrived in Britain, where he met Ann Roe.", "United Kingdom"),
        // A place inside the `where` clause is the meeting's own.
        ("Tom Obi went on an unannounced trip to Peru, where he held talks with Ann Roe in Lima.", "Lima"),
    ])
    func wherePointsBack(_ text: String, _ place: String) {
        let x = Extracted(text, date: thursday)
        let e = x.doc.events.first { $0.type == .meet || $0.type == .negotiate }
        #expect(e.flatMap { x.location($0) } == place, "\(x.doc.events.map { ($0.type, x.names($0), x.location($0)) })")
    }

    // MARK: dates

    /// A part of a day with `this` or `last` names the article's day or the one before.
    @Test(arguments: [
        ("Ann Roe is to meet Tom Obi this evening.", "2017-11-09"),
        ("Ann Roe met Tom Obi this afternoon in Lima.", "2017-11-09"),
        ("Ann Roe met Tom Obi this morning.", "2017-11-09"),
        ("Ann Roe met Tom Obi last night at a hotel in Lima.", "2017-11-08"),
        ("Ann Roe met Tom Obi on Tuesday night.", "2017-11-07"),
    ])
    func dayParts(_ text: String, _ day: String) {
        let x = Extracted(text, date: thursday)
        #expect(meeting(x, ["Ann Roe", "Tom Obi"])?.time?.value == day)
    }

    /// A part of a day without a day named, or without an article date, dates nothing.
    @Test func dayPartNearMisses() {
        for text in ["Ann Roe met Tom Obi in the morning.", "The next morning Ann Roe met Tom Obi."] {
            let x = Extracted(text, date: thursday)
            #expect(meeting(x, ["Ann Roe", "Tom Obi"])?.time == nil, "\(text)")
        }
        let undated = Extracted("Ann Roe met Tom Obi this evening.")
        #expect(meeting(undated, ["Ann Roe", "Tom Obi"])?.time?.value == nil)
    }

    /// The time of another clause does not date the meeting.
    @Test(arguments: [
        "Tom Obi, who becomes mayor in March, hopes to meet Ann Roe in Lima.",
        "Ann Roe and Tom Obi, a couple since late 2011, first met on the set of a soap.",
        "Ann Roe and Tom Obi have been married since 2015 and first met at a party in Lima.",
        "Ann Roe stepped aside after talks with Tom Obi at a hotel March 3, 2015: the court ruled on the appeal.",
    ])
    func otherClauseTime(_ text: String) {
        let e = foundPair(text).1
        #expect(e?.time == nil, "\(e?.time?.value ?? "-") <\(e?.time?.text ?? "")>")
    }

    /// ... while a time of the meeting's own clause stays, before or after the trigger.
    @Test(arguments: [
        ("Tom Obi, who met Ann Roe in January, said the talks went well.", "2017-01"),
        ("Ann Roe met Tom Obi in January, months before she took office.", "2017-01"),
        ("Tom Obi, the new envoy, will meet Ann Roe in Lima in December.", "2017-12"),
        ("October 7, 2016: Ann Roe met Tom Obi on a plane.", "2016-10-07"),
        ("Tom Obi has been in talks with Ann Roe since January.", "2017-01"),
        // A time opening the sentence (the relative-clause test looks before it).
        ("Yesterday Ann Roe met Tom Obi in Lima.", "2017-11-08"),
        ("Yesterday, Ann Roe met Tom Obi in Lima.", "2017-11-08"),
    ])
    func ownClauseTimeStays(_ text: String, _ value: String) {
        let x = Extracted(text, date: thursday)
        #expect(meeting(x, ["Ann Roe", "Tom Obi"])?.time?.value == value,
                "\(x.doc.events.map { ($0.type, x.names($0), $0.time?.value) })")
    }

    /// A weekday told in the simple past lies behind the article date even when the sentence
    /// speaks of the future elsewhere; a future or `next` weekday stays ahead.
    @Test(arguments: [
        ("Ann Roe, who will step down next month, met Tom Obi on Friday.", "2017-11-03", Modality.asserted),
        ("Ann Roe met Tom Obi on Friday and will meet Luis Vera next week.", "2017-11-03", .asserted),
        ("Ann Roe held talks with Tom Obi on Saturday and will fly to Lima next week.", "2017-11-04", .asserted),
        ("Ann Roe later met Tom Obi on Friday, and the two will sign a deal next month.", "2017-11-03", .asserted),
        // near misses: the coming day
        ("Tom Obi will meet Ann Roe on Friday.", "2017-11-10", .planned),
        ("Tom Obi will have talks with Ann Roe on Friday.", "2017-11-10", .planned),
        ("Ann Roe will meet Tom Obi next Friday.", "2017-11-10", .planned),
        ("Ann Roe met Tom Obi on Monday, two days after the election on Saturday.", "2017-11-06", .asserted),
    ])
    func pastWeekday(_ text: String, _ day: String, _ modality: Modality) {
        let x = Extracted(text, date: thursday)
        let e = meeting(x, ["Ann Roe", "Tom Obi"])
        #expect(e?.time?.value == day, "\(e?.time?.value ?? "-")")
        #expect(e?.modality == modality)
    }

    /// A meeting in the sentence after a dated one, the story carried on by a pronoun, takes
    /// that time; a named subject, two times, another paragraph or a plan take nothing.
    @Test func narrativeTime() {
        let told = Extracted("In April, fishermen rescued Ann Roe off the coast. She was flown to Lima, where she met President Tom Obi.",
                             date: thursday)
        #expect(meeting(told, ["Tom Obi"])?.time?.value == "2017-04", "\(told.doc.events.map { ($0.type, told.names($0), $0.time?.value) })")
        let misses = [
            "In April, fishermen rescued Ann Roe off the coast. Luis Vera met President Tom Obi in Lima.",
            "In April or in May, fishermen rescued Ann Roe off the coast. She was flown to Lima, where she met President Tom Obi.",
            "In April, fishermen rescued Ann Roe off the coast.\n\nShe was flown to Lima, where she met President Tom Obi.",
            "Ann Roe was rescued off the coast. She was flown to Lima, where she met President Tom Obi.",
        ]
        for text in misses {
            let x = Extracted(text, date: thursday)
            #expect(x.doc.events.filter { $0.type.isMeeting && x.names($0).contains("Tom Obi") }.allSatisfy { $0.time == nil }, "\(text)")
        }
        let plan = Extracted("In April, fishermen rescued Ann Roe off the coast. She will meet President Tom Obi.", date: thursday)
        #expect(meeting(plan, ["Tom Obi"])?.time?.value != "2017-04")
    }

    /// A meeting carried on by a pronoun after a placed visit or meeting of the same person takes
    /// that place; a named subject, a trip of several places, a plan on another day take nothing.
    @Test func narrativePlace() {
        let told = Extracted("Ann Roe arrived in Lima. She met President Tom Obi on Monday.", date: thursday)
        #expect(meeting(told, ["Tom Obi"]).flatMap { told.location($0) } == "Lima",
                "\(told.doc.events.map { ($0.type, told.names($0), told.location($0)) })")
        let plan = Extracted("Ann Roe arrived in Lima. She will meet President Tom Obi.", date: thursday)
        #expect(meeting(plan, ["Tom Obi"]).flatMap { plan.location($0) } == "Lima")
        // Across a paragraph break the visit is still the scene (VisitScenes, the lead's eleventh
        // session; meetG had it take nothing).
        let nextParagraph = Extracted("Ann Roe arrived in Lima on Sunday.\n\nShe met President Tom Obi on Monday.", date: thursday)
        #expect(meeting(nextParagraph, ["Tom Obi"]).flatMap { nextParagraph.location($0) } == "Lima")
        let misses = [
            "Ann Roe arrived in Lima on Sunday. Luis Vera met President Tom Obi on Monday.",
            "Ann Roe visited Lima and Quito on Sunday. She met President Tom Obi on Monday.",
            "On Sunday Ann Roe was in Peru, visiting a market in Cusco. She is expected to hold talks with Tom Obi on Monday.",
        ]
        // Without an article date "Sunday" and "Monday" stay unresolved, and still differ.
        let undated = Extracted("On Sunday Ann Roe was in Peru, visiting a market in Cusco. She is expected to hold talks with Tom Obi on Monday.")
        #expect(undated.doc.events.filter { $0.type.isMeeting && undated.names($0).contains("Tom Obi") }.allSatisfy { $0.location == nil })
        for text in misses {
            let x = Extracted(text, date: thursday)
            #expect(x.doc.events.filter { $0.type.isMeeting && x.names($0).contains("Tom Obi") }.allSatisfy { $0.location == nil },
                    "\(text): \(x.doc.events.map { ($0.type, x.names($0), x.location($0)) })")
        }
    }

    /// TimeResolver on its own: the day parts and what stays unresolved.
    @Test func resolverDayParts() {
        let cases: [(String, String?)] = [("this afternoon", "2017-11-09"), ("last night", "2017-11-08"),
                                          ("this evening", "2017-11-09"), ("last evening", "2017-11-08")]
        for (phrase, value) in cases {
            let x = Extracted("Ann Roe met Tom Obi \(phrase).", date: thursday)
            #expect(meeting(x, ["Ann Roe", "Tom Obi"])?.time?.value == value, "\(phrase)")
            #expect(meeting(x, ["Ann Roe", "Tom Obi"])?.time?.text == phrase, "\(phrase)")
        }
    }
}
