import Testing
import EventModel
@testable import Ingest

/// Visits and trips, personal encounters and non-meetings (TripRules, EncounterRules,
/// NonMeetingFilter): one invented sentence family per rule, with near misses.
@Suite struct VisitsAndEncountersTests {
    let march = CalendarDate(year: 2024, month: 3, day: 11)

    private func meetings(_ x: Extracted) -> [Event] {
        x.doc.events.filter { $0.type.isMeeting && ($0.modality == .asserted || $0.modality == .planned) }
    }

    // MARK: fronted trip phrases

    /// "During his trip, X will attend ... in CITY": X visits the city.
    @Test(arguments: [
        ("Omar Haddad left Cairo on Monday. During his trip, Mr Haddad will attend a conference in Lima, Peru on Thursday.", "Omar Haddad", "Lima"),
        ("During her visit, Greta Lind will open a clinic in Mombasa.", "Greta Lind", "Mombasa"),
        ("On a visit to Peru, the singer Maya Ortiz said she was moved.", "Maya Ortiz", "Peru"),
        ("Tomas Brandt is a film star. On a visit to Chile, the 52-year-old actor said he hoped to return.", "Tomas Brandt", "Chile"),
        ("While on a tour of Asia, Kenji Mori met Lee Jun in Seoul.", "Kenji Mori", "Asia"),
        ("After a visit to Ghana, Kenji Mori flew on to Lagos.", "Kenji Mori", "Ghana"),
    ])
    func frontedTripPhraseNamesTraveller(_ text: String, _ who: String, _ place: String) throws {
        let x = Extracted(text, date: march)
        let v = try #require(x.events(.visit).first { x.location($0) == place })
        #expect(x.names(v, .agent) == [who])
    }

    /// Not fronted, no place: nothing to visit.
    @Test func tripPhraseWithoutPlaceIsNoVisit() {
        let x = Extracted("During the interview, Greta Lind said she was tired.", date: march)
        #expect(x.events(.visit).isEmpty)
    }

    // MARK: role nouns as travellers

    /// "The Defence Secretary arrives in CITY": the holder of that title named earlier.
    @Test func titleSubjectIsItsHolder() throws {
        let x = Extracted("Defence Secretary Alan Moyo spoke to troops on Sunday. The Defence Secretary arrives in Lagos on Monday.", date: march)
        let v = try #require(x.events(.visit).first { x.location($0) == "Lagos" })
        #expect(x.names(v, .agent) == ["Alan Moyo"])
    }

    /// "the chancellor is leaving Britain on a tour of East Africa": the place is the tour's, not the home country.
    @Test func departureOnTourTakesTourPlace() throws {
        let x = Extracted("Chancellor Rhona Beale met bankers on Friday. Meanwhile, the chancellor is leaving Britain on a week-long tour of Africa.", date: march)
        let v = try #require(x.events(.visit).first { x.names($0, .agent) == ["Rhona Beale"] })
        #expect(x.location(v) == "Africa")
        #expect(!x.events(.visit).contains { x.location($0) == "United Kingdom" })
    }

    /// A role noun owned by someone ("the striker's agent") is not that someone.
    @Test func possessedRoleIsNobodyNamed() {
        let x = Extracted("Northfield Rovers are closing in on a deal for Pavel Novak after the striker's agent travelled to Spain.", date: march)
        #expect(!x.events(.visit).contains { x.names($0, .agent).contains("Northfield Rovers") })
        #expect(!x.events(.visit).contains { x.names($0, .agent).contains("Pavel Novak") })
    }

