import Testing
import EventModel
@testable import Ingest

/// Bodies whose names hold `and` in their field or a plural's `'s`, and newspapers named `Daily`
/// (MentionFinder.bodyFieldEnd, possessivePeopleInNames; org-cues.tsv, org-names.tsv). Invented
/// bodies where the shape allows it.
@Suite struct BodyFieldNamesTests {
    @Test(arguments: [
        ("The Department for Tides and Harbours said fees would rise.", "Department for Tides and Harbours"),
        ("A spokesman for the Office of Fisheries and Forests said so.", "Office of Fisheries and Forests"),
        ("The Institute of Economic and Social Research said prices fell.", "Institute of Economic and Social Research"),
        ("Ann Roe met officials of the Ministry of Trade and Industry on Monday.", "Ministry of Trade and Industry"),
    ])
    func fieldJoinedByAnd(_ text: String, _ name: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.entity(name)?.type == .organization, "\(x.doc.entities.map(\.name))")
        // (The field's last word is no body or group of its own.)
        let last = String(name.split(separator: " ").last!)
        #expect(x.doc.entities.allSatisfy { $0.name.lowercased() != last.lowercased() }, "\(x.doc.entities.map(\.name))")
    }

    /// A place, a body's own word or a name after `and` joins nothing.
    @Test func twoBodiesOrATitleStayApart() {
        let bodies = Extracted(" date 2025-03-10\nThe Ministry of Defence and Foreign Office said so.")
        #expect(bodies.entity("Ministry of Defence and Foreign Office") == nil, "\(bodies.doc.entities.map(\.name))")
        let title = Extracted(" date 2025-03-10\nThe Department of Health and Education Secretary Ann Roe met Tom Obi.")
        #expect(title.entity("Ann Roe")?.type == .person, "\(title.doc.entities.map(\.name))")
        #expect(title.entity("Department of Health and Education") == nil, "\(title.doc.entities.map(\.name))")
        let place = Extracted(" date 2025-03-10\nThe Bank of Peru and Chile Tom Obi said so.")
        #expect(place.entity("Bank of Peru and Chile") == nil, "\(place.doc.entities.map(\.name))")
    }

    @Test(arguments: [
        ("When Ann Roe visited the Northern People's Army in August, soldiers got gifts.", "Northern People's Army"),
        ("The Women's Institute of Leeds met on Monday.", "Women's Institute of Leeds"),
        ("The People's Bank of Sarvia cut rates.", "People's Bank of Sarvia"),
    ])
    func pluralPossessiveInsideName(_ text: String, _ name: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.entity(name)?.type == .organization, "\(x.doc.entities.map(\.name))")
        #expect(x.doc.entities.allSatisfy { $0.type != .person || $0.name == "Ann Roe" }, "\(x.doc.entities.map(\.name))")
    }

    /// "many people's homes", "the children's teacher": a lowercase plural names nothing.
    @Test func lowercasePluralPossessiveIsNoName() {
        let x = Extracted(" date 2025-03-10\nMany people's homes flooded, Ann Roe said.")
        #expect(x.doc.entities.map(\.name) == ["Ann Roe"], "\(x.doc.entities.map(\.name))")
    }

    @Test(arguments: ["He told the Daily Mail so.", "He spoke to the Sarvia Daily on Monday.", "He spoke to the People's Daily on Monday."])
    func dailyPapers(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.doc.entities.count == 1 && x.doc.entities[0].type == .organization, "\(x.doc.entities.map { "\($0.name) \($0.type)" })")
    }
}
