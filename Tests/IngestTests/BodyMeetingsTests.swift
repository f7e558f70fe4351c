import Testing
import EventModel
@testable import Ingest

/// Meetings of a named body and talks named by a noun (`Events/BodyMeetings.swift`): one
/// invented sentence family per rule, with near misses that must not fire.
@Suite struct BodyMeetingsTests {
    /// A Monday.
    let monday = CalendarDate(year: 2023, month: 3, day: 13)

    private func meetings(_ x: Extracted) -> [Event] { x.doc.events.filter { $0.type.isMeeting } }

    // MARK: talks on X's joining a body

    @Test(arguments: [
        ("Talks on Serbia's accession to the EU resumed in Brussels.", "Serbia", "European Union"),
        ("Negotiations over Norway's proposed membership of NATO have stalled.", "Norway", "NATO"),
        ("Discussions about Chile's entry into the OECD made progress last year.", "Chile", "OECD"),
    ])
    func talksOnJoiningABody(_ text: String, _ joiner: String, _ body: String) throws {
        let x = Extracted(text, date: monday)
        let t = try #require(meetings(x).first)
        #expect(Set(x.names(t)) == [joiner, body])
        #expect(t.modality == .asserted || t.modality == .planned)
    }

    /// Talks on a country's affairs name no counterpart: no meeting.
    @Test(arguments: ["Talks on Serbia's future resumed in Brussels.",
                      "Talks on Peru's membership drive for the club went nowhere."])
    func talksOnACountryAloneAreNoMeeting(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(meetings(x).allSatisfy { $0.participants.count < 2 || $0.modality == .hypothetical } || meetings(x).isEmpty)
        #expect(!meetings(x).contains { Set(x.names($0)).contains("Peru") && Set(x.names($0)).count >= 2 })
    }

    // MARK: a meeting of a body's members

