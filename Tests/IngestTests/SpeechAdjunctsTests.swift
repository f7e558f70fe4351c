import Testing
import EventModel
@testable import Ingest

/// A trip or talks told as the occasion of a saying ("X said on a visit to Lima that ...") belong
/// to the speaker; a reported clause after `said` names no visitor. Invented names only.
@Suite struct SpeechAdjunctsTests {
    @Test(arguments: [
        ("Ann Roe said on a visit to Quito that the plan was sound.", "Quito"),
        ("Tom Obi said during his first official trip to Accra that trade would grow.", "Accra"),
        ("Eva Lind said while visiting Porto that the bridge was safe.", "Porto"),
    ])
    func speakerIsTheVisitor(_ text: String, _ place: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        let visits = x.events(.visit)
        #expect(visits.count == 1)
        #expect(visits.first.map { x.names($0, .agent) } == [x.doc.entities.first { $0.type == .person }!.name])
        #expect(visits.first.flatMap { x.location($0) } == place)
    }

    @Test func talksAsTheOccasion() {
        let x = Extracted(" date 2025-03-10\nAnn Roe said after talks with Ivo Berg that the border would reopen.")
        #expect(x.meetingParties.contains(["Ann Roe", "Ivo Berg"]), "\(x.meetingParties)")
    }

    /// "the Oscar winner" stands for the person the story is about.
    @Test func describedSpeakerIsTheVisitor() {
        let x = Extracted(" date 2025-03-10\nDirector Ivo Berg is working on a new film. The Oscar winner said on a visit to Perth that filming would start soon.")
        #expect(x.events(.visit).map { x.names($0, .agent) } == [["Ivo Berg"]])
    }

    // Near misses: a reported clause names its own subject, or none.
    @Test func reportedClausesKeepTheirOwnSubject() {
        let planned = Extracted(" date 2025-03-10\nAnn Roe said a visit to Quito was planned.")
        #expect(planned.events(.visit).allSatisfy { !planned.names($0).contains("Ann Roe") })
        let other = Extracted(" date 2025-03-10\nAnn Roe said on Monday that Tom Obi had visited Quito.")
        #expect(other.events(.visit).map { other.names($0, .agent) } == [["Tom Obi"]])
    }
}
