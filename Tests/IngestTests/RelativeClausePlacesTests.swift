import Testing
import EventModel
@testable import Ingest

/// A place or time inside a relative clause that does not hold the trigger is that clause's
/// (MeetingPlaces.placeInOtherRelativeClause, OtherClauseTimes, RelativeWhomMet); and a person
/// beside an unnamed group as a subject is a party too (MixedSubjects). Invented sentences only.
@Suite struct RelativeClausePlacesTests {
    private let date = CalendarDate(year: 2005, month: 1, day: 10)

    @Test(arguments: [
        "Tom Roe, who runs a bakery in Leeds, met Ann Berg on Monday.",
        "Tom Roe met Ann Berg, who was born in Leeds in 1960.",
        "Ann Berg, whom he met in York in 1994, visited Tom Roe on Monday.",
    ])
    func placeOfAnotherClause(_ text: String) {
        let x = Extracted(text, date: date)
        let e = x.meetingEvents.first { Set(x.names($0)) == ["Tom Roe", "Ann Berg"] }
        #expect(e != nil, "\(x.meetingParties)")
        #expect(e.flatMap { x.location($0) } == nil, "\(e.flatMap { x.location($0) } ?? "-")")
        #expect(e?.time?.value != "1994" && e?.time?.value != "1960", "\(e?.time?.value ?? "-")")
    }

    // Near misses: the clause holds the trigger, or tells the meeting's own place; a run-on caption.
    @Test(arguments: [
        ("Tom Roe, who met Ann Berg in Leeds, resigned on Friday.", "Leeds"),
        ("In 2003 Tom Roe married Ann Berg, whom he met in Paris.", "Paris"),
        ("Tom Roe met Ann Berg in Leeds, which is her home town.", "Leeds"),
    ])
    func placeOfTheTriggersClause(_ text: String, _ place: String) {
        let x = Extracted(text, date: date)
        let e = x.meetingEvents.first { Set(x.names($0)) == ["Tom Roe", "Ann Berg"] }
        #expect(e.flatMap { x.location($0) } == place, "\(x.meetingParties) \(e.flatMap { x.location($0) } ?? "-")")
    }

    /// `whom he met`: a time before `whom` (in the main clause or another relative clause) is not
    /// the meeting's; one inside its clause is.
    @Test func whomMetTakesOnlyItsOwnTime() {
        let x = Extracted("Tom Roe, who robbed a bank in a suburb of Leeds in 1994, went to see his wife Ann Berg, whom he met when she was a nurse.", date: date)
        let e = x.meetingEvents.first { Set(x.names($0)) == ["Tom Roe", "Ann Berg"] }
        #expect(e != nil && e?.time == nil, "\(x.meetingParties) \(e?.time?.value ?? "-")")
        let y = Extracted("Tom Roe praised Ann Berg, whom he met in 1999.", date: date)
        #expect(y.meetingEvents.first?.time?.value == "1999", "\(y.meetingEvents.map { $0.time?.value ?? "-" })")
    }

    @Test(arguments: [
        "Coach Ana Roe and league officials met delegates from Norway.",
        "Ana Roe and party officials held talks with Norway on Monday.",
    ])
    func personBesideAnUnnamedGroup(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Ana Roe", "Norway"]) }, "\(x.meetingParties)")
    }
}
