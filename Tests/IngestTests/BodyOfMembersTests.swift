import Testing
import EventModel
@testable import Ingest

/// "The Paris Club of 19 creditors meets": an unnamed group after a named body's `of` counts the
/// body's members; the body meets, not the group. Invented names and sentences only.
@Suite struct BodyOfMembersTests {
    private let date = CalendarDate(year: 2005, month: 1, day: 8)

    @Test func bodyOfCountedMembersMeets() {
        // (A body of states meets alone: the Paris Club is in org-names.tsv.)
        let x = Extracted("The Paris Club of 15 creditors will meet in March to weigh a freeze.", date: date)
        #expect(x.meetingParties == [["Paris Club"]], "\(x.meetingParties)")
    }

    @Test func bodyOfMembersWillMeet() {
        let x = Extracted("The Norvex Alliance of employers will meet the Tarrow Union next week.", date: date)
        #expect(x.meetingParties == [["Norvex Alliance", "Tarrow Union"]], "\(x.meetingParties)")
    }

    // Near misses: a person before `of` is still the person's own meeting; a group with no body
    // before it keeps the group.
    @Test func personOfACountryStillMeets() {
        let x = Extracted("President Ann Roe of Peru met Ivo Berg on Monday.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
    }

    @Test func groupWithoutBodyKeepsTheGroup() {
        let x = Extracted("A delegation of 40 union leaders met Ann Roe on Monday.", date: date)
        #expect(x.meetingParties.contains { $0.contains("Ann Roe") && !$0.contains("Lisbon Club") && $0.count == 2 }, "\(x.meetingParties)")
    }
}
