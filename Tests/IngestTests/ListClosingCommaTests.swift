import Testing
import EventModel
@testable import Ingest

/// A comma may close a list of subjects before the verb ("A, B and C, met"); the list's tail is then
/// no apposition of its first name. Invented names and sentences only.
@Suite struct ListClosingCommaTests {
    @Test func countriesListedBeforeTheCommaAllMeet() {
        let x = Extracted("The army chiefs of Peru, Chile, Bolivia and Ecuador, met in the Bolivian city of Sucre.")
        #expect(x.meetingParties == [["Peru", "Chile", "Bolivia", "Ecuador"]])
    }

    @Test func peopleListedBeforeTheCommaAllMeetTheObject() {
        let x = Extracted("Ann Roe, Tomas Vell and Ivo Berg, met the rail unions on Monday.")
        #expect(x.meetingParties.first?.isSuperset(of: ["Ann Roe", "Tomas Vell", "Ivo Berg"]) == true)
    }

    // Near misses: a real apposition still describes the name before it.
    @Test func anAppositionWithATitleStillDescribesTheSubject() {
        let x = Extracted("Ann Roe, the Peruvian foreign minister, met Tomas Vell in Lima.")
        let m = try? #require(x.events(.meet).first)
        #expect(m.map { x.names($0, .agent) } == ["Ann Roe"])
    }

    @Test func anAppositionNamingOneOfficeHolderIsNoList() {
        let x = Extracted("The mayor of Porto, Rui Almeida, met Tomas Vell on Monday.")
        #expect(x.meetingParties == [["Rui Almeida", "Tomas Vell"]])
    }
}

/// `final` before a noun of a campaign or a decision is an adjective, so the sentence is no
/// sports fixture. Invented names and sentences only.
@Suite struct FinalAsAdjectiveTests {
    @Test func aFinalAssaultIsNoCupFinal() {
        let x = Extracted("Army chiefs of Peru, Chile and Bolivia met in Sucre to plan a \"final assault\" on the rebels.")
        #expect(x.meetingParties == [["Peru", "Chile", "Bolivia"]])
    }

    @Test func aFinalDecisionIsNoCupFinal() {
        let x = Extracted("Ann Roe met Tomas Vell in Lima before the final decision on the mine.")
        #expect(x.meetingParties == [["Ann Roe", "Tomas Vell"]])
    }

    // Near miss: the noun final is still a fixture.
    @Test func meetingInTheFinalIsAFixture() {
        #expect(Extracted("Peru met Chile in the final in Lima on Sunday.").meetingEvents.isEmpty)
    }
}

/// Ships meeting ships at sea is no meeting of parties ("met North Korean vessels"). Invented names.
@Suite struct VesselsMetTests {
    @Test func tankersMeetingVesselsIsNoMeeting() {
        #expect(Extracted("The Lima Courier said the tankers met North Korean vessels at sea.").meetingEvents.isEmpty)
    }

    // Near miss: the crew's people are parties.
    @Test func meetingTheShipsOfficersIsAMeeting() {
        #expect(Extracted("Ann Roe met Peruvian officials at sea.").meetingEvents.count == 1)
    }
}

/// Past a verb of saying a reported clause begins: its subject is no one named before the verb.
/// Invented names.
@Suite struct ReportedClauseSubjectTests {
    @Test func theReporterIsNotTheSubjectOfTheReportedMeeting() {
        let x = Extracted("The Lima Courier said the tankers met Tom Vell off the coast.")
        #expect(!x.meetingEvents.contains { x.names($0).contains("Lima Courier") })
    }

    // Near miss: a pronoun subject after the verb of saying is the speaker's.
    @Test func aPronounAfterSaidIsTheSpeaker() {
        let x = Extracted("Ann Roe said she met Tom Vell in Quito.")
        #expect(x.meetingParties == [["Ann Roe", "Tom Vell"]])
    }
}
