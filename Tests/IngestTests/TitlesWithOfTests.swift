import Testing
import EventModel
@testable import Ingest

/// Titles written with `of` ("Chief of Staff"), capitalised inside a run after a body's name, and
/// referred back to as "the (current) chief of staff". Invented names and sentences.
@Suite struct TitlesWithOfTests {
    @Test func aTitleWithOfInsideARunIsStrippedFromTheName() {
        let x = Extracted("Ivo Berg was seen speaking to Norland Palace Chief of Staff Ann Roe on Monday.")
        #expect(x.entity("Ann Roe")?.type == .person)
        #expect(x.entity("Staff Ann Roe") == nil)
        #expect(x.entity("Norland Palace Chief") == nil)
    }

    @Test func theCurrentChiefOfStaffIsTheOneTitledSo() {
        let x = Extracted("White House chief of staff Ann Roe greeted the guests. Later Ivo Berg had a meeting with the current chief of staff.")
        #expect(x.meetingParties == [["Ivo Berg", "Ann Roe"]])
    }

    // Near miss: a former holder is not the current one.
    @Test func aFormerChiefOfStaffIsNotResolvedToTheCurrent() {
        let x = Extracted("White House chief of staff Ann Roe greeted the guests. Later Ivo Berg had a meeting with the former chief of staff.")
        #expect(x.meetingParties != [["Ivo Berg", "Ann Roe"]])
    }
}

/// "Mayor of Norton Ann Roe": the run after a title's `of` is the title's place or body, then the
/// holder. Invented names and sentences.
@Suite struct TitleObjectHolderTests {
    @Test func thePlaceAndTheHolderAreApart() {
        let x = Extracted("The Mayor of Lima Ann Roe met Tom Obi on Monday.")
        #expect(x.entity("Ann Roe")?.type == .person)
        #expect(x.entity("Lima")?.type == .location)
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]])
    }

    @Test func theBodyAndTheHolderAreApart() {
        let x = Extracted("Leader of the Norland Reform Party Ivo Berg met Tom Obi on Monday.")
        #expect(x.entity("Ivo Berg")?.type == .person)
        #expect(x.entity("Norland Reform Party")?.type == .organization)
    }

    @Test func aCompanyAndItsChiefAreApart() {
        let x = Extracted("Former CEO of Velmora Richard Smith testified on Monday.")
        #expect(x.entity("Richard Smith")?.type == .person)
        #expect(x.entity("Velmora Richard Smith") == nil)
    }

    // Near miss: a body's name with no holder after it stays whole.
    @Test func aBodyAloneStaysWhole() {
        let x = Extracted("The President of Velmora Trading Company met Tom Obi on Monday.")
        #expect(x.entity("Velmora Trading Company") != nil)
    }
}

/// Police and clergy titles before a name are titles, not part of it. Invented names and sentences.
@Suite struct PoliceAndClergyTitlesTests {
    @Test func theTitleIsStripped() {
        let x = Extracted("Rabbi Ivo Berg met Assistant Sheriff Ann Roe and Detective Superintendent Tom Obi in Lima.")
        for name in ["Ivo Berg", "Ann Roe", "Tom Obi"] { #expect(x.entity(name)?.type == .person, "\(name)") }
        #expect(x.entity("Rabbi Ivo Berg") == nil)
        #expect(x.entity("Assistant Sheriff Ann Roe") == nil)
    }

    @Test func aTitleAfterTheNameNamesNoOne() {
        let x = Extracted("Ann Roe, Assistant Chief Constable at the Norland Police, said the driver was injured.")
        #expect(x.entity("Constable") == nil)
        #expect(x.entity("Ann Roe")?.type == .person)
    }
}

/// A party word before a given name ("Republican Ivo Berg") is no part of the name; a body's name
/// that starts with one stays whole. Invented names and sentences.
@Suite struct PartyWordBeforeNameTests {
    @Test func thePartyWordIsStripped() {
        let x = Extracted("Republican Tom Berg met Democrat Ann Roe in Lima on Monday.")
        #expect(x.meetingParties == [["Tom Berg", "Ann Roe"]])
    }

    @Test func aBodysNameStaysWhole() {
        let x = Extracted("Republican Guard units moved north. Elections in the Democratic Republic of Congo were delayed.")
        #expect(x.entity("Republican Guard")?.type == .organization)
        #expect(x.entity("Democratic Republic of the Congo")?.type == .location)
    }
}

/// A month with a day or year after it, right after a name, dates what comes before; it is no
/// part of the name. Invented sentences.
@Suite struct MonthAfterNameTests {
    @Test func theMonthIsNotPartOfTheName() {
        let x = Extracted("Ann Roe held a secret meeting with Ivo Jordan October 7, 2016: the leaks began that week.")
        #expect(x.entity("Ivo Jordan")?.type == .person)
        #expect(x.entity("Ivo Jordan October") == nil)
    }

    // Near miss: a given name followed by May is a full name.
    @Test func aGivenNameAndMayStayAName() {
        let x = Extracted("Officials said Theresa May 2 was not a date.")
        #expect(x.entity("Theresa May")?.type == .person)
        let y = Extracted("Aides praised Prime Minister Theresa May 2017 speech.")
        #expect(y.entity("Theresa May")?.type == .person)
    }
}

/// A title in quotes whose words are no given name or surname (a song, a slogan) names no one.
/// Invented sentences.
@Suite struct QuotedTitlesTests {
    @Test func aQuotedSloganIsNoPerson() {
        let x = Extracted("Officers sang along to \"Go Velmora Go,\" with the fans of the Velmora Hawks.")
        #expect(x.entity("Go Velmora Go") == nil)
    }

    // Near miss: a quoted full name is still a person.
    @Test func aQuotedNameStaysAPerson() {
        let x = Extracted("The crowd chanted \"Ann Roe\" as she left.")
        #expect(x.entity("Ann Roe")?.type == .person)
    }
}
