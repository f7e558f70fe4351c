import Testing
import EventModel
@testable import Ingest

/// "is due to come to Lima on Thursday", "back from his mission to the Gulf": a person's coming
/// with a time of its own and a person's mission to a place are visits; a relative clause after
/// the place opens no list of more parties. Invented names; article date Monday 10 March 2025.
@Suite struct ComingAndMissionTripsTests {
    @Test(arguments: [
        ("Her brother Tom Obi is due to come to Lima on Thursday.", "Lima", Modality.planned),
        ("Tom Obi came to Quito on Monday to sign the deal.", "Quito", .asserted),
        ("Ann Roe has arrived back from her diplomatic mission to the Gulf.", "Gulf", .asserted),
        ("Ann Roe led a trade mission to Chile in May.", "Chile", .asserted),
    ])
    func personsComingIsAVisit(_ text: String, _ place: String, _ modality: Modality) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        let v = x.events(.visit)
        #expect(v.count == 1, "\(v)")
        #expect(v.first.flatMap { x.location($0) }?.hasSuffix(place) == true, "\(v.map { x.location($0) })")
        #expect(v.first?.modality == modality)
    }

    // Near misses: coming to power or to terms, a life's move with no time, a body's mission.
    @Test(arguments: [
        "Tom Obi came to power in Lima in 1990.",
        "Tom Obi came to terms with the loss.",
        "Tom Obi was born in Peru but came to Chile as a young man.",
        "A UN mission to Congo found abuses.",
    ])
    func noVisit(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.events(.visit).isEmpty, "\(x.events(.visit).map { x.names($0) })")
    }

    @Test func relativeClauseAfterThePlaceAddsNoParty() {
        let x = Extracted(" date 2025-03-10\nAnn Roe made a visit to Peru, where she met ministers in Lima.")
        #expect(x.events(.visit).allSatisfy { x.names($0) == ["Ann Roe"] }, "\(x.events(.visit).map { x.names($0) })")
        #expect(x.events(.meet).map { Set(x.names($0)) } == [["Ann Roe", "ministers"]])
        // ("as well as" goes on with the list.)
        let y = Extracted(" date 2025-03-10\nAnn Roe will also visit Aceh in Indonesia, as well as Sri Lanka.")
        #expect(Set(y.events(.visit).compactMap { y.location($0) }) == ["Aceh", "Sri Lanka"])
    }
}
