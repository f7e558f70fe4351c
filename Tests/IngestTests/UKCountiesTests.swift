import Testing
import EventModel
@testable import Ingest

/// British counties are regions (regions-news.tsv): they had been typed organisations or persons
/// (`Yorkshire`, `Devon`), so a visit to them had no place.
@Suite struct UKCountiesTests {
    @Test(arguments: ["Hampshire", "Yorkshire", "Devon", "Powys", "West Sussex"])
    func countyIsARegion(_ county: String) {
        let x = Extracted(" date 2025-03-10\nAnn Roe spoke to farmers in \(county) on Monday.")
        #expect(x.entity(county)?.type == .location, "\(x.doc.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test func visitsToCountiesHavePlaces() {
        let x = Extracted(" date 2025-03-10\nAnn Roe is visiting constituencies in Dorset and Hampshire on Monday.")
        let places = Set(x.events(.visit).compactMap { $0.location }.map { x.doc.entities[$0].name })
        #expect(places == ["Dorset", "Hampshire"], "\(places)")
    }
}
