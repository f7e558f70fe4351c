import Testing
import EventModel
@testable import Ingest

/// A possessive right before an institution's word ends that institution's name ("St Ann's
/// College", "Lund Boys' School"); and `host` after a presenter's modifier is a presenter, no
/// hosting. Invented names and sentences only.
@Suite struct PossessiveInstitutionNamesTests {
    @Test(arguments: [
        ("She studied at St Ann's College in Leeds.", "St Ann's College"),
        ("Born in Tredby, he attended Lund Boys' School in nearby Pengrove.", "Lund Boys' School"),
        ("He was treated at Ivo's Hospital last week.", "Ivo's Hospital"),
    ])
    func institutionNamedWithAPossessive(_ text: String, _ name: String) {
        let x = Extracted(text)
        #expect(x.entity(name) != nil && x.entity(name)?.type != .person, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    // Near misses: a title's person, a place's institution, more name words after the word.
    @Test(arguments: [
        ("Mr Lund's School reforms were praised.", "Mr Lund's School"),
        ("London's Abbey Road studio is shut.", "London's Abbey Road"),
        ("She runs London's Institute of Modern Art.", "London's Institute of Modern Art"),
        ("Ivo Roe's Academy Award win surprised him.", "Ivo Roe's Academy Award"),
    ])
    func otherPossessivesStayOutside(_ text: String, _ name: String) {
        let x = Extracted(text)
        #expect(x.entity(name) == nil, "\(x.doc.entities.map(\.name))")
    }

    @Test func hometownMeetingHasItsSubject() {
        let x = Extracted("Tom Lund was born in Tredby. He attended Lund Boys' School in nearby Pengrove. From there he went to Cardiff University, where he met his future wife Ana.")
        #expect(x.meetingParties == [["Tom Lund", "Ana"]], "\(x.meetingParties)")
    }

    @Test(arguments: ["Ed Roe, 30, describes outgoing host Wes Butters as a professional.",
                      "The chat show host Ana Obi thanked Tom Roe."])
    func presenterIsNoHosting(_ text: String) {
        let x = Extracted(text)
        #expect(x.events(.host).isEmpty, "\(x.meetingParties)")
    }

    @Test func hostingStays() {
        let x = Extracted("Peru will host Chile in Lima on Monday.")
        #expect(x.events(.host).count == 1, "\(x.meetingParties)")
    }
}
