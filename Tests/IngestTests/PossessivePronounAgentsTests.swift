import Testing
import EventModel
@testable import Ingest

/// A possessive pronoun before a nominal trigger is its agent (PossessivePronounAgents):
/// "her visit to Mumbai", "his talks with X", "its talks with the union". Invented sentences.
@Suite struct PossessivePronounAgentsTests {
    let june = CalendarDate(year: 2022, month: 6, day: 7)

    private func events(_ x: Extracted) -> [(EventType, Set<String>, String?)] {
        x.doc.events.filter { $0.type.isMeeting }.map { ($0.type, Set(x.names($0)), x.location($0)) }
    }

    @Test(arguments: [
        ("Lena Varga arrived in Delhi on Monday. Her visit to Mumbai was short.", EventType.visit, ["Lena Varga"], "Mumbai" as String?),
        ("Tomas Reyes landed in Lima. During his two-day visit to Cusco he toured a school.", .visit, ["Tomas Reyes"], "Cusco"),
        // (The talks take the place of her arrival: VisitScenes.)
        ("Lena Varga arrived in Delhi. Her talks with Arjun Mehta lasted two hours.", .negotiate, ["Lena Varga", "Arjun Mehta"], "Delhi"),
        ("Acme Motors said its talks with the Transport Union had failed.", .negotiate, ["Acme Motors", "Transport Union"], nil),
    ])
    func possessivePronounIsTheAgent(_ text: String, _ type: EventType, _ parties: [String], _ place: String?) {
        let x = Extracted(text, date: june)
        #expect(events(x).contains { $0.0 == type && $0.1 == Set(parties) && $0.2 == place }, "\(events(x))")
    }

    /// The person named after a preposition is not whose visit it is.
    @Test func objectOfAPrepositionIsNotThePossessor() {
        let x = Extracted("After his quarrel with Arjun Mehta ahead of his first official visit to Lima, the envoy rested.",
                          date: june)
        #expect(!events(x).contains { $0.1.contains("Arjun Mehta") }, "\(events(x))")
    }

    /// "her daughter", "his brother" stay determiners; "their" talks are left alone.
    @Test func otherPossessivesMakeNoAgent() {
        let x = Extracted("Lena Varga and Tomas Reyes met in Oslo. Their talks with Arjun Mehta ended late.", date: june)
        #expect(!events(x).contains { $0.1 == ["Lena Varga", "Arjun Mehta"] || $0.1 == ["Tomas Reyes", "Arjun Mehta"] },
                "\(events(x))")
    }
}
