import Testing
import EventModel
@testable import Ingest

/// "The film-maker will meet ...": an occupation with `the` stands for the person the story named
/// with that role, or with a role of the same field, or the one person of the sentence before
/// (DescribedPersons). Invented people only.
@Suite struct DescribedPersonsTests {
    @Test func sameFieldRole() {
        let x = Extracted(" date 2025-03-10\nDirector Ann Roe is in talks to direct a film. The film-maker will meet executives from Tarco Pictures this week.")
        #expect(x.meetingParties.contains(["Ann Roe", "Tarco Pictures"]), "\(x.meetingParties)")
    }

    /// The person introduced with the very role wins over one named in between.
    @Test func sameTitleOverNearest() {
        let x = Extracted(" date 2025-03-10\nActor Tom Obi is to star in a film. Jo Lee is the studio's choice. On a visit to Lima, the 60-year-old actor said he hoped to start next year.")
        #expect(x.events(.visit).map { x.names($0) } == [["Tom Obi"]], "\(x.events(.visit).map { x.names($0) })")
    }

    @Test func onePersonInTheSentenceBefore() {
        let x = Extracted(" date 2025-03-10\nAnn Roe won the race in May. The champion met Tom Obi in Lima on Monday.")
        #expect(x.meetingParties.contains(["Ann Roe", "Tom Obi"]), "\(x.meetingParties)")
    }

    // Near misses: the person already named in the sentence, two people before, a possessor.
    @Test func noReference() {
        let own = Extracted(" date 2025-03-10\nAnn Roe won an Oscar in May. Ann Roe met the actor in Lima on Monday.")
        #expect(!own.meetingParties.contains(["Ann Roe"]), "\(own.meetingParties)")
        #expect(own.meetingParties.allSatisfy { $0.count == 2 }, "\(own.meetingParties)")
        let two = Extracted(" date 2025-03-10\nAnn Roe and Jo Lee won in May. The champion met Tom Obi in Lima on Monday.")
        #expect(!two.meetingParties.contains(["Ann Roe", "Tom Obi"]) && !two.meetingParties.contains(["Jo Lee", "Tom Obi"]), "\(two.meetingParties)")
        let owner = Extracted(" date 2025-03-10\nTom Obi said the club was keen. We will meet the player's agent, said Ivo Berg.")
        #expect(owner.meetingParties.allSatisfy { !$0.contains("Tom Obi") }, "\(owner.meetingParties)")
    }

    @Test func cinemaCompanies() {
        let x = Extracted(" date 2025-03-10\nAnn Roe met executives from Tarco Cinema on Monday.")
        #expect(x.entity("Tarco Cinema")?.type == .organization)
    }
}

/// "executives from New Line Cinema": a body's name that a body word ends keeps its opening `New`
/// (TypeRefiner.extendToPlace), so the executives stand for the whole body.
@Suite struct NewOpeningBodyNamesTests {
    @Test func newOpensTheBody() {
        let x = Extracted(" date 2025-03-10\nAnn Roe will meet executives from New Tarco Cinema this week.")
        #expect(x.entity("New Tarco Cinema")?.type == .organization, "\(x.doc.entities.map(\.name))")
        #expect(x.meetingParties.contains(["Ann Roe", "New Tarco Cinema"]), "\(x.meetingParties)")
    }
}
