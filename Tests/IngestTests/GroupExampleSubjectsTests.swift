import Testing
import EventModel
@testable import Ingest

/// A plural group whose members are named right after it ("firms, including X and Y, have been
/// negotiating") meets as those members; with an unnamed plural group on the other side, each
/// member in talks of its own (ExampleMembersApart, session 24). Invented names and sentences only.
@Suite struct GroupExampleSubjectsTests {
    @Test func membersAfterIncludingBetweenCommas() {
        let x = Extracted("Output fell. Car firms, including Velo Motors, Arden Steel and Brix, have been negotiating with unions over pay.")
        #expect(x.meetingParties == [["Velo Motors", "unions"], ["Arden Steel", "unions"], ["Brix", "unions"]], "\(x.meetingParties)")
    }

    @Test func membersAfterSuchAs() {
        let x = Extracted("Output fell. Car firms such as Velo Motors and Brix have held talks with unions over pay.")
        #expect(x.meetingParties == [["Velo Motors", "unions"], ["Brix", "unions"]], "\(x.meetingParties)")
    }

    @Test func membersAfterAmongThem() {
        let x = Extracted("Rates rose. Several banks, among them Velo Bank and Brix Bank, are in talks with regulators.")
        #expect(x.meetingParties == [["Velo Bank", "regulators"], ["Brix Bank", "regulators"]], "\(x.meetingParties)")
    }

    @Test func membersBeforeALongerVerbGroup() {
        let x = Extracted("Output fell. Major car firms including Velo Motors and Brix have spent much of the year in tough talks with unions.")
        #expect(x.meetingParties == [["Velo Motors", "unions"], ["Brix", "unions"]], "\(x.meetingParties)")
    }

    // Near misses.
    @Test func listNotClosedBeforeTheVerbKeepsTheGroup() {
        // The clause after the list has its own subject; the group alone is the party.
        let x = Extracted("Output fell. Car firms, including Velo Motors and Brix, said this week that unions had held talks with Ann Roe.")
        #expect(!x.meetingParties.contains { $0.contains("Velo Motors") }, "\(x.meetingParties)")
    }
}
