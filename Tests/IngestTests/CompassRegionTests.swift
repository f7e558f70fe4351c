import Testing
import EventModel
@testable import Ingest

/// A compass word before a continent, region or country names a region of it
/// (`compass-words.tsv`, MentionFinder.compassRegion): "Northeast Asia" is a place, not a person.
@Suite struct CompassRegionTests {
    let may = CalendarDate(year: 2019, month: 5, day: 2)

    @Test(arguments: [
        ("The envoy left for a tour of Northeast Asia on Monday.", "Northeast Asia"),
        ("Rains flooded villages across South-east Asia this week.", "South-east Asia"),
        ("Fighting resumed in Eastern Ukraine after the ceasefire.", "Eastern Ukraine"),
        ("Markets in Sub-Saharan Africa rallied.", "Sub-Saharan Africa"),
        ("Exports to Western Australia doubled.", "Western Australia"),
    ])
    func compassWordAndPlaceIsARegion(_ text: String, _ name: String) throws {
        let x = Extracted(text, date: may)
        let e = try #require(x.entity(name), "\(x.doc.entities.map { ($0.name, $0.type) })")
        #expect(e.type == .location)
        #expect(e.subtype == "region")
        #expect(e.countryCode == nil, "a region is no country of its own")
    }

    /// Lowercase after the hyphen ("North-east") is still the compass word, not an affiliation
    /// like "Iran-backed"; the affiliation keeps its own reading.
    @Test func hyphenatedCompassWordOpensTheRegion() throws {
        let x = Extracted("Storms reached North-east Asia, and Iran-backed groups met in Baghdad.", date: may)
        #expect(x.entity("North-east Asia")?.subtype == "region", "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Iran")?.subtype == "country")
    }

    /// Countries keep their own entries; a compass word before a city or a club is no region.
    @Test func countriesClubsCitiesAndFirmsAreNotRegions() {
        let x = Extracted("""
            North Korea and South Africa signed a deal. West Ham beat Fulham, and traffic in \
            Central London slowed.
            """, date: may)
        #expect(x.entity("North Korea")?.subtype == "country")
        #expect(x.entity("South Africa")?.subtype == "country")
        for name in ["West Ham", "Central London"] {
            #expect(x.entity(name)?.subtype != "region", "\(name): \(String(describing: x.entity(name)))")
        }
    }

    /// A visit to such a region is a visit with its place.
    @Test func aVisitToACompassRegionHasItsPlace() throws {
        let x = Extracted("Prime Minister Lena Varga began a visit to Northeast Asia on Monday.", date: may)
        let visit = try #require(x.events(.visit).first)
        #expect(x.location(visit) == "Northeast Asia" || x.names(visit).contains("Northeast Asia"))
    }
}
