import Testing
import EventModel
@testable import Ingest

/// An office holder the article does not name ("the king of Norway", "the president of Chile") is a
/// party by the office and its place; the describing-title linker does not give the office to the
/// sentence's own subject, to a person named later in the same sentence, or to a person with no role
/// of the title's field. Invented names and sentences only.
@Suite struct UnnamedOfficeHoldersTests {
    @Test func officeHolderAsObject() {
        let x = Extracted("Talks went on.\n\nAnn Roe met the president of Chile in Oslo.")
        #expect(x.meetingParties == [["Ann Roe", "president of Chile"]], "\(x.meetingParties)")
    }

    @Test func officeHolderAsSubjectOfAVisit() {
        let x = Extracted("The plan is old, says Tom Obi, a space analyst. But when the king of Norway visited Chile, the idea was revived.")
        let visits = x.events(.visit)
        #expect(visits.map { x.names($0) } == [["king of Norway"]], "\(visits.map { x.names($0) })")
    }

    @Test func personNamedLaterInTheSameSentenceIsTheOtherParty() {
        let x = Extracted("Talks went on.\n\nThe foreign minister of Peru will meet Ann Roe in Lima.")
        #expect(x.meetingParties == [["foreign minister of Peru", "Ann Roe"]], "\(x.meetingParties)")
    }

    @Test func theyIsNoOnePerson() {
        let x = Extracted("The tests came as the president of Chile spoke. They landed in the sea near Lima.")
        #expect(x.events(.visit).allSatisfy { !x.names($0).contains("president of Chile") }, "\(x.events(.visit).map { x.names($0) })")
    }

    // Near misses: a holder the article names stays that person.
    @Test func titledPersonNamedInApposition() {
        let x = Extracted("Talks went on.\n\nAnn Roe met the president of Chile, Tom Obi, in Oslo.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }

    @Test func publicFigureNamedBeforeKeepsTheTitle() {
        let x = Extracted("President Tom Obi arrived in Oslo on Monday. The president of Chile met Ann Roe there.")
        #expect(x.meetingParties.contains(["Tom Obi", "Ann Roe"]), "\(x.meetingParties)")
    }
}
