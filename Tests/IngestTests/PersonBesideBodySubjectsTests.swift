import Testing
import EventModel
@testable import Ingest

/// A person joined by `and` to a body or to a country's people is a second subject ("Tom Obi and
/// Norvex officials met Ann Roe"); hosts with no guest ("X and Y will each host the late-night
/// timeslot") hold no meeting. Invented names only.
@Suite struct PersonBesideBodySubjectsTests {
    @Test func personAndABodysPeople() {
        let x = Extracted("Tom Obi and Norvex Group officials met Ann Roe in Lima on Monday.")
        #expect(x.meetingParties == [["Ann Roe", "Norvex Group", "Tom Obi"]], "\(x.meetingParties)")
        let y = Extracted("Tom Obi and Chinese officials held talks with Ann Roe in Lima.")
        #expect(y.meetingParties == [["Ann Roe", "China", "Tom Obi"]], "\(y.meetingParties)")
    }

    @Test func hostsOfAShowHostNoOne() {
        let x = Extracted("Tom Obi and Ann Roe will each host the late-night timeslot from May.")
        #expect(x.events(.host).isEmpty, "\(x.events(.host).map { x.names($0) })")
    }

    // Near misses: a hosted summit or delegation, and a guest named after the verb, stay.
    @Test func hostedGatheringsStay() {
        let x = Extracted("Tom Obi hosted the Norland delegation in Lima on Monday.")
        #expect(x.meetingParties == [["Norland", "Tom Obi"]], "\(x.meetingParties)")
        let y = Extracted("Tom Obi and Eva Lind hosted Ann Roe in Lima.")
        #expect(y.meetingParties == [["Ann Roe", "Eva Lind", "Tom Obi"]], "\(y.meetingParties)")
    }
}
