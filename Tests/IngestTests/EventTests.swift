import Testing
import EventModel
@testable import Ingest

@Suite struct EventTests {
    let date = CalendarDate(year: 2024, month: 2, day: 18)

    @Test func verbalMeeting() throws {
        let x = Extracted("Foreign Secretary Jack Straw met Pierre Dubois in Paris in late January.", date: date)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m, .agent) == ["Jack Straw"])
        #expect(x.names(m, .participant) == ["Pierre Dubois"])
        #expect(x.location(m) == "Paris")
        #expect(m.time?.value == "2024-01" && m.time?.mod == "END")
        #expect(m.cameo == "040")
    }

    @Test func talksWithAndUnnamedGroups() throws {
        let x = Extracted("Mr Prescott held a private meeting with senior union figures. Five public sector unions met Deputy Prime Minister John Prescott in Gateshead.")
        #expect(x.events(.meet).count == 2)
        let first = try #require(x.events(.meet).first)
        #expect(x.names(first).contains("senior union figures"))
        let second = try #require(x.events(.meet).last)
        #expect(x.names(second).contains { $0.contains("unions") })
        #expect(x.location(second) == "Gateshead")
    }

    @Test func visitWithPlace() throws {
        let x = Extracted("Angela Merkel made a visit to Pakistan in 2005.")
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v, .agent) == ["Angela Merkel"])
        #expect(x.location(v) == "Pakistan")
        #expect(v.time?.value == "2005")
    }

    @Test func plannedMeeting() throws {
        let x = Extracted("Tony Blair is due to visit Iraq. Gordon Brown will meet Angela Merkel in Berlin.")
        #expect(x.events(.visit).first?.modality == .planned)
        #expect(x.events(.meet).first?.modality == .planned)
    }

    @Test func notMeetings() {
        for s in ["Roger Federer met the Swiss champion Marco Chiudinelli in the final.",
                  "The company met its targets for the year.",
                  "The plan met with criticism from Greenpeace.",
                  "The board of Tesco met on Monday."] {
            let x = Extracted(s)
            #expect(x.doc.events.filter { $0.type.isMeeting }.isEmpty, "\(s)")
        }
    }

    @Test func negatedAndHypothetical() {
        let x = Extracted("Tony Blair did not meet Jacques Chirac. Gordon Brown could meet Angela Merkel.")
        let ms = x.events(.meet)
        #expect(ms.map(\.modality) == [.negated, .hypothetical])
    }

    @Test func killWithPassiveAndAgent() throws {
        let x = Extracted("The 2020 strike by the US that killed Qassem Soleimani took place near Baghdad airport.")
        let k = try #require(x.events(.kill).first)
        #expect(x.names(k, .agent) == ["United States"])
        #expect(x.names(k, .patient) == ["Qassem Soleimani"])
        #expect(x.location(k) == "Baghdad airport")
        #expect(k.time?.value == "2020")
    }

    @Test func deescalateWithPronounAgent() throws {
        let x = Extracted("Kataib Hezbollah announced it was halting attacks on the US.")
        let d = try #require(x.events(.deescalate).first)
        #expect(x.names(d, .agent) == ["Kataib Hezbollah"])
    }

    @Test func reportDatedByWeekday() throws {
        let x = Extracted("The militias stopped, Reuters reported Sunday (Feb 18).", date: date)
        let r = try #require(x.events(.report).first)
        #expect(x.names(r, .agent) == ["Reuters"])
        #expect(r.time?.value == "2024-02-18")
    }

    @Test func definiteMeetingInheritsTimeAndCounterpart() throws {
        let x = Extracted("Esmail Qaani made a visit to Iraq in late January. He warned the militant groups. Qaani held the meeting at Baghdad Airport.", date: date)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m).contains("militant groups"))
        #expect(m.time?.mod == "END")
        #expect(x.location(m) == "Baghdad Airport")
    }

    @Test func repeatedMeetingIsOneEvent() {
        let x = Extracted("Tony Blair met Jacques Chirac in Paris. Blair and Chirac met again in Paris.")
        #expect(x.events(.meet).count == 1)
    }
}

@Suite struct RelationTests {
    @Test func roleForms() {
        let x = Extracted("The chief of Iran's elite Quds Force visited Iraq. Esmail Qaani is his name. Qaani's predecessor, Qassem Soleimani, died. Sudani's foreign affairs advisor Farhad Alaadin spoke. The elite Iran-backed group Kataib Hezbollah agreed.")
        #expect(x.relations(.leaderOf).contains { $0 == ("Esmail Qaani", "Quds Force") })
        #expect(x.relations(.partOf).contains { $0 == ("Quds Force", "Iran") })
        #expect(x.relations(.predecessorOf).contains { $0 == ("Qassem Soleimani", "Esmail Qaani") })
        #expect(x.relations(.advisorTo).contains { $0.0 == "Farhad Alaadin" })
        #expect(x.relations(.backedBy).contains { $0 == ("Kataib Hezbollah", "Iran") })
    }

    @Test func organisationRoleHolder() {
        let x = Extracted("Hamas spokesman Sami Zuhri said the talks failed.")
        #expect(x.relations(.spokespersonOf).contains { $0 == ("Sami Zuhri", "Hamas") })
    }
}

