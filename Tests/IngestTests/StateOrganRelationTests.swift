import Testing
import EventModel
@testable import Ingest

/// "COUNTRY's X" makes X part of the country only when X is a state organ (a ministry, an agency,
/// armed forces), not a company, team, party, broadcaster or a bloc the country joins.
@Suite struct StateOrganRelationTests {
    @Test(arguments: [
        ("Officials at Norway's Finance Ministry declined to comment on the report.", "Finance Ministry", "Norway"),
        ("Chile's Environment Ministry opened an inquiry into the spill.", "Environment Ministry", "Chile"),
        ("Units of Peru's Coastal Guard patrolled the bay overnight.", "Coastal Guard", "Peru"),
    ])
    func stateOrgansArePartOfTheirCountry(_ text: String, _ organ: String, _ country: String) {
        let x = Extracted(text)
        #expect(x.relations(.partOf).contains { $0 == (organ, country) }, "\(x.relations(.partOf)) \(x.doc.entities.map { ($0.name, $0.subtype) })")
    }

    @Test(arguments: [
        "Shares in Norway's Fjordsen Shipping rose 4% after the results.",
        "Chile's Andes Telecom cut its prices for the third time this year.",
        "Peru's entry into the World Trade Organization took six years.",
        "Turkey's talks with the European Union resumed in the spring.",
        "Norway's Labour Party held its conference in Bergen.",
        "Speaking on Chile's Canal Sur Television, the minister denied the claim.",
    ])
    func companiesBlocsAndPartiesAreNot(_ text: String) {
        let x = Extracted(text)
        #expect(x.relations(.partOf).isEmpty, "\(x.relations(.partOf)) \(x.doc.entities.map { ($0.name, $0.subtype) })")
    }
}
