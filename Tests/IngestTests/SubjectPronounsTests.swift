import Testing
import EventModel
@testable import Ingest

/// A pronoun opening its sentence as the subject goes on with the subject of the sentence
/// before ("Acme sells systems to Tarrow. It held talks with Corvane": Acme). Invented names.
@Suite struct SubjectPronounsTests {
    private let date = CalendarDate(year: 2016, month: 9, day: 6)

    @Test func itContinuesThePreviousSubject() {
        let x = Extracted("Acme Corp sells power systems to Tarrow Motors. It held talks with Corvane Steel on Monday.", date: date)
        #expect(x.meetingParties == [["Acme Corp", "Corvane Steel"]], "\(x.meetingParties)")
    }

    @Test func theyAfterAnAdverbContinuesThePreviousSubject() {
        let x = Extracted("The Norvex Agency builds two probes. The Norvex Agency also supplies a power unit for Tarrow's Arlo capsule. "
                          + "Finally, they are in exploratory talks with the Corvane Space Office.", date: date)
        #expect(x.meetingParties == [["Norvex Agency", "Corvane Space Office"]], "\(x.meetingParties)")
    }

    // Near misses: a sentence that opens on a possessor, or a pronoun that is not the subject.
    @Test func possessorOpeningIsNoSubject() {
        let x = Extracted("Acme Corp's shares fell after a warning from Tarrow Motors. It held talks with Corvane Steel on Monday.", date: date)
        #expect(!x.meetingParties.contains { $0.contains("Acme Corp") }, "\(x.meetingParties)")
    }

    @Test func pronounLaterInTheSentenceKeepsTheNearestBody() {
        let x = Extracted("Acme Corp sells power systems to Tarrow Motors. On Monday analysts said it held talks with Corvane Steel.", date: date)
        #expect(!x.meetingParties.contains { $0.contains("Acme Corp") }, "\(x.meetingParties)")
    }
}