    @Test(arguments: [
        "The rules were approved at a meeting of the EU's finance ministers on Monday.",
        "The directive goes to the next meeting of one of the EU's ministerial councils.",
        "The plan will be tabled at the next meeting of EU agriculture ministers.",
    ])
    func meetingOfABodysMembersIsTheBodysMeeting(_ text: String) throws {
        let x = Extracted(text, date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m) == ["European Union"])
        #expect(m.modality == .asserted || m.modality == .planned)
    }

    /// "if ... at the next meeting": the condition is on the outcome; the meeting is scheduled.
    @Test func conditionalOutcomeAtNextMeetingIsPlanned() throws {
        let x = Extracted("If the plan fails at the next meeting of one of the EU's ministerial councils, the old rules stay.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(m.modality == .planned)
    }

    /// A country's own ministers meeting is its cabinet, and a club's members are no body.
    @Test(arguments: ["The rules were approved at a meeting of Spain's finance ministers on Monday.",
                      "The rules were approved at a meeting of the club's members on Monday."])
    func ownMembersMeetingIsNoBodyMeeting(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(x.events(.meet).isEmpty)
    }

    // MARK: a meeting asked for

    @Test(arguments: [
        "Ukraine asked for an urgent meeting of the Security Council.",
        "France called for talks with Iran.",
        "Kenya demanded an emergency session of the African Union.",
        "The two leaders agreed to push for a meeting of the UN Security Council.",
    ])
    func meetingAskedForIsNotHeld(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(!meetings(x).isEmpty)
        #expect(meetings(x).allSatisfy { $0.modality == .hypothetical })
    }

    /// Advice to meet is no meeting: "suggested ... hold talks with X".
    @Test(arguments: [
        "He suggested that neighbouring states hold talks with Tehran.",
        "The report recommended closer dialogue between Ankara and Athens.",
    ])
    func adviceToMeetIsNotHeld(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(meetings(x).allSatisfy { $0.modality == .hypothetical })
    }

    /// "negotiate down prices": bargaining over a price, no meeting between the buyers.
    @Test func negotiatingPricesIsNoMeeting() {
        let x = Extracted("Buyers such as Norvale Foods and Kestrel Mills use their size to negotiate down prices.", date: monday)
        #expect(!x.events(.negotiate).contains { $0.participants.count >= 2 })
        let y = Extracted("Norvale Foods began to negotiate with Kestrel Mills on Monday.", date: monday)
        #expect(y.events(.negotiate).contains { $0.participants.count >= 2 })
    }

    /// "called talks for Friday", "will meet at the request of": held or scheduled.
    @Test func meetingCalledOrRequestedByOthersIsScheduled() throws {
        let called = Extracted("France called talks with Iran for Friday.", date: monday)
        #expect(called.events(.negotiate).first?.modality != .hypothetical)
        let x = Extracted("The UN Security Council will meet on Friday at the request of Peru.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(m.modality == .planned)
        #expect(m.time?.value == "2023-03-17")
    }

    // MARK: the requested meeting, then its date

    @Test func requestedSessionThenItsDateIsPlanned() throws {
        let x = Extracted("Chile has requested an urgent meeting of the UN Security Council. Diplomats said the meeting would most likely be Tuesday afternoon.",
                          date: monday)
        let m = try #require(x.events(.meet).first { $0.modality == .planned })
        #expect(x.names(m) == ["UN Security Council"])
        #expect(m.time?.value.hasPrefix("2023-03-14") == true)
    }

    @Test func requestedSessionWithoutDateStaysWished() {
        let x = Extracted("Chile has requested an urgent meeting of the UN Security Council. Diplomats said the request was unusual.", date: monday)
        #expect(x.events(.meet).allSatisfy { $0.modality == .hypothetical })
    }

    /// A later "the meeting" far from any body's meeting takes no body.
    @Test func distantMeetingTakesNoBody() {
        let x = Extracted("Chile has requested an urgent meeting of the UN Security Council. Prices fell. Wages rose. Rents rose. The meeting would be on Tuesday.",
                          date: monday)
        #expect(!x.events(.meet).contains { $0.modality == .planned })
    }

    // MARK: talks opening a sentence, party from the sentence before

    @Test func talksTakeThePreviousSentencesSubject() throws {
        let x = Extracted("Norway has offered to send 50 engineers to help. Discussions have begun with Chile on the timing of the deployment.", date: monday)
        let t = try #require(x.events(.negotiate).first)
        #expect(Set(x.names(t)) == ["Norway", "Chile"])
    }

    @Test(arguments: [
        "The minister flew home. Discussions have begun with Chile on the timing of the deployment.",
        "Norway's offer was welcomed. Discussions have begun with Chile on the timing.",
    ])
    func talksWithoutAClearPartyStayOneSided(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(!x.events(.negotiate).contains { Set(x.names($0)).count >= 2 })
    }

    // MARK: an address to a UN body

    @Test func addressToTheGeneralAssemblyIsASession() throws {
        let x = Extracted("Ann Berg will give an address to the UN General Assembly next week.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Ann Berg", "UN General Assembly"])
        #expect(m.modality == .planned)
        #expect(m.time?.value.hasPrefix("2023-03") == true)
    }

    @Test func urgedSpeechAtADatedSessionIsPlanned() throws {
        let x = Extracted("Critics said Tom Haas should use his speech to the UN General Assembly next week to reassure allies.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Tom Haas", "UN General Assembly"])
        #expect(m.modality == .planned)
    }

    @Test func addressedTheSecurityCouncil() throws {
        let x = Extracted("Ann Berg addressed the UN Security Council on Monday.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Ann Berg", "UN Security Council"])
        #expect(m.modality == .asserted)
    }

    /// "told the Security Council", "briefed the council" take the body as their object (session 21).
    @Test(arguments: ["Ann Berg told the UN Security Council on Monday that the tests must stop.",
                      "Ann Berg briefed the UN Security Council on Monday."])
    func toldOrBriefedTheSecurityCouncil(_ text: String) throws {
        let x = Extracted(text, date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Ann Berg", "UN Security Council"])
    }

    @Test(arguments: [
        "Ann Berg told reporters the UN Security Council had failed.",
        "Ann Berg gave a speech at the annual trade conference in Oslo next week.",
        "Ann Berg spoke about the UN Security Council on Monday.",
        "Ann Berg gave a speech to parliament on Monday.",
        "Ann Berg gave a speech to the World Bank on Monday.",
    ])
    func speechesElsewhereAreNoSessions(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(x.events(.meet).isEmpty)
    }

    // MARK: attendees and a body's own meeting

    @Test(arguments: [
        ("Sara Lind attended the G7 summit in Bari.", "G7"),
        ("Sara Lind will chair the NATO meeting in Oslo next week.", "NATO"),
        ("Sara Lind is expected to attend the annual OPEC meeting in Vienna.", "OPEC"),
    ])
    func attendeeOfABodysSummitIsListedWithIt(_ text: String, _ body: String) throws {
        let x = Extracted(text, date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Sara Lind", body])
    }

    /// A body's summit with no attendee named stays the body's alone; a reporter on it is no attendee.
    @Test func bodySummitWithoutAttendee() throws {
        let x = Extracted("Sara Lind praised the G7 summit in Bari.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m) == ["G7"])
    }

    @Test(arguments: ["The IMF board met on Monday.", "The NATO committee has met twice this week.",
                      "Kestrel Mills' board met on Friday."])
    func ownBoardMeetingIsNoMeeting(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(x.events(.meet).isEmpty)
    }

    /// "The IMF met Chile's board": two parties, not one body's own meeting.
    @Test func boardAsCounterpartIsAMeeting() {
        let x = Extracted("IMF officials met the Chilean central bank board on Friday.", date: monday)
        #expect(!x.events(.meet).isEmpty)
    }

    // MARK: an organisation's meeting of ministers

    @Test(arguments: ["The issue goes to Thursday's Nordlink meeting of the finance ministers of the bloc.",
                      "The Tasman Council meeting of foreign ministers opened in Auckland on Monday."])
    func namedMeetingOfMinistersIsABodysMeeting(_ text: String) throws {
        let x = Extracted(text, date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(m.participants.count == 1)
        #expect(x.doc.entities[m.participants[0].entity].type == .organization)
    }

    /// The ministers' union is the body's membership, not a second party.
    @Test func ministersUnionIsNoSecondParty() throws {
        let x = Extracted("The rules go to Friday's Tasman Council meeting of the trade ministers of all 12 EU members.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m) == ["Tasman Council"])
    }

    /// A company's meeting, or one of a country's ministers, is no body's meeting.
    @Test(arguments: ["The issue goes to Thursday's Nordlink meeting with investors.",
                      "The issue goes to Thursday's Nordlink meeting.",
                      "The French meeting of finance ministers opened on Monday."])
    func otherNamedMeetingsStayUnkept(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(!x.events(.meet).contains { $0.participants.count == 1 })
    }

    // MARK: a body named before the meeting word, a body's members

    @Test(arguments: [
        ("He flew in to attend an IMF meeting in Washington.", "International Monetary Fund"),
        ("The rebate is not on the table at next week's NATO summit, the minister said.", "NATO"),
        ("Markets steadied ahead of the G20 meeting.", "G20"),
    ])
    func bodyBeforeTheMeetingWordMeets(_ text: String, _ body: String) throws {
        let x = Extracted(text, date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m).contains(body))
    }

    @Test func talksWithMinistersOfABodyAreWithTheBody() throws {
        let x = Extracted("Ann Berg has been locked in talks with finance ministers of the G8.", date: monday)
        let t = try #require(x.events(.negotiate).first)
        #expect(Set(x.names(t)) == ["Ann Berg", "G8"])
    }

    @Test func bodyLeadersTalkingAmongThemselvesIsTheBodysMeeting() throws {
        let x = Extracted("EU leaders are holding talks in Brussels on the budget.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m) == ["European Union"])
        #expect(x.location(m) == "Brussels")
    }

    /// A body in talks with no counterpart named is no meeting; with one, it is talks.
    @Test func bodyTalksNeedACounterpartUnlessAmongMembers() throws {
        let alone = Extracted("The EU is holding talks in Brussels on the budget.", date: monday)
        #expect(alone.events(.meet).isEmpty && alone.events(.negotiate).isEmpty)
        let x = Extracted("EU officials held talks with Chile on Monday.", date: monday)
        let t = try #require(x.events(.negotiate).first)
        #expect(Set(x.names(t)) == ["European Union", "Chile"])
    }

    @Test func bodyMeetingAheadIsPlannedDespiteDoubtElsewhere() throws {
        let x = Extracted("The pressure is unlikely to ease ahead of a meeting of the G7 next week.", date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(m.modality == .planned)
    }

    /// "in time for the G8 summit" is the summit still to come: one event with its scheduled mention.
    @Test func upcomingSummitJoinsItsScheduledMention() {
        let x = Extracted("The G8 countries will meet at Gleneagles in Scotland. A plan was agreed in time for the G8 summit in July.")
        #expect(x.events(.meet).count == 1)
        #expect(x.events(.meet).first?.modality == .planned)
    }

    @Test func nextWeeksSummitIsPlanned() throws {
        let x = Extracted("The rebate is not up for debate at next week's NATO summit, the minister said.")
        let m = try #require(x.events(.meet).first)
        #expect(m.modality == .planned)
    }

    @Test func pastSummitStaysAsserted() {
        let x = Extracted("Prices rose ahead of last year's G8 summit.")
        #expect(x.events(.meet).allSatisfy { $0.modality == .asserted })
    }

    @Test(arguments: ["The study asks how far the EU has come towards meeting its targets.",
                      "Nato is meeting the demand for more troops."])
    func meetingATargetIsNoMeeting(_ text: String) {
        let x = Extracted(text, date: monday)
        #expect(x.events(.meet).isEmpty)
    }

    // MARK: consultations

    @Test(arguments: ["The government held a consultation with retailers last week.",
                      "Russia held consultations with Iran in Moscow on Monday."])
    func consultationWithAPartyIsAMeeting(_ text: String) throws {
        let x = Extracted(text, date: monday)
        let m = try #require(x.events(.meet).first)
        #expect(m.participants.count == 2)
    }

    @Test func publicConsultationIsNoMeeting() {
        let x = Extracted("The council opened a public consultation on the plans.", date: monday)
        #expect(x.events(.meet).isEmpty)
    }

    // MARK: British spellings of bodies

    @Test func britishSpellingOfABodyIsTheBody() throws {
        let x = Extracted("Members of the World Trade Organisation gather for a summit in Geneva next month.", date: monday)
        #expect(x.entity("World Trade Organisation")?.subtype == "intergovernmental")
    }
}

/// "recent meetings of the G7 and the Northern Trade Forum": plural meetings of two bodies are each
/// body's own gatherings, not one meeting between them; "a meeting of" two countries stays one.
@Suite struct PluralBodyGatheringsTests {
    @Test func eachBodysOwnMeetings() {
        let x = Extracted("Leaders focused on aid at recent meetings of the G7 Group and Northern Trade Forum.")
        let parties = x.events(.meet).map { x.names($0) }
        #expect(parties.count == 2 && parties.allSatisfy { $0.count == 1 }, "\(parties)")
    }

    @Test func countriesMeetingStayOne() {
        let x = Extracted("Recent meetings of India and Pakistan went well.")
        #expect(x.meetingParties == [["India", "Pakistan"]], "\(x.meetingParties)")
    }
}

/// "the next meeting" in a passage about one intergovernmental body is that body's next meeting
/// ("G7 ministers ... between now and the next meeting in April"); a company's is not.
@Suite struct NextMeetingOfABodyTests {
    @Test func theBodysNextMeeting() {
        let x = Extracted(" date 2025-02-05 Aid\n\nOxfam said G7 ministers had passed the first hurdle. \"Children will suffer between now and the next meeting in April.\"")
        let next = x.events(.meet).filter { $0.trigger.hasSuffix("meeting") }
        #expect(next.map { x.names($0) } == [["G7"]], "\(x.events(.meet).map { x.names($0) })")
        #expect(next.first?.time?.value == "2025-04")
    }

    @Test func aCompanysNextMeetingIsNone() {
        let x = Extracted("Norvex shareholders met in Leeds. The next meeting will be in April.")
        #expect(x.events(.meet).filter { $0.trigger.hasSuffix("meeting") }.isEmpty, "\(x.events(.meet).map { x.names($0) })")
    }
}
