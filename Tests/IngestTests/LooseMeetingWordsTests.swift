import Testing
import EventModel
@testable import Ingest

/// Meeting words that report no particular meeting, and the near misses that still do.
@Suite struct LooseMeetingWordsTests {
    private func meetings(_ text: String) -> [Event] {
        Extracted(text).doc.events.filter { $0.type.isMeeting && $0.modality != .hypothetical && $0.modality != .negated }
    }

    @Test(arguments: [
        "Anna Berg met frequently with Tomas Lind during the strike.",
        "Anna Berg often meets Tomas Lind for lunch in Oslo.",
        "The rail unions hold regular talks with Tomas Lind about pay.",
        "Anna Berg and Tomas Lind meet every month to compare notes.",
    ])
    func aHabitIsNoMeeting(_ sentence: String) {
        #expect(meetings(sentence).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "Anna Berg met Tomas Lind on Monday.",
        "Anna Berg met Tomas Lind again on Friday in Bergen.",
    ])
    func oneMeetingStaysAMeeting(_ sentence: String) {
        #expect(meetings(sentence).count == 1, "\(sentence)")
    }

    @Test(arguments: [
        "The comedian Paul Rees will host the awards in Glasgow next month.",
        "Radio presenters Kim Dale and Joe Marr are hosting a run of late-night shows.",
        "Paul Rees hosted a party for the cast on Saturday.",
    ])
    func hostingAShowIsNoMeeting(_ sentence: String) {
        #expect(Extracted(sentence).events(.host).isEmpty, "\(sentence)")
    }

    @Test func hostingTalksStaysAMeeting() {
        let x = Extracted("Norway hosted talks between Colombia and the rebels in Oslo.")
        #expect(!x.doc.events.filter { $0.type.isMeeting }.isEmpty)
    }

    @Test(arguments: [
        "The captain Luis Moreno called a meeting with his teammates after the defeat.",
        "Chief executive Ines Duarte met her colleagues on Monday to explain the cuts.",
    ])
    func aMeetingWithOnesOwnSideIsInternal(_ sentence: String) {
        #expect(meetings(sentence).isEmpty, "\(sentence)")
    }

    @Test func aMeetingWithAnotherSideStays() {
        #expect(meetings("Chief executive Ines Duarte met the unions on Monday to explain the cuts.").count == 1)
    }

    @Test(arguments: [
        "Officials said the visiting arrangements for Carla Diaz had been changed.",
        "The visiting delegation from the ministry left early.",
    ])
    func visitingBeforeANounIsAnAdjective(_ sentence: String) {
        #expect(Extracted(sentence).events(.visit).isEmpty, "\(sentence)")
    }

    @Test func visitingAsAVerbStaysAVisit() {
        let x = Extracted("Carla Diaz is visiting Peru this week.")
        #expect(x.events(.visit).contains { x.location($0) == "Peru" })
    }

    @Test(arguments: [
        "Ahead of his first official visit to Kenya, Ruth Okoye spoke to reporters.",
        "Ruth Okoye made her first official visit to Kenya.",
        "Ruth Okoye made an official visit to Kenya.",
    ])
    func anAdjectiveBeforeAVisitIsNoParty(_ sentence: String) {
        let x = Extracted(sentence)
        for e in x.events(.visit) { #expect(!x.names(e).contains { $0.lowercased().contains("official") }, "\(sentence)") }
    }

    @Test func anOfficialWhoVisitsIsTheVisitor() {
        let x = Extracted("A senior official visited the refugee camp in Kenya on Monday.")
        #expect(x.events(.visit).contains { x.names($0).contains { $0.contains("official") } })
    }

    @Test func meetingABallIsNoMeeting() {
        #expect(meetings("Ferreira met Costa's cross at the far post to score the winner.").isEmpty)
        #expect(meetings("Rui Ferreira met Joao Costa at the far end of the hall on Tuesday.").count == 1)
    }

    @Test func aNeedIsNoHappening() {
        let x = Extracted("Candidate countries need to enter into negotiations with the European Union.")
        #expect(x.doc.events.filter { $0.type == .negotiate }.allSatisfy { $0.modality == .hypothetical })
    }
}

/// Reports of one meeting in an article are one event; different times keep them apart.
@Suite struct MeetingMergeTests {
    private func meet(_ parties: [Int], _ day: Int?) -> Event {
        let t = day.map { d in
            TimeValue(value: "2005-02-0\(d)", text: "x", start: CalendarDate(year: 2005, month: 2, day: d), end: CalendarDate(year: 2005, month: 2, day: d))
        }
        return Event(type: .meet, trigger: "meeting", triggerSpan: TextSpan(start: 0, end: 7), sentence: 0,
                     participants: parties.map { Participant(entity: $0, role: .participant) }, time: t)
    }

    @Test func onePartySetInsideAnotherIsOneMeeting() {
        let merged = EventMerger.merge([meet([1], nil), meet([1, 2], 4)])
        #expect(merged.count == 1)
        #expect(Set(merged[0].participants.map(\.entity)) == [1, 2])
    }

    @Test func differentDaysStayApart() {
        #expect(EventMerger.merge([meet([1], 3), meet([1, 2], 4)]).count == 2)
    }

    @Test func differentPartiesStayApart() {
        #expect(EventMerger.merge([meet([1, 2], nil), meet([1, 3], nil)]).count == 2)
    }
}

extension MeetingMergeTests {
    @Test func talksAndASummitOfOneOfThePartiesStayApart() {
        var talks = Event(type: .negotiate, trigger: "talks", triggerSpan: TextSpan(start: 0, end: 5), sentence: 0,
                          participants: [Participant(entity: 1, role: .participant), Participant(entity: 2, role: .participant)])
        talks.location = nil
        let summit = Event(type: .meet, trigger: "summit", triggerSpan: TextSpan(start: 9, end: 15), sentence: 1,
                           participants: [Participant(entity: 2, role: .participant)], location: 7)
        #expect(EventMerger.merge([talks, summit]).count == 2)
    }
}

extension MeetingMergeTests {
    /// A body of states' session told alone joins a later mention of that body's meeting with an
    /// attendee, however far apart; any other lone party only nearby.
    @Test func loneBodySessionJoinsAcrossTheArticle() {
        var alone = meet([1], nil)
        alone.sentence = 0
        var attended = meet([1, 2], nil)
        attended.sentence = 7
        #expect(EventMerger.merge([alone, attended], bodies: [1]).count == 1)
        #expect(EventMerger.merge([alone, attended], bodies: []).count == 2)
    }

    /// The second mention's agent is kept, as a participant.
    @Test func secondAgentIsKept() {
        var a = meet([1], nil)
        a.participants[0].role = .agent
        var b = meet([2, 1], nil)
        b.participants[0].role = .agent
        let merged = EventMerger.merge([a, b])
        #expect(merged.count == 1)
        #expect(merged[0].participants.map(\.entity).sorted() == [1, 2])
        #expect(merged[0].participants.filter { $0.role == .agent }.count == 1)
    }

    @Test func bodySessionAndItsAttendeeInAnArticle() {
        let x = Extracted(" date 2025-03-10\nPeru, which attends the G7 meeting on Friday, wants a say. Its minister spoke in Lima. Exports rose. Imports fell. Prices held. Ann Roe is attending the G7 meeting as a guest.")
        #expect(x.meetingParties == [["G7", "Ann Roe"]], "\(x.meetingParties)")
    }
}
