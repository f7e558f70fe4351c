import Testing
import EventModel
@testable import Ingest

@Suite struct MentionTests {
    @Test func typesFromLexiconsAndCues() {
        let x = Extracted("Prime Minister Tony Blair spoke to the Labour Party and the Bank of England in London about Iraq.")
        #expect(x.entity("Tony Blair")?.type == .person)
        #expect(x.entity("Labour Party")?.type == .organization)
        #expect(x.entity("Bank of England")?.type == .organization)
        #expect(x.entity("London")?.type == .location)
        #expect(x.entity("Iraq")?.subtype == "country")
        #expect(x.entity("Prime Minister") == nil)
    }

    @Test func neverEntities() {
        let x = Extracted("Without warning, It rained on Sunday in February. He said The rain was heavy.")
        for junk in ["Without", "It", "Sunday", "February", "He", "The"] { #expect(x.entity(junk) == nil, "\(junk)") }
    }

    @Test func sentenceInitialWordNotANameElsewhereIsDropped() {
        let x = Extracted("Stance of the council\n\nOfficials in Cairo disagreed.")
        #expect(x.entity("Stance") == nil)
        #expect(x.entity("Officials") == nil)
        #expect(x.entity("Cairo")?.type == .location)
    }

    @Test func facilities() {
        let x = Extracted("The plane landed at Baghdad Airport. Nobody left Baghdad airport that day.")
        let airports = x.doc.entities.filter { $0.name.lowercased() == "baghdad airport" }
        #expect(airports.count == 1)
        #expect(airports.first?.subtype == "facility")
    }

    @Test func offsetsSliceTheText() {
        let text = " date 2024-02-18 “Qaani’s men,” said Esmail Qaani in Baghdad. The U.S. envoy met al-Sudani’s aide Farhad Karimi."
        let x = Extracted(text)
        #expect(!x.doc.mentions.isEmpty)
        for m in x.doc.mentions {
            #expect(m.span.start >= 0 && m.span.end <= text.unicodeScalars.count)
            #expect(x.slice(m.span) == m.text)
        }
        for e in x.doc.events { #expect(x.slice(e.triggerSpan) == e.trigger) }
        for s in x.doc.sentences { #expect(s.start < s.end) }
    }
}

@Suite struct LinkingTests {
    @Test func surnameLinksToFullName() {
        let x = Extracted("Esmail Qaani arrived on Monday. Qaani spoke first. Later, Qaani left.")
        #expect(x.doc.entities.filter { $0.type == .person }.count == 1)
        #expect(x.entity("Qaani")?.name == "Esmail Qaani")
    }

    @Test func particleSurname() {
        let x = Extracted("Prime Minister Ahmed Karim al-Jabouri spoke. Jabouri's aide Samir Haddad agreed.")
        #expect(x.entity("Jabouri")?.name == "Ahmed Karim al-Jabouri")
    }

    @Test func countryFormsAreOneEntity() {
        let x = Extracted("The United States sent aid. US officials said the U.S. would help. Washington blamed the rebels.")
        let us = x.doc.entities.filter { $0.countryCode == "US" }
        #expect(us.count == 1)
        #expect(us.first?.name == "United States")
        #expect(us.first?.aliases.contains("Washington") == true)
    }

    @Test func capitalAsPlaceStaysACity() {
        let x = Extracted("The talks took place in Washington.")
        #expect(x.entity("Washington")?.subtype == "city")
    }

    @Test func acronymInBrackets() {
        let x = Extracted("General Motors (GM) cut jobs. GM said sales fell.")
        #expect(x.entity("GM")?.name == "General Motors")
    }

    @Test func roleDescriptionResolvesToTheNextPerson() {
        let x = Extracted("The chief of Iran's elite Quds Force visited Iraq in January. Esmail Qaani is believed to have warned them.",
                          date: CalendarDate(year: 2024, month: 2, day: 18))
        let visit = x.events(.visit).first
        #expect(visit.map { x.names($0, .agent) } == ["Esmail Qaani"])
    }

    @Test func pronounsFindTheLastPerson() {
        let x = Extracted("Gordon Brown arrived late. He met Angela Merkel in Berlin.")
        let meet = x.events(.meet).first
        #expect(meet.map { Set(x.names($0)) } == ["Gordon Brown", "Angela Merkel"])
    }
}
