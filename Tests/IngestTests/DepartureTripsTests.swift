import Testing
import EventModel
@testable import Ingest

/// "departed Abuja for Berlin", "left Paris for Lima": a trip to the place after `for`, which stays
/// that city (not its government), when what is left is a place. Invented names.
@Suite struct DepartureTripsTests {
    @Test(arguments: [
        ("Ann Roe departed Abuja for Germany on an official visit.", "Germany"),
        ("Ann Roe left Paris for Lima on Monday.", "Lima"),
        ("Tom Obi leaves London for Washington on Friday.", "Washington"),
    ])
    func departureIsATrip(_ text: String, _ place: String) {
        let x = Extracted(" date 2025-03-12\n\(text)")
        let v = x.events(.visit)
        #expect(v.count == 1)
        #expect(v.first.flatMap { x.location($0) } == place, "\(v.map { x.location($0) })")
    }

    // Near misses: what is left is no place.
    @Test(arguments: ["Ann Roe left her job for a post in Lima.", "Ann Roe left the party for good."])
    func leavingAThingIsNoTrip(_ text: String) {
        #expect(Extracted(" date 2025-03-12\n\(text)").events(.visit).isEmpty)
    }
}
