import Testing
import EventModel
@testable import Ingest

/// A capitalised common word opening a sentence before a person's name describes the person
/// ("Referee Tom Brandt", "Defiant Ann Kessler"), as it would in lower case mid-sentence; a party
/// of two words ("Liberal Democrat", "Lib Dem") is no part of the name either; after a job word the
/// name may be one the given-name list lacks ("Teenager Zarina Oduya"). Invented names only.
@Suite struct SentenceOpeningDescriptorTests {
    @Test func commonWordBeforeAGivenName() {
        let x = Extracted("Referee Tom Brandt sent off two players in Leeds.")
        #expect(x.entity("Tom Brandt")?.type == .person, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Referee Tom Brandt") == nil)
        let y = Extracted("Defiant Ann Kessler insisted she would stay. Kessler met Tom Obi in Lima on Monday.")
        #expect(y.entity("Ann Kessler")?.type == .person, "\(y.doc.entities.map(\.name))")
        #expect(y.meetingParties == [["Ann Kessler", "Tom Obi"]], "\(y.meetingParties)")
    }

    @Test func adjectiveThenJobWord() {
        let x = Extracted("Controversial DJ Mike Orlan signed a new deal on Friday.")
        #expect(x.entity("Mike Orlan")?.type == .person, "\(x.doc.entities.map(\.name))")
    }

    @Test func partyOfTwoWords() {
        let x = Extracted("Liberal Democrat Eva Lind met Tom Obi in Leeds. Fellow Lib Dem Hans Vogel agreed.")
        #expect(x.meetingParties == [["Eva Lind", "Tom Obi"]], "\(x.meetingParties)")
        #expect(x.entity("Hans Vogel")?.type == .person, "\(x.doc.entities.map(\.name))")
    }

    @Test func jobWordBeforeANameTheListsLack() {
        let x = Extracted("Teenager Zarina Oduya won the title in Doha. Oduya will meet Ann Roe in Paris on Friday.")
        #expect(x.entity("Zarina Oduya")?.type == .person, "\(x.doc.entities.map(\.name))")
        #expect(x.meetingParties == [["Ann Roe", "Zarina Oduya"]], "\(x.meetingParties)")
    }

    // Near misses: a body's name, two words only, a word the lexicons know as a place or a title.
    @Test func bodiesAndShortNamesKeepTheirFirstWord() {
        let x = Extracted("Liberal Democrat Party officials met on Monday.")
        #expect(x.doc.entities.contains { $0.name.hasPrefix("Liberal Democrat") }, "\(x.doc.entities.map(\.name))")
        let y = Extracted("Golden Ann sang at the festival.")
        #expect(y.doc.entities.contains { $0.name == "Golden Ann" }, "\(y.doc.entities.map(\.name))")
        let z = Extracted("Victoria Ann Roe said so.")
        #expect(!z.doc.entities.contains { $0.name == "Ann Roe" }, "\(z.doc.entities.map(\.name))")
        let w = Extracted("President Tom Obi met Ann Roe in Lima.")
        #expect(w.meetingParties == [["Ann Roe", "Tom Obi"]], "\(w.meetingParties)")
    }
}
