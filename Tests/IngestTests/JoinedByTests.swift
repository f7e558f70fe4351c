import Testing
import EventModel
@testable import Ingest

/// "X was joined by Y": joining named people in person is an encounter (JoinedBy); a crowd, a
/// body, someone's team, or side by side at a public event is no meeting.
@Suite struct JoinedByTests {
    @Test func joinedAtAPlace() {
        let x = Extracted(" date 2025-03-10\nIn Ohio, Ann Roe was joined by Tom Obi on Monday.")
        let m = x.events(.meet)
        #expect(m.map { Set(x.names($0)) } == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        #expect(m.first.flatMap { $0.location }.map { x.doc.entities[$0].name } == "Ohio")
    }

    @Test func aListOfJoinersIsOneMeeting() {
        let x = Extracted(" date 2025-03-10\nAnn Roe will then head to Denver, where she will be joined by President Tom Obi, First Lady Jo Obi and her husband Bill Roe.")
        let joined = x.events(.meet).filter { $0.trigger == "joined by" }
        #expect(joined.map { Set(x.names($0)) } == [["Ann Roe", "Tom Obi", "Jo Obi", "Bill Roe"]], "\(x.meetingParties)")
        #expect(joined.first?.modality == .planned)
    }

    @Test func relativeInAppositionAfterAnAdverb() {
        let x = Extracted(" date 2025-03-10\nAnn Roe was later joined by her husband, Tom Obi, at the hospital in Leeds.")
        #expect(x.meetingParties.contains(["Ann Roe", "Tom Obi"]), "\(x.meetingParties)")
    }

    @Test(arguments: [
        "In Iowa, Ann Roe was joined by thousands of supporters.",
        "Norvex Group was joined by Tarco Bank in the bid.",
        "Ann Roe was joined by Tom Obi's team.",
        "At a poster launch on Tuesday, Ann Roe was joined by Tom Obi.",
        "Ann Roe was joined on stage by Tom Obi.",
        "Tom Obi joined Ann Roe's firm in May.",
    ])
    func noMeeting(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }
}