@Suite struct MoreEventForms {
    let date = CalendarDate(year: 2017, month: 9, day: 15)

    @Test func pairMeets() throws {
        let x = Extracted("Anna Berg starred with Tom Holt. The pair met while filming in 2014.")
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Anna Berg", "Tom Holt"])
        #expect(m.time?.value == "2014")
    }

    @Test func oneVisitPerStop() {
        let x = Extracted(" date 2017-09-15 Donald Trump said he plans to visit South Korea, China and Japan in November.")
        let visits = x.events(.visit)
        #expect(Set(visits.compactMap { x.location($0) }) == ["South Korea", "China", "Japan"])
        #expect(visits.allSatisfy { $0.modality == .planned && $0.time?.value == "2017-11" })
    }

    @Test func possessiveTrip() throws {
        let x = Extracted("Mr Straw's China trip is part of regular talks.")
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v, .agent) == ["Straw"])
        #expect(x.location(v) == "China")
    }

    @Test func bodyMeetsAlone() throws {
        let x = Extracted(" date 2017-09-15 The UN Security Council would hold an emergency meeting today.")
        let m = try #require(x.events(.meet).first)
        #expect(m.modality == .planned)
        #expect(m.time?.value == "2017-09-15")
    }

    @Test func possessiveDeterminerIsNoParty() throws {
        let x = Extracted("A 70-year-old woman who was visiting her daughter in Nice was hurt.")
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v).contains("daughter"))
        #expect(x.location(v) == "Nice")
    }
}

@Suite struct DiscourseForms {
    @Test func titleDescriptionStandsForTheTitledPerson() throws {
        let x = Extracted("President Pervez Musharraf spoke on Monday. Details of the Pakistani president's visit to London leaked.")
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v, .agent) == ["Pervez Musharraf"])
        #expect(x.location(v) == "London")
    }

    @Test func talksContinueWithTheSameParties() {
        let x = Extracted("Tony Blair held talks with Jacques Chirac on Monday. Talks will resume next week.")
        let ms = x.doc.events.filter { $0.type.isMeeting }
        #expect(ms.count == 2)
        #expect(ms.last?.modality == .planned)
        #expect(ms.last.map { Set(x.names($0)) } == ["Tony Blair", "Jacques Chirac"])
    }

    @Test func compoundMeetingModifier() throws {
        let x = Extracted("Patricia Hewitt will speak at a games industry meeting in London.")
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m).contains("industry"))
        #expect(x.location(m) == "London")
    }

    @Test func officialBeforeAVisitIsNoParty() {
        // `official` is a group noun ("an official said"), but before a meeting noun it is an adjective.
        let x = Extracted("Northshire Constabulary said the plans for the official visit had been reviewed.")
        #expect(x.doc.events.allSatisfy { !x.names($0).contains("official") })
    }

    @Test func sportsReportsHaveFixturesNotMeetings() {
        let x = Extracted("England beat Wales in the match. The coach praised the squad after the goal. England are still to meet Italy at Twickenham.")
        #expect(x.doc.events.filter { $0.type.isMeeting }.isEmpty)
    }

    @Test func titleBeatsGazetteer() {
        let x = Extracted("Mr Prescott spoke.")
        #expect(x.entity("Prescott")?.type == .person)
    }
}

@Suite struct PlaceRelations {
    @Test func cityInANamedCountry() {
        let x = Extracted("Protesters gathered in Basra. Iraq said the city was calm.")
        #expect(x.relations(.locatedIn).contains { $0 == ("Basra", "Iraq") })
    }
}

@Suite struct CoordinatedParties {
    @Test func coordinatedSubjectsHoldTalks() throws {
        let x = Extracted(" date 2018-03-07 Britain and France held talks on Monday.")
        let t = try #require(x.events(.negotiate).first)
        #expect(Set(x.names(t)) == ["United Kingdom", "France"])
        #expect(t.time?.value == "2018-03-05")
    }
}

@Suite struct SharedNounParties {
    @Test func twoNationalitiesShareOneNoun() throws {
        let x = Extracted("A meeting between Iranian and Saudi officials took place in Baghdad.")
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Iran", "Saudi Arabia"])
        #expect(x.location(m) == "Baghdad")
    }
}

@Suite struct CommonNewsForms {
    @Test func appositionBetweenSubjectAndVerb() throws {
        let x = Extracted("Sergei Lavrov, the Russian foreign minister, met Rex Tillerson in Manila.")
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m, .agent) == ["Sergei Lavrov"])
        #expect(x.names(m, .participant) == ["Rex Tillerson"])
    }

    @Test func counterpartIntroducesThePerson() throws {
        let x = Extracted(" date 2018-06-15 Theresa May met her Irish counterpart, Leo Varadkar, on Monday.")
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Theresa May", "Leo Varadkar"])
        #expect(m.modality == .asserted)
        #expect(m.time?.value == "2018-06-11")
    }

    @Test func hostsAndWelcomes() {
        let x = Extracted("Donald Trump welcomed Shinzo Abe to Florida. Mr Prescott hosted a dinner for Tony Blair in November 2003. The committee welcomed the decision.")
        let hosts = x.events(.host)
        #expect(hosts.count == 2)
        #expect(hosts.first.map { x.location($0) } == "Florida")
        #expect(hosts.last?.time?.value == "2003-11")
    }
}
