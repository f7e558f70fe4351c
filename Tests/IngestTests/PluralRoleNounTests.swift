import Testing
import EventModel
@testable import Ingest

/// A plural job or office word written before names ("Actors Ann Roe and Tom Obi") is not part of
/// the first name; "welcomed a son" is a birth, not a host receiving a guest. Invented names only.
@Suite struct PluralRoleNounTests {
    @Test func pluralJobWordBeforeNames() {
        let x = Extracted("Photos: celebrity splits Actors Ann Roe and Tom Obi separated after two years.")
        #expect(x.entity("Ann Roe")?.type == .person, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Actors Ann Roe") == nil)
        let y = Extracted("Ministers Eva Lind and Hans Vogel met in Oslo.")
        #expect(y.meetingParties == [["Eva Lind", "Hans Vogel"]], "\(y.meetingParties)")
    }

    @Test func singularJobWordBeforeAName() {
        let x = Extracted("Photos: Producer Ann Roe and Conductor Tom Obi met in Vienna. DJ Mike Jordan played.")
        for name in ["Ann Roe", "Tom Obi", "Mike Jordan"] { #expect(x.entity(name)?.type == .person, "\(name)") }
        #expect(x.entity("Producer Ann Roe") == nil)
        #expect(x.entity("DJ Mike Jordan") == nil)
    }

    @Test func aBirthIsNoHosting() {
        let x = Extracted("The couple Ann Roe and Tom Obi, who welcomed a son in July 2013, have split.")
        #expect(x.events(.host).isEmpty, "\(x.events(.host).map { x.names($0) })")
    }

    // Near misses.
    @Test func aTitleThatFormsANameStays() {
        let x = Extracted("Queens Park Rangers beat Norvex Town 2-1.")
        #expect(x.doc.entities.contains { $0.name == "Queens Park Rangers" }, "\(x.doc.entities.map(\.name))")
    }

    @Test func aGuestWelcomedStays() {
        let x = Extracted("Ann Roe welcomed Tom Obi to Lima.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }
}

/// A title-case headline's verb is not part of the name before it ("Kim Says Talks Will Go On").
@Suite struct HeadlineVerbTests {
    @Test func verbAfterAGivenName() {
        let x = Extracted(" date 2017-12-31 North Korea's Kim Says 'Open to Talks' With South Korea, Will Only Use Arms if Threatened\n\nSeoul should respond to overtures from the North, Kim said.")
        #expect(!x.doc.entities.contains { $0.name.hasSuffix("Says") }, "\(x.doc.entities.map(\.name))")
    }

    // Near miss: "Says" inside a sentence is a name word only when capitalised mid-sentence as a name.
    @Test func lowercaseSaysIsUntouched() {
        let x = Extracted("Ann Roe says she met Tom Obi.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }
}

/// A name set before a thing's noun ("the Falcon Heavy rocket") names a product: no entity, and
/// no person, anywhere in the article. Invented names only.
@Suite struct ProductNameTests {
    @Test func rocketNameIsNoPerson() {
        let x = Extracted("Ann Roe showed her Arden Swift rocket on Monday. The Arden Swift will fly in January.")
        #expect(!x.doc.entities.contains { $0.name.contains("Swift") }, "\(x.doc.entities.map { "\($0.name):\($0.type)" })")
        #expect(x.entity("Ann Roe")?.type == .person)
    }

    // Near miss: a person named before a job word stays a person.
    @Test func personBeforeAJobWordStays() {
        let x = Extracted("Tom Obi said the Arden Swift driver Eva Lind was fine.")
        #expect(x.entity("Eva Lind")?.type == .person, "\(x.doc.entities.map(\.name))")
    }
}

/// "then-Secretary of State X", "ex-President Y": the title after the prefix, the person after it.
@Suite struct PrefixedTitleTests {
    @Test func thenAndExTitles() {
        let x = Extracted("Officials said then-Secretary of State Ann Roe met ex-President Tom Obi in Lima.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }

    // Near miss: a hyphenated word that is no title stays in the name's sentence untouched.
    @Test func nonTitlePrefixStays() {
        let x = Extracted("The then-popular singer Ann Roe met Tom Obi.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }
}

/// A model number ("Galaxy S9", "Airbus A380") names a product, not a person; "the North" (a
/// country's half) is no person though `North` is a surname. Invented sentences.
@Suite struct ModelNumberAndCompassTests {
    @Test func modelNumberIsNoPerson() {
        let x = Extracted("Norvex showed the Arden X7 on Sunday. The Arden X7 costs more.")
        #expect(!x.doc.entities.contains { $0.name.contains("X7") }, "\(x.doc.entities.map { "\($0.name):\($0.type)" })")
    }

    @Test func theNorthIsNoPerson() {
        let x = Extracted("Seoul should respond to overtures from the North, officials said.")
        #expect(x.entity("North") == nil, "\(x.doc.entities.map { "\($0.name):\($0.type)" })")
    }

    // Near misses: a person named North, and a region opened by a compass word, stay.
    @Test func personNamedNorthStays() {
        let x = Extracted("Oliver North met Tom Obi in Lima.")
        #expect(x.meetingParties == [["Oliver North", "Tom Obi"]], "\(x.meetingParties)")
        let y = Extracted("Troops moved into Northern Ireland.")
        #expect(y.entity("Northern Ireland") != nil, "\(y.doc.entities.map(\.name))")
    }
}

/// `Welsh`, `Basque`: a people's adjective with no country of its own in the gazetteer is no
/// person, though `Welsh` is a surname; a person of that surname named in full keeps it.
@Suite struct RegionAdjectiveTests {
    @Test func welshIsNoPerson() {
        let x = Extracted("Norvex closed one of its two Welsh factories. Ms Roe, whose father was Welsh, was born in Lima.")
        #expect(x.entity("Welsh") == nil, "\(x.doc.entities.map { "\($0.name):\($0.type)" })")
    }

    // Near miss.
    @Test func aPersonNamedWelshStays() {
        let x = Extracted("The novelist Irvine Welsh met Tom Obi. Welsh said the talks went well.")
        #expect(x.meetingParties == [["Irvine Welsh", "Tom Obi"]], "\(x.meetingParties)")
    }
}
