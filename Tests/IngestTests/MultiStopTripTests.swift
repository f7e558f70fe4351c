import Testing
import EventModel
@testable import Ingest

/// A journey of several stops is one trip with no single place, besides each named stop (the
/// meeting conventions list both): "a 12-day foreign trip", "a four-nation tour", "his foreign
/// trip", and "X, who is in Lima at the start of a three-nation visit" (the stop and the trip).
/// A trip to a continent or region is the trip itself; a two-day visit is one place. Invented
/// names and sentences only.
@Suite struct MultiStopTripTests {
    private let date = CalendarDate(year: 2017, month: 11, day: 6)

    private func visits(_ text: String) -> [(String, String?)] {
        let x = Extracted(text, date: date)
        return x.events(.visit).map { (x.names($0, .agent).joined(), x.location($0)) }
    }

    /// (Session 24: the region its adjective names is the trip's place, as "a tour of Asia" is;
    /// still one entry.)
    @Test func aLongRegionalTripIsToItsRegion() {
        let v = visits("President Ann Roe is on the second day of a 12-day Asian trip.")
        #expect(v.count == 1 && v[0].0 == "Ann Roe" && v[0].1 == "Asia", "\(v)")
    }

    @Test func aLongForeignTripWithNoPlace() {
        let v = visits("President Ann Roe is on the second day of a 12-day foreign trip.")
        #expect(v.count == 1 && v[0].0 == "Ann Roe" && v[0].1 == nil, "\(v)")
    }

    @Test func aStopAndItsTripAreTwoEntriesTripFirst() {
        let v = visits("Treasury Secretary Ann Roe, who is in Lima at the start of a three-nation tour, praised the plan.")
        #expect(v.count == 2, "\(v)")
        #expect(v.first?.1 == nil && v.last?.1 == "Lima", "\(v)")
    }

    // Near misses.
    @Test func aTourOfARegionIsTheTrip() {
        let v = visits("President Ann Roe is on a five-nation tour of Asia.")
        #expect(v.count == 1 && v[0].1 == "Asia", "\(v)")
    }

    @Test func aTwoDayVisitIsOnePlace() {
        let v = visits("Ann Roe, who is in Oslo on a two-day visit, said little.")
        #expect(v.count == 1 && v[0].1 == "Oslo", "\(v)")
    }

    @Test func aPlacelessVisitWithALengthStaysNoEvent() {
        let v = visits("Ann Roe began a two-day visit on Monday.")
        #expect(v.isEmpty, "\(v)")
    }
}
