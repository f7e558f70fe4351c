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

    /// An article and a describing word before the joiner's name (session 21).
    @Test func describedJoiner() {
        let x = Extracted(" date 2025-03-10\nIn Ohio, Ann Roe was joined by an electrifying Tom Obi, the father of a soldier.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }

    @Test func describedCrowdIsNoJoiner() {
        let x = Extracted(" date 2025-03-10\nIn Ohio, Ann Roe was joined by a cheering crowd of supporters.")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
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

/// "X is to join Y in a visit to Z": Y travels too, and the visit is as planned as the joining.
@Suite struct JoinedOnVisitsTests {
    @Test func plannedJoinedVisit() {
        let x = Extracted(" date 2025-03-10\nAnn Roe is to join Home Secretary Tom Obi in a visit to Leeds on Thursday.")
        let v = x.events(.visit)
        #expect(v.map { Set(x.names($0)) } == [["Ann Roe", "Tom Obi"]], "\(v.map { x.names($0) })")
        #expect(v.first?.modality == .planned)
        #expect(v.first?.time?.value == "2025-03-13")
    }

    @Test func pastJoinedVisit() {
        let x = Extracted(" date 2025-03-10\nAnn Roe joined Tom Obi on a visit to Leeds on Monday.")
        #expect(x.events(.visit).map { Set(x.names($0)) } == [["Ann Roe", "Tom Obi"]])
    }

    /// Joining a club or a body on a trip's day is no joint trip.
    @Test func joiningABodyIsNot() {
        let x = Extracted(" date 2025-03-10\nAnn Roe joined Tarco Bank in May before a visit to Leeds.")
        #expect(x.events(.visit).allSatisfy { !x.names($0).contains("Tarco Bank") })
    }
}

/// "the summit, chaired by X,": the chair is at the meeting (ChairedMeetings).
@Suite struct ChairedMeetingsTests {
    @Test(arguments: [
        "The Nato summit in Lima, chaired by Ann Roe, ended on Monday.",
        "Tom Obi spoke on Monday. The Nato summit in Lima - chaired by the prime minister, Ann Roe - ended on Monday.",
    ])
    func chairIsAParty(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains(["NATO", "Ann Roe"]), "\(x.meetingParties)")
    }

    /// A chair named in another clause of the sentence is not this meeting's.
    @Test func chairOfAnotherClause() {
        let x = Extracted(" date 2025-03-10\nThe Nato summit ended on Monday and the panel chaired by Ann Roe reported.")
        #expect(x.meetingParties.allSatisfy { !$0.contains("Ann Roe") }, "\(x.meetingParties)")
    }
}

/// "A delegation of north Wales councils visited X": the delegation is the side of whom it is of.
@Suite struct EnvoyGroupsTests {
    @Test func delegationOfAGroup() {
        let x = Extracted(" date 2025-03-10\nOn Monday, a delegation of north Wales councils visited Ms Roe to lobby for funds.")
        #expect(x.meetingParties.contains { $0.contains("councils") && $0.contains("Roe") }, "\(x.meetingParties)")
    }

    @Test func delegationOfABody() {
        let x = Extracted(" date 2025-03-10\nA delegation of the Norvex Union met Ann Roe on Monday.")
        #expect(x.meetingParties.contains(["Norvex Union", "Ann Roe"]), "\(x.meetingParties)")
    }
}
