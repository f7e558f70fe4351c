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

/// "negotiations between the administration and the Norland Front": `administration`,
/// `authorities` and `regime` are unnamed groups like `government`, which stand for the country an
/// article is about. Invented names only.
@Suite struct AdministrationAsGroupTests {
    @Test func administrationStandsForTheCountry() {
        let x = Extracted("Peru freed ten hostages. Peru's president said Peru would not pay. Officials in Peru said the release followed negotiations between the administration and the Norland Front.")
        #expect(x.meetingParties == [["Norland Front", "Peru"]], "\(x.meetingParties)")
    }

    @Test func withNoCountryTheGroupStays() {
        let x = Extracted("The authorities held talks with the Norland Front in Lima.")
        #expect(x.meetingParties == [["Norland Front", "authorities"]], "\(x.meetingParties)")
    }
}
