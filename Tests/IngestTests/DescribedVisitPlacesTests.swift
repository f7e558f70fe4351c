import Testing
import EventModel
@testable import Ingest

/// "toured the region", "visited the country": the place is the last named place of that kind
/// told before (SceneVisits.placeDescribedVisits). Invented names and sentences only.
@Suite struct DescribedVisitPlacesTests {
    @Test func tourOfTheRegionNamedBefore() {
        let x = Extracted("Ana Roe backs the North East assembly. Ana Roe met Ivo Berg at Sunderland station as Ms Roe toured the region.")
        let tour = x.events(.visit).first
        #expect(tour.flatMap { x.location($0) } == "North East", "\(x.events(.visit).map { x.location($0) ?? "-" })")
        #expect(x.meetingEvents.first { $0.type == .meet }.flatMap { x.location($0) } == "Sunderland", "\(x.meetingParties)")
    }

    // Near misses: a named place after `the` ("the State of Qatar") or no place of that kind told.
    @Test func noDescribedPlace() {
        let x = Extracted("Ana Roe spoke in Leeds. Later she toured the region.")
        #expect(!x.events(.visit).contains { x.location($0) == "Leeds" }, "\(x.events(.visit).map { x.location($0) ?? "-" })")
    }
}