    /// A named subject inside the `after` clause still travels.
    @Test func namedSubjectOfSubordinateClauseTravels() throws {
        let x = Extracted("Shares rose after the minister Ines Costa travelled to Portugal.", date: march)
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v, .agent) == ["Ines Costa"])
        #expect(x.location(v) == "Portugal")
    }

    // MARK: trips and their stops

    /// A multi-stop trip and a tour of the region by the same traveller are one trip, placed in the region.
    @Test func multiStopTripTakesRegionOfTour() throws {
        let x = Extracted("Hana Sato is on a tour of Africa. Ms Sato is visiting Ghana, Senegal and Mali this week.", date: march)
        let visits = x.events(.visit)
        #expect(visits.filter { x.location($0) == nil }.isEmpty)
        #expect(visits.filter { x.location($0) == "Africa" }.count == 1)
        for stop in ["Ghana", "Senegal", "Mali"] { #expect(visits.contains { x.location($0) == stop }) }
    }

    /// Without a region tour the trip keeps no single place.
    @Test func multiStopTripWithoutRegionStaysWhole() {
        let x = Extracted("Hana Sato is visiting Ghana, Senegal and Mali this week.", date: march)
        #expect(x.events(.visit).contains { x.location($0) == nil })
    }

    /// "arrives in PLACE for a summit": the visit plus attendance at the summit there.
    @Test func arrivalForSummitIsAlsoAttendance() throws {
        let x = Extracted("Foreign Minister Lena Vogt arrives in Jakarta for a special summit on the floods.", date: march)
        #expect(x.events(.visit).contains { x.location($0) == "Jakarta" })
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m) == ["Lena Vogt"])
        #expect(x.location(m) == "Jakarta")
        #expect(m.modality == .planned)
    }

    /// Travelling for talks with nobody named is just the visit.
    @Test func arrivalForTalksIsOnlyTheVisit() {
        let x = Extracted("Lena Vogt travelled to Jakarta to hold talks about trade.", date: march)
        #expect(x.events(.visit).count == 1)
        #expect(x.events(.meet).isEmpty)
    }

    /// Companions after `with` travel too; a place after `with` does not.
    @Test func companionsJoinTheVisit() throws {
        let x = Extracted("Jonah Price, 4, fell into a pond while visiting Kew Gardens with his mother Ruth and her partner Dev Patel, 37.", date: march)
        let v = try #require(x.events(.visit).first)
        #expect(Set(x.names(v)).isSuperset(of: ["Jonah Price", "Dev Patel"]))
    }

    /// "a trip in the dinghy" is a ride, not a visit to where the dinghy's crew came from.
    @Test func rideIsNoVisit() {
        let x = Extracted("Sam Okoro joined two pupils from a school in Evesham for a trip in the Wayfarer dinghy.", date: march)
        #expect(x.events(.visit).isEmpty)
        let y = Extracted("Sam Okoro went on a trip to Evesham with pupils.", date: march)
        #expect(y.events(.visit).contains { y.location($0) == "Evesham" })
    }

    // MARK: personal encounters

    /// "spent time with his brother, NAME": a meeting with the brother.
    @Test(arguments: [
        "Kofi Mensah did not race on Sunday but spent some time before the race with his brother, the rookie driver Yaw Mensah.",
        "Kofi Mensah spent the afternoon with Yaw Boateng.",
        "Kofi Mensah spent two days with his old friend Yaw Boateng in Accra.",
    ])
    func spentTimeWithIsMeeting(_ text: String) throws {
        let x = Extracted(text, date: march)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m).contains("Kofi Mensah"))
        #expect(x.names(m).count == 2)
        #expect(m.modality == .asserted)
    }

    /// Time spent on something, or with a company, is no meeting.
    @Test(arguments: [
        "Kofi Mensah spent ten years with Ashanti Mining.",
        "Kofi Mensah spent the afternoon writing letters.",
        "Kofi Mensah spent much of his career in Accra.",
    ])
    func spentTimeNearMisses(_ text: String) {
        #expect(meetings(Extracted(text, date: march)).isEmpty)
    }

    /// "he last saw her around Easter": the speaker met the other person named.
    @Test func lastSawIsMeetingWithOtherPerson() throws {
        let x = Extracted("Coach Daniel Reyes said Maria Lopez trained with him for years and he last saw her around Easter.", date: march)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Daniel Reyes", "Maria Lopez"])
    }

    /// "last saw the car": not a person.
    @Test func lastSawAThingIsNoMeeting() {
        let x = Extracted("Daniel Reyes last saw the car near the river.", date: march)
        #expect(meetings(x).isEmpty)
    }

    /// "were met with hugs by X": a welcome in person; "met with criticism from X" is not.
    @Test func greetedWithHugsIsMeeting() throws {
        let x = Extracted("In Gao, the freed hostages were met with hugs from Prime Minister Amadou Toure.", date: march)
        let m = try #require(x.events(.meet).first)
        #expect(x.names(m).contains("Amadou Toure"))
        #expect(x.names(m).contains { $0.contains("hostages") })
        #expect(x.location(m) == "Gao")
        let y = Extracted("The plan was met with criticism from Prime Minister Amadou Toure.", date: march)
        #expect(meetings(y).isEmpty)
        let z = Extracted("The released hostages were greeted by President Lina Moreau at the airport.", date: march)
        #expect(z.events(.meet).contains { z.names($0).contains("Lina Moreau") })
    }

    // MARK: non-meetings

    /// A plot is no meeting; actors meeting while filming is one.
    @Test func fictionIsNoMeeting() {
        let x = Extracted("In the sequel, the Guardians meet another franchise, the Wardens.", date: march)
        #expect(meetings(x).isEmpty)
        let y = Extracted("Ana Ruiz and Ben Cole met while filming the sequel in 2015.", date: march)
        #expect(meetings(y).count == 1)
    }

    /// What people met "with" may be what they have, not who they are ("people with concerns").
    @Test func concernsAreNoParty() {
        let x = Extracted("Ana Ruiz spoke of meeting many voters with concerns about the new tax.", date: march)
        #expect(!x.doc.events.contains { $0.type.isMeeting && x.names($0).contains("concerns") }, "\(x.meetingParties)")
        let y = Extracted("Ana Ruiz held talks with farmers about the new tax.", date: march)
        #expect(y.meetingParties.contains(["Ana Ruiz", "farmers"]), "\(y.meetingParties)")
    }

    /// A bare title is no party.
    @Test func bareTitleIsNoParty() {
        let x = Extracted("The Chairman held talks with Norway.", date: march)
        #expect(!x.doc.events.contains { $0.type.isMeeting && x.names($0).contains("Chairman") })
    }

    /// A meeting called for is not yet a planned one.
    @Test func meetingCalledForIsHypothetical() throws {
        let x = Extracted("Ken Ito and Sara Holm agreed to call for an emergency meeting of the Arctic Council.", date: march)
        #expect(meetings(x).isEmpty)
        let y = Extracted("The Arctic Council called an emergency meeting for Sunday.", date: march)
        _ = y
    }

    /// Talks by phone are no meeting.
    @Test func phoneTalksAreNoMeeting() {
        #expect(meetings(Extracted("Ken Ito held telephone talks with Sara Holm.", date: march)).isEmpty)
        #expect(meetings(Extracted("Ken Ito held talks by phone with Sara Holm.", date: march)).isEmpty)
        #expect(meetings(Extracted("Ken Ito held talks with Sara Holm in Oslo.", date: march)).count == 1)
    }

    /// "negotiate down prices": bargaining, not talks between the buyers.
    @Test func negotiatingDownPricesIsNoTalks() {
        let x = Extracted("Buyers such as Orvik Foods and Delmar Retail use their size to negotiate down prices.", date: march)
        #expect(meetings(x).isEmpty)
    }

    /// An office nobody in the article is named with is not guessed.
    @Test func unheldOfficeIsNotGuessed() {
        let x = Extracted("Tony Marsh and Gil Hart argued on Monday. Meanwhile, the chancellor is leaving Britain on a tour of Africa.", date: march)
        #expect(!x.events(.visit).contains { !x.names($0, .agent).isEmpty })
    }

    /// More travel verbs: "headed to", "heads to", "will fly to" (not "landed in": missiles land too).
    @Test(arguments: [
        ("Kenji Mori headed to Nairobi on Monday.", "Nairobi"),
        ("Kenji Mori heads to Nairobi on Monday for talks with President Ruth Wanjiku.", "Nairobi"),
        ("Kenji Mori will fly to Accra next week.", "Accra"),
    ])
    func travelVerbsAreVisits(_ text: String, _ place: String) throws {
        let x = Extracted(text, date: march)
        let v = try #require(x.events(.visit).first)
        #expect(x.names(v, .agent) == ["Kenji Mori"])
        #expect(x.location(v) == place)
    }

    /// "Speaking in London" is no trip; a missile landing in the sea is no visit.
    @Test func speakingSomewhereIsNoVisit() {
        #expect(Extracted("Speaking in London, Kenji Mori said the deal was close.", date: march).events(.visit).isEmpty)
        #expect(meetings(Extracted("The missile flew over Hokkaido and landed in the Pacific Ocean.", date: march)).isEmpty)
    }

    /// "was reunited with her daughter": a meeting; "wanted to be reunited" is not yet one.
    @Test func reunitedInPassiveIsMeeting() throws {
        let x = Extracted("Ana Ruiz was reunited with her daughter Lucia in Lima on Friday.", date: march)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Ana Ruiz", "Lucia"])
        #expect(x.location(m) == "Lima")
        let y = Extracted("Ana Ruiz said she wanted to be reunited with her daughter Lucia.", date: march)
        #expect(meetings(y).isEmpty)
    }

    /// "went to meet the mayor": the unnamed office holder is the other party; "meet the
    /// mayor's demands" is no meeting with the mayor.
    @Test func unnamedOfficeHolderIsParty() throws {
        let x = Extracted("After her release, Ana Ruiz went to meet the mayor.", date: march)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Ana Ruiz", "mayor"])
        let y = Extracted("Ana Ruiz met the mayor's demands.", date: march)
        #expect(meetings(y).isEmpty)
    }

    /// Coming to see someone is meeting them; hoping to see them is not.
    @Test func cameToSeeIsMeeting() throws {
        let x = Extracted("Nadia Petrova went to see her brother Ivan Petrov in hospital on Sunday.", date: march)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Nadia Petrova", "Ivan Petrov"])
        let y = Extracted("Ivan Petrov's mother was in the country to see her son and grandchildren.", date: march)
        let g = try #require(y.events(.meet).first)
        #expect(Set(y.names(g)).isSuperset(of: ["mother", "grandchildren"]))
        #expect(meetings(Extracted("Nadia Petrova hopes to see Ivan Petrov soon.", date: march)).isEmpty)
        #expect(meetings(Extracted("Nadia Petrova went to see the new stadium.", date: march)).isEmpty)
    }

    /// A meal with a named person is a meeting; with a company it is not.
    @Test func sharedMealIsMeeting() throws {
        let x = Extracted("Nadia Petrova had lunch with Ivan Petrov in Riga.", date: march)
        let m = try #require(x.events(.meet).first)
        #expect(Set(x.names(m)) == ["Nadia Petrova", "Ivan Petrov"])
        #expect(meetings(Extracted("Nadia Petrova had lunch with colleagues from Baltic Shipping.", date: march)).isEmpty)
    }

    /// A country stop told again as a city of that country is one visit, to the city; a place
    /// after "the resort of" is the destination, not a party.
    @Test func countryStopToldByCityIsOneVisit() {
        let x = Extracted("Omar Haddad is to visit Morocco and Tunisia this week. On Friday, he will visit the coastal resort of Agadir.", date: march)
        let places = x.events(.visit).compactMap { x.location($0) }
        #expect(places.contains("Agadir"))
        #expect(!places.contains("Morocco"))
        #expect(places.contains("Tunisia"))
        #expect(!x.events(.visit).contains { x.names($0).contains("Agadir") })
    }

    /// A single visit to a country is not a trip's stop: a later visit to one of its cities stays separate.
    @Test func singleCountryVisitStaysBesideCityVisit() {
        let x = Extracted("Omar Haddad arrived in Morocco on Sunday. He is due to visit Agadir on Tuesday.", date: march)
        let places = x.events(.visit).compactMap { x.location($0) }
        #expect(places.contains("Morocco"))
        #expect(places.contains("Agadir"))
    }

    /// Meeting in court is a dispute, not a meeting.
    @Test func courtroomIsNoMeeting() {
        #expect(meetings(Extracted("Lawyers for Orvik Foods met with Delmar Retail in court on Monday.", date: march)).isEmpty)
        #expect(meetings(Extracted("Orvik Foods and Delmar Retail will meet at trial next year.", date: march)).isEmpty)
        #expect(meetings(Extracted("Orvik Foods met Delmar Retail in Oslo on Monday.", date: march)).count == 1)
    }

    /// Going to see someone's film is not meeting them.
    @Test func seeingSomeonesWorkIsNoMeeting() {
        #expect(meetings(Extracted("Ana Ruiz went to see Ivan Petrov's new film.", date: march)).isEmpty)
    }
}

@Suite struct CoordinatedTriggerTests {
    @Test func theObjectsOfASecondVerbAreNotTheFirstEventsParties() throws {
        let x = Extracted("The minister visited the harbour on Thursday and met the families of the victims.")
        // (A visit to an unnamed place with no other party is not kept at all.)
        #expect(x.events(.visit).allSatisfy { !x.names($0).contains("families") })
        let meet = try #require(x.events(.meet).first)
        #expect(x.names(meet).contains("families"))
    }

    @Test func coordinatedObjectsStillJoin() throws {
        let x = Extracted("Ola Berg met Pia Lund and Ivo Kass in Oslo.")
        let meet = try #require(x.events(.meet).first)
        #expect(Set(x.names(meet)) == ["Ola Berg", "Pia Lund", "Ivo Kass"])
    }
}
