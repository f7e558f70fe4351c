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

/// Where someone is from, written before the name ("Welshman Tom Brandt", "New Zealander Ann Roe",
/// "Texan Eva Lind") or alone ("a Londoner"), is no entity; a job word or a body's last word inside a
/// run before a full name ends what describes the person ("Northfield Rovers Manager Tom Obi");
/// `New` before a known place stays with it ("New Jersey Governor Ann Roe"). Invented names only.
@Suite struct DescribedNameRunTests {
    @Test func demonymBeforeAName() {
        let x = Extracted("He held off Welshman Tom Brandt in Leeds. New Zealander Ann Roe was third, ahead of Texan Eva Lind.")
        for name in ["Tom Brandt", "Ann Roe", "Eva Lind"] { #expect(x.entity(name)?.type == .person, "\(name): \(x.doc.entities.map(\.name))") }
        #expect(!x.doc.entities.contains { ["Welshman", "Zealander", "Texan"].contains($0.name.split(separator: " ").first.map(String.init) ?? "") })
    }

    @Test func demonymAloneIsNoEntity() {
        let x = Extracted("Tom Obi, a Londoner, met Ann Roe in Lima. The deal pleased every African and Asian exporter.")
        #expect(!x.doc.entities.contains { ["Londoner", "African", "Asian"].contains($0.name) }, "\(x.doc.entities.map(\.name))")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }

    @Test func jobWordInsideARun() {
        let x = Extracted("Virgin Radio DJ Tom Obi met Ann Roe in Leeds on Monday. Norland Support Agency Eva Lind said so.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        #expect(x.entity("Virgin Radio")?.type == .organization, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Eva Lind")?.type == .person, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Norland Support Agency")?.type == .organization, "\(x.doc.entities.map(\.name))")
    }

    @Test func newBeforeAPlaceStays() {
        let x = Extracted("He met New Jersey Governor Ann Roe. She studied in New York State.")
        #expect(x.entity("New Jersey")?.type == .location, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Jersey") == nil)
        #expect(x.entity("New York State")?.type == .location, "\(x.doc.entities.map(\.name))")
    }

    // Near misses: a small town's name is no demonym's stem; a given name is never a demonym.
    @Test func namesThatLookLikeDemonyms() {
        let x = Extracted("Titan Group met Ann Roe in Lima. Jordan Obi met Tom Brandt in Leeds.")
        #expect(x.entity("Titan Group")?.type == .organization, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Jordan Obi")?.type == .person, "\(x.doc.entities.map(\.name))")
    }
}
