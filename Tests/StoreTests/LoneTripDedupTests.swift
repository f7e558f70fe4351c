import EventModel
import SQLite
@testable import Store
import Testing

/// A lone traveller's trip and a meeting of that person told in another article are two real
/// events unless both places are known and agree (`LoneTrips`). Invented reports; the store and
/// helpers of `EventDedupTests`.
extension EventDedupTests {
    static let loneTripMeeting = ReportSpec(
        source: "a.txt", published: .day("2024-03-05"), sentence: "Lena Varga met Tomas Reyes on Monday.",
        parties: [("Lena Varga", .person, .agent), ("Tomas Reyes", .person, .participant)])

    static func loneTrip(_ sentence: String, place: String?, source: String = "b.txt") -> ReportSpec {
        ReportSpec(source: source, published: .day("2024-03-06"), sentence: sentence, type: .visit,
                   trigger: "heads to", parties: [("Lena Varga", .person, .agent)], place: place)
    }

    @Test func aTripToAnotherPlaceIsNotTheMeeting() throws {
        _ = try store.write(Self.loneTripMeeting.document)
        _ = try store.write(Self.loneTrip("Lena Varga heads to Porto on Friday.", place: "Porto").document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func aTripBeforeTheMeetingStaysApartToo() throws {
        _ = try store.write(Self.loneTrip("Lena Varga heads to Porto on Friday.", place: "Porto", source: "c.txt").document)
        var m = Self.loneTripMeeting
        m.published = .day("2024-03-07")
        _ = try store.write(m.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func aTripWithNoPlaceStaysApartFromAMeeting() throws {
        _ = try store.write(Self.loneTripMeeting.document)
        var t = Self.loneTrip("Lena Varga heads to the capital.", place: nil)
        t.trigger = "heads to"
        _ = try store.write(t.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    /// Near misses that still join: a trip reported twice, and a meeting with the same place.
    @Test func theSameTripReportedTwiceJoins() throws {
        _ = try store.write(Self.loneTrip("Lena Varga heads to Porto on Friday.", place: "Porto", source: "c.txt").document)
        _ = try store.write(Self.loneTrip("Lena Varga heads to Porto for the vote.", place: "Porto").document)
        #expect(try clusters() == [[1, 1], [2, 1]])
    }

    @Test func aTripToTheMeetingsPlaceJoins() throws {
        var m = Self.loneTripMeeting
        m.sentence = "Lena Varga met Tomas Reyes in Porto on Monday."
        m.place = "Porto"
        _ = try store.write(m.document)
        _ = try store.write(Self.loneTrip("Lena Varga heads to Porto on Friday.", place: "Porto").document)
        #expect(try clusters() == [[1, 1], [2, 1]])
    }
}
