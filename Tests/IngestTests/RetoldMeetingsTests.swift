import Testing
import EventModel
@testable import Ingest

/// One happening told twice (EventMerger.visitAndMeeting, sessionRecalled); "the couple" as the
/// two named together (CoupleReferences); a country's businesses are not its state (group-nouns
/// `commercial`). Invented names and sentences only.
@Suite struct RetoldMeetingsTests {
    private let date = CalendarDate(year: 2005, month: 3, day: 14)

    @Test func visitToAPersonAndTheirTalkAreOne() {
        let x = Extracted("Officials said farming was discussed when Senator Ivo Lund visited Ana Roe. The minister wants a deal by May. Roe is said to have discussed the plan with Mr Lund at her office.", date: date)
        #expect(x.meetingParties == [["Ivo Lund", "Ana Roe"]], "\(x.meetingParties)")
    }

    // Near miss: dated apart, they stay two.
    @Test func visitAndALaterDatedMeetingStayTwo() {
        let x = Extracted("Senator Ivo Lund visited Ana Roe in January. The minister wants a deal by May. Roe met Mr Lund again on 2 March.", date: date)
        #expect(x.meetingParties.count == 2, "\(x.meetingParties)")
    }

    @Test func bodySessionRetoldAloneIsTheSameSession() {
        let x = Extracted("Finance minister Ana Roe said she would seek action at the next meeting of the G7 in May. \"It is vital that at the meeting of the G7 our friends understand that,\" said Ms Roe.", date: date)
        #expect(x.meetingEvents.count == 1, "\(x.meetingParties)")
    }

    @Test func coupleIsThePairNamedTogether() {
        let x = Extracted("Crown Prince Ivo and Crown Princess Ana visited Oslo on Monday. The pair were at a library to honour the critic Tom Hale. Hale said it was kind. Hale will get a prize in Ed Lund's home town. The royal couple also visited the Maple School complex.", date: date)
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Ivo", "Ana", "Maple School"]) }, "\(x.meetingParties)")
        #expect(!x.meetingParties.contains { $0.contains("Tom Hale") }, "\(x.meetingParties)")
    }

    // Near miss: the last two names in one sentence are "the pair".
    @Test func pairIsTheLastTwoOfOneSentence() {
        let x = Extracted("Ann Berg and Tom Roe arrived. Ivo Lund greeted Ed Hale. The pair then held talks with Ana Obi.", date: date)
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Ivo Lund", "Ed Hale", "Ana Obi"]) }, "\(x.meetingParties)")
    }

    @Test func countrysFirmsAreFirms() {
        let x = Extracted("US firms held talks with Norvex Group on Monday.", date: date)
        #expect(x.meetingParties == [["firms", "Norvex Group"]], "\(x.meetingParties)")
        let y = Extracted("US officials held talks with Norvex Group on Monday.", date: date)
        #expect(y.meetingParties == [["United States", "Norvex Group"]], "\(y.meetingParties)")
    }

    /// "the two companies" told again is the two it stood for before, not the last two bodies
    /// named since (DescribedParties).
    @Test func theTwoCompaniesRetold() {
        let x = Extracted("Norvex Stores is to buy Alba Stores. The two companies, facing competition from the likes of Tarco, tried to merge in 2003 but talks failed. Sources said negotiations between the two companies sped up after its chairman resigned in January.", date: date)
        #expect(!x.meetingParties.contains { $0.contains("Tarco") }, "\(x.meetingParties)")
        #expect(x.meetingParties.contains(["Norvex Stores", "Alba Stores"]), "\(x.meetingParties)")
    }
}

