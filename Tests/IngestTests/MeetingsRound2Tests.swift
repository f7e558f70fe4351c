import Testing
import EventModel
@testable import Ingest

/// "Who met whom, where, when", round 2: one invented sentence family per rule.
@Suite struct MeetingsRound2Tests {
    let november = CalendarDate(year: 2024, month: 11, day: 20)

    /// A bare month after a future cue lies ahead; the saying keeps the article date.
    @Test func reportedPlanWithBareMonthResolvesForward() throws {
        let x = Extracted("Mira Solberg said she would visit Iceland in February to present the plan.", date: november)
        let v = try #require(x.events(.visit).first)
        #expect(v.modality == .planned)
        #expect(x.location(v) == "Iceland")
        #expect(v.time?.value == "2025-02")
        let said = try #require(x.events(.statement).first)
        #expect(said.time?.value != "2024-02")
        #expect(said.time?.value != "2025-02")
    }

    /// Without a future cue a bare month still lies behind.
    @Test func pastBareMonthStaysBehind() throws {
        let x = Extracted("Mira Solberg visited Iceland in February.", date: november)
        let v = try #require(x.events(.visit).first)
        #expect(v.time?.value == "2024-02")
    }

    /// "X hosted A and B": both guests, each behind a nationality and a title.
    @Test func hostWithCoordinatedTitledGuests() throws {
        let x = Extracted("Chilean President Tomas Vidal hosted Peruvian President Ana Quispe and Bolivian Prime Minister Luis Mamani in Valparaiso.")
        let h = try #require(x.events(.host).first)
        #expect(x.names(h, .agent) == ["Tomas Vidal"])
        #expect(Set(x.names(h, .participant)) == ["Ana Quispe", "Luis Mamani"])
    }

    /// "The talks are expected to resume in PLACE next month": planned, with the earlier parties.
    @Test func resumedTalksContinueEarlierTalks() throws {
        let x = Extracted("Paul Mwangi held talks with Abdi Farah in Nairobi on Monday. The talks are expected to resume in Mombasa next month.",
                          date: november)
        let later = try #require(x.events(.negotiate).first { x.location($0) == "Mombasa" })
        #expect(later.modality == .planned)
        #expect(Set(x.names(later)) == ["Paul Mwangi", "Abdi Farah"])
        #expect(later.time?.value == "2024-12")
    }

    /// "did not meet": negated, never an asserted meeting.
    @Test func negatedMeetingWithUnnamedGroup() {
        let x = Extracted("Ruth Adeyemi arrived in Abuja. The mediator did not meet the leaders of the rebel alliance.")
        #expect(!x.events(.meet).contains { $0.modality == .asserted || $0.modality == .planned })
    }

    /// A wish is not a plan: "hoped to visit" is hypothetical.
    @Test func desiredVisitIsHypothetical() throws {
        let x = Extracted("Clara Ibsen said she hoped to visit Lima later this year.", date: november)
        let v = try #require(x.events(.visit).first)
        #expect(v.modality == .hypothetical)
    }

    /// "the port of PLACE in REGION": the most specific place; "..., police said": police speak.
    @Test func attackOnPortOfCityAndPoliceSpeaker() throws {
        let x = Extracted("Gunmen attacked the port of Beira in central Mozambique on Sunday, killing three fishermen, police said.",
                          date: november)
        let a = try #require(x.events(.attack).first)
        #expect(x.location(a) == "Beira")
        let said = try #require(x.events(.statement).first)
        #expect(x.names(said, .agent).allSatisfy { !$0.contains("fishermen") })
        #expect(x.names(said, .agent).contains { $0.lowercased().contains("police") })
    }

    /// Titles are never part of a person's name: "Kenyan Trade Minister Joseph Kamau".
    @Test func portfolioTitleStripped() throws {
        let x = Extracted("Kenyan Trade Minister Joseph Kamau arrived in Accra on Tuesday.", date: november)
        #expect(x.entity("Joseph Kamau")?.type == .person)
        #expect(!x.doc.entities.contains { $0.name.contains("Trade") })
    }

    /// "PLACE was visited by X": X visits the place.
    @Test func passiveVisitTakesSubjectAsPlace() throws {
        let x = Extracted("Bergen was visited by Ingrid Lunde in 2019.")
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v) == ["Ingrid Lunde"])
        #expect(x.location(v) == "Bergen")
    }

    /// "meet with the governor of PLACE": the unnamed office holder is the counterpart.
    @Test func unnamedOfficeHolderIsCounterpart() throws {
        let x = Extracted("Ingrid Lunde went to meet with the governor of Kano state.")
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m, .agent) == ["Ingrid Lunde"])
        #expect(x.names(m, .participant).contains { $0.contains("governor") })
    }

    /// "a meeting of the ALLIANCE foreign ministers": the named body gathers, its sole party.
    @Test func gatheringOfANamedBodysMinisters() throws {
        let x = Extracted("The dispute will be discussed at a meeting of the Coastal States Alliance foreign ministers on Friday.")
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m) == ["Coastal States Alliance"])
        #expect(m.modality == .planned)
    }

    /// A country's own ministers meeting is its cabinet, not a meeting between parties.
    @Test func countrysOwnMinistersDoNotGather() {
        let x = Extracted("The dispute will be discussed at a meeting of Chilean ministers on Friday.")
        #expect(x.events(.meet).isEmpty)
    }

    /// A reduced passive after `and`: "... and visited by X" is X's visit to the subject.
    @Test func reducedPassiveVisit() throws {
        let x = Extracted("Bergen was rebuilt after the fire and visited by Ingrid Lunde in 1921.")
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v) == ["Ingrid Lunde"])
        #expect(x.location(v) == "Bergen")
    }

    /// "visited by COUNTRY's first ROLE, NAME": the named person is the visitor, not the country.
    @Test func passiveAgentPastPossessor() throws {
        let x = Extracted("Bergen was visited by Norway's first female astronaut, Ingrid Lunde, in 2019.")
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v) == ["Ingrid Lunde"])
        #expect(x.location(v) == "Bergen")
    }
}
