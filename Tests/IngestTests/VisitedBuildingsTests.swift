import Testing
import EventModel
@testable import Ingest

/// A government's building that is visited is where the visit went, not a party to it; a room
/// visited "to meet" someone meets no one even when the visitors are not found. Invented names.
@Suite struct VisitedBuildingsTests {
    @Test(arguments: [
        ("Senator Ann Roe visited the White House on Monday.", "White House"),
        ("Tom Obi toured the Kremlin on Tuesday.", "Kremlin"),
        ("Eva Lind visited the Pentagon last week.", "Pentagon"),
    ])
    func buildingIsThePlace(_ text: String, _ place: String) {
        let x = Extracted(" date 2025-03-12\n\(text)")
        let v = x.events(.visit)
        #expect(v.count == 1)
        #expect(v.first.map { x.names($0) }?.count == 1, "\(v.map { x.names($0) })")
        #expect(v.first.flatMap { x.location($0) } == place)
    }

    @Test func roomVisitedToMeetIsNoParty() {
        let x = Extracted(" date 2025-03-12\nThe guests toured the gardens. Later they visited the Oval Office to meet the president, Ann Roe.")
        #expect(x.meetingParties.allSatisfy { !$0.contains("Oval Office") }, "\(x.meetingParties)")
    }

    // Near miss: a visit to a country keeps its place; a body that is no building stays a party.
    @Test func otherVisitsKeepTheirShape() {
        let x = Extracted(" date 2025-03-12\nAnn Roe visited Peru on Monday. Tom Obi visited the Lima Chamber of Commerce on Tuesday.")
        #expect(x.events(.visit).compactMap { x.location($0) }.contains("Peru"))
    }
}
