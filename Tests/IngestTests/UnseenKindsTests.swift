import Testing
import EventModel
@testable import Ingest

/// Meeting kinds found on unseen articles (issue 3): owned trips (OwnedTrips), being with
/// someone (BeingWith), parties given by a description (DescribedParties), captions that greet,
/// counterparts in apposition and a surname that is also a common word. Invented sentences,
/// each family with near misses that must not fire.
@Suite struct UnseenKindsTests {
    let november = CalendarDate(year: 2023, month: 11, day: 14)

    private func meetings(_ x: Extracted) -> [Event] {
        x.doc.events.filter { $0.type.isMeeting && $0.type != .visit }
    }

    private func pairs(_ x: Extracted) -> [Set<String>] {
        meetings(x).map { Set(x.names($0)) }
    }

    // MARK: a lone surname that is also a common word

    /// "Ann Trump ... Trump said": the lone surname is the person named in full.
    @Test(arguments: [
        "Senator Walter Trump arrived on Monday. Later, Trump met Ivo Petrak in Vienna.",
        "Walter Trump spoke first. On Tuesday Trump met Ivo Petrak in Vienna.",
    ])
    func commonWordSurnameOfNamedPerson(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(pairs(x).contains(["Walter Trump", "Ivo Petrak"]))
    }

    /// Without a full name before, a lone common word stays no entity.
    @Test func loneCommonWordWithoutFullName() {
        let x = Extracted("Later, Trump cards were played at the club in Vienna.", date: november)
        #expect(x.entity("Trump") == nil)
    }

    // MARK: owned trips

    /// "his Asia visit", "her three-nation tour of Africa": the clause's person travels.
    @Test(arguments: [
        ("Senator Paula Reyes spoke on Monday. Reyes angered allies later on her Asia visit by praising a rival.", "Paula Reyes", "Asia"),
        ("Mayor Tomas Brandt used part of his three-nation trip around Africa to promote trade.", "Tomas Brandt", "Africa"),
        ("Minister Olu Bankole spoke in Lagos. The highlight of his tour of Asia was a visit to a factory.", "Olu Bankole", "Asia"),
        ("Senator Paula Reyes spoke on Monday. Reyes made an Asia trip in June.", "Paula Reyes", "Asia"),
    ])
    func ownedTripHasTraveller(_ text: String, _ who: String, _ place: String) throws {
        let x = Extracted(text, date: november)
        let v = try #require(x.events(.visit).first { x.location($0) == place })
        #expect(x.names(v, .agent) == [who])
    }

    /// `their` trip, or a trip with no place, gives no visit.
    @Test(arguments: [
        "Minister Olu Bankole spoke in Lagos. Officials praised their tour of Asia.",
        "Minister Olu Bankole spoke in Lagos. He said his trip had been long.",
    ])
    func ownedTripNearMisses(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(!x.events(.visit).contains { x.names($0, .agent) == ["Olu Bankole"] && x.location($0) != "Lagos" })
    }

    /// "X arrived in Peru, in the wake of Y's visit": Peru is X's, not the place of Y's visit.
    @Test func possessedVisitDoesNotTakeEarlierClausePlace() {
        let x = Extracted("Envoy Karl Ostrow arrived in Peru on Tuesday, a trip that follows President Maria Lind's visit last month.", date: november)
        #expect(x.events(.visit).contains { x.names($0, .agent) == ["Karl Ostrow"] && x.location($0) == "Peru" })
        #expect(!x.events(.visit).contains { x.names($0, .agent) == ["Maria Lind"] && x.location($0) == "Peru" })
    }

    // MARK: being with someone

    /// "who was with her mother in Ohio": a meeting of the two.
    @Test(arguments: [
        ("\"We were lucky,\" said Nora Quist, who was with her elderly mother in Ohio.", "Nora Quist", "mother"),
        ("Ben Okafor is with his brother in Lagos this week.", "Ben Okafor", "brother"),
        ("Ines Costa was with Pedro Alves in Lisbon when the news broke.", "Ines Costa", "Pedro Alves"),
    ])
    func beingWithSomeone(_ text: String, _ who: String, _ other: String) throws {
        let x = Extracted(text, date: november)
        let m = try #require(meetings(x).first { x.names($0).contains(who) })
        #expect(x.names(m).contains { $0 == other || $0.hasSuffix(" " + other) })
    }

    /// Being with an employer, a club or an idea is no meeting.
    @Test(arguments: [
        "Ines Costa was with the company for ten years.",
        "Ben Okafor is with Northfield Rovers until June.",
        "Nora Quist said she was with the majority on the vote.",
        "Ben Okafor was charged with his brother's murder.",
    ])
    func beingWithNearMisses(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(meetings(x).isEmpty)
    }

    // MARK: parties given by a description

    /// "the two companies ... talks failed": the last two firms named.
    @Test(arguments: [
        "Halvard Foods Inc agreed to buy Brisk Dairies Ltd on Monday. The two companies tried to merge in 2015 but talks failed.",
        "Halvard Foods Inc agreed to buy Brisk Dairies Ltd on Monday. Sources said negotiations between the two firms sped up in March.",
    ])
    func twoCompaniesAreTheLastTwoNamed(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(pairs(x).contains { $0.contains("Halvard Foods Inc") && $0.contains("Brisk Dairies Ltd") })
    }

    /// Talks of the two with a third party named in the sentence keep that party; fewer than two
    /// firms named before gives nothing.
    @Test(arguments: [
        ("Halvard Foods Inc agreed to buy Brisk Dairies Ltd on Monday. The two companies reported profits, and talks with the unions began.", false),
        ("Halvard Foods Inc reported profits. The two companies tried to merge but talks failed.", false),
    ])
    func twoCompaniesNearMisses(_ text: String, _ paired: Bool) {
        let x = Extracted(text, date: november)
        #expect(pairs(x).contains { $0.contains("Halvard Foods Inc") && $0.contains("Brisk Dairies Ltd") } == paired)
    }

    /// "X is meeting Y, the third meeting between the two firms": one meeting, told by its people.
    @Test func twoCompaniesAfterTheirPeopleMet() {
        let x = Extracted("Halvard Foods Inc agreed to buy Brisk Dairies Ltd on Monday. Halvard chief Ann Holt is meeting Tom Webb on Thursday, in the third meeting between the two firms.", date: november)
        #expect(!pairs(x).contains { $0.contains("Halvard Foods Inc") && $0.contains("Brisk Dairies Ltd") })
    }

    /// "its management has continued talks with X": the organisation `its` stands for.
    @Test func itsManagementIsTheOrganisation() {
        let x = Extracted("An offer from Halvard Foods Inc is expected as its management has continued talks with Brisk Dairies Ltd chief executive Ann Holt.", date: november)
        #expect(pairs(x).contains { $0.contains("Halvard Foods Inc") && $0.contains("Ann Holt") })
    }

    /// "told a meeting of the Port Authority": the body and the speaker.
    @Test(arguments: [
        "Commissioner Liam Doyle told a meeting of the Metro Transport Authority that costs had risen.",
        "Liam Doyle addressed a meeting of the Metro Transport Authority on Monday.",
    ])
    func toldAMeetingOfABody(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(pairs(x).contains { $0.contains("Liam Doyle") && $0.contains("Metro Transport Authority") })
    }

    /// A meeting of a body reported without anyone telling it stays the body's own.
    @Test func meetingOfABodyWithoutSpeaker() {
        let x = Extracted("Liam Doyle said a meeting of the Metro Transport Authority was cancelled.", date: november)
        #expect(!pairs(x).contains { $0.contains("Liam Doyle") && $0.contains("Metro Transport Authority") })
    }

    /// "At a meeting in Peru, bank president X said": X attended a meeting there.
    @Test func frontedMeetingPlaceAndSpeaker() throws {
        let x = Extracted("At a meeting in Peru, bank president Ruth Adeyemi said lending would rise.", date: november)
        let m = try #require(meetings(x).first { x.names($0) == ["Ruth Adeyemi"] })
        #expect(x.location(m) == "Peru")
    }

    /// Not fronted, or no speaker after the comma: nothing.
    @Test(arguments: [
        "Ruth Adeyemi said lending would rise after a meeting in Peru.",
        "At a meeting in Peru, lending was discussed.",
    ])
    func frontedMeetingNearMisses(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(!meetings(x).contains { x.names($0) == ["Ruth Adeyemi"] })
    }

    // MARK: captions and counterparts

    /// "X greets Y outside ...", "X chats with Y during a visit": a meeting.
    @Test(arguments: [
        ("Prime Minister Ann Holt greets Peruvian President Luis Vera outside the palace.", "Ann Holt", "Luis Vera"),
        ("Mayor Sara Lind chats with resident Tom Webb during a visit to a school in Leeds.", "Sara Lind", "Tom Webb"),
    ])
    func captionEncounters(_ text: String, _ a: String, _ b: String) {
        let x = Extracted(text, date: november)
        #expect(pairs(x).contains { $0.contains(a) && $0.contains(b) })
    }

    /// Greeting news or a decision is no meeting.
    @Test func greetingANonPerson() {
        let x = Extracted("Ann Holt greets the decision with relief.", date: november)
        #expect(meetings(x).isEmpty)
    }

    /// "talks with his Korean counterpart, Lee Min-ho": the counterpart is the named person.
    @Test func counterpartInApposition() {
        let x = Extracted("Envoy Karl Ostrow is scheduled for talks with his Peruvian counterpart, Luis Vera, on Friday.", date: november)
        #expect(pairs(x).contains(["Karl Ostrow", "Luis Vera"]))
    }

    /// In a sports report, talks between a club and a described counterpart are no fixture.
    @Test func sportsTalksAreNoFixture() {
        let x = Extracted("Northfield Rovers FC beat Leeds United 2-0 in the league on Saturday and the striker scored twice in the second half. Chief executive Rick Parsons revealed Northfield Rovers FC are still in negotiations with a mystery investor.", date: november)
        #expect(pairs(x).contains { $0.contains("Northfield Rovers FC") && $0.contains { $0.hasSuffix("investor") } })
    }

    /// A hedge inside a fronted phrase ("On the subject of possible investment, ...") leaves the
    /// main clause asserted; a hedge after the comma still counts.
    @Test(arguments: [
        ("On the subject of possible new investment, Ann Holt revealed Halvard Foods Inc is in talks with Brisk Dairies Ltd.", Modality.asserted),
        ("On Monday, Ann Holt said Halvard Foods Inc could hold talks with Brisk Dairies Ltd.", Modality.hypothetical),
        ("If the bid fails, Halvard Foods Inc will hold talks with Brisk Dairies Ltd.", Modality.hypothetical),
    ])
    func hedgeInFrontedPhrase(_ text: String, _ modality: Modality) throws {
        let x = Extracted(text, date: november)
        let m = try #require(meetings(x).first { x.names($0).contains("Halvard Foods Inc") })
        #expect(m.modality == modality)
    }

    /// "X revealed Y are still in negotiations with a mystery investor": Y and the investor.
    @Test func reportedSubjectAndDescribedCounterpart() {
        let x = Extracted("Chief executive Rick Parsons revealed Northfield Rovers are still in negotiations with a mystery investor.", date: november)
        #expect(pairs(x).contains { $0.contains("Northfield Rovers") && $0.contains { $0.hasSuffix("investor") } })
    }
    /// "stores like X, Y and Z": examples named between are not the two companies.
    @Test func twoCompaniesSkipExamples() {
        let x = Extracted("Halvard Foods Inc agreed to buy Brisk Dairies Inc. The deal unites brands such as Arden Mills Ltd and Crane Bakeries Ltd. The two companies tried to merge in 2019 but talks failed.", date: november)
        #expect(!pairs(x).contains { $0.contains("Crane Bakeries Ltd") || $0.contains("Arden Mills Ltd") })
    }

    /// "the Lagos exchange" is the exchange the article names, not the city or its country.
    @Test func placeNamedOrganisation() {
        let x = Extracted("The Lagos Stock Exchange rejected the bid. But the Lagos exchange is also holding talks with Halvard Capital Group.", date: november)
        #expect(pairs(x).contains { $0.contains("Lagos Stock Exchange") && $0.contains("Halvard Capital Group") })
        #expect(!meetings(x).contains { x.names($0).contains("Nigeria") || x.names($0).contains("Lagos") })
    }

    /// A nationality of two words is its country, never a bare "South African" party.
    @Test(arguments: [
        "Envoy Karl Ostrow will meet with South African and local officials this week.",
        "Envoy Karl Ostrow held talks with South African officials on Monday.",
    ])
    func twoWordNationalityIsCountry(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(pairs(x).contains { $0.contains("Karl Ostrow") && $0.contains("South Africa") })
        #expect(!meetings(x).contains { x.names($0).contains("South African") })
    }

    /// "a conference ..., jointly hosted by the ministry and the UN": whoever is named before the
    /// conference is no guest of the hosts.
    @Test func hostedGatheringHasNoGuestFromBefore() {
        let x = Extracted("Envoy Karl Ostrow will hold talks with Luis Vera on the sidelines of a conference on trade, jointly hosted by the ministry and the United Nations in Lima.", date: november)
        #expect(!x.events(.host).contains { x.names($0).contains("Luis Vera") || x.names($0).contains("Karl Ostrow") })
        #expect(pairs(x).contains(["Karl Ostrow", "Luis Vera"]))
    }

    /// "a dinner hosted by deputy PM X": a capitalised title word between `by` and the name is the
    /// host's title (session 22).
    @Test func hostAfterACapitalisedTitle() {
        let x = Extracted("Chancellor Luis Vera spoke.\n\nKarl Ostrow told the chancellor at a dinner hosted by deputy PM Ana Lind in May of his plan.", date: november)
        #expect(x.events(.host).contains { Set(x.names($0)) == ["Ana Lind", "Karl Ostrow", "Luis Vera"] }, "\(x.events(.host).map { x.names($0) })")
    }

    /// "Rovers coach Ann Roe, left, meets with X": the coach, not the club.
    @Test func roleNounBeforeNameIsTheSubject() {
        let x = Extracted("In this file photo, Northfield Rovers coach Ann Roe, left, meets with striker Pavel Novak after the game.", date: november)
        #expect(pairs(x).contains(["Ann Roe", "Pavel Novak"]))
        #expect(!meetings(x).contains { x.names($0).contains("Northfield Rovers") })
    }

    /// Gallery captions ("3/12 ...") are paragraphs of their own, so their meetings keep their people.
    @Test func galleryCaptionsAreParagraphs() {
        let text = """
         date 2023-11-20 Pictures of the week

        2/9 20 November 2023 Prime Minister Ann Holt greets President Luis Vera outside the palace Getty
        3/9 19 November 2023 Tomas Brandt reacts to winning the final against Pavel Novak in Leeds PA
        """
        let x = Extracted(text)
        #expect(pairs(x).contains(["Ann Holt", "Luis Vera"]))
        let caption = x.doc.sentences.map(x.slice).first { $0.contains("greets") }
        #expect(caption?.contains("Brandt") == false)
        #expect(x.entity("PA") == nil)
    }

    /// A caption's opening date does not hide its subject: "16 May 2023 Ann Holt chats with X
    /// during a visit to a school in Leeds" owes the visit and the encounter.
    @Test func datedCaptionKeepsSubject() {
        let x = Extracted("16 November 2023 Ann Holt chats with resident Tom Webb during a visit to a school in Leeds.", date: november)
        #expect(pairs(x).contains(["Ann Holt", "Tom Webb"]))
        #expect(x.events(.visit).contains { x.names($0, .agent) == ["Ann Holt"] && x.location($0) == "Leeds" })
    }

    /// "held meetings to discuss a plan with X and Y": the parties after the purpose clause.
    @Test(arguments: [
        "A task force held meetings to discuss a rebuilding plan with the World Bank and the IMF on Wednesday.",
        "Ministers met to discuss the budget with the World Bank and the IMF.",
    ])
    func partiesAfterPurposeClause(_ text: String) {
        let x = Extracted(text, date: november)
        #expect(pairs(x).contains { $0.contains("World Bank") && $0.contains("International Monetary Fund") || $0.contains("IMF") })
    }

    /// "met to discuss the plan, with the IMF watching": a comma ends the purpose clause.
    @Test func purposeClauseNearMiss() {
        let x = Extracted("The council met to discuss the budget, with the World Bank watching closely.", date: november)
        #expect(!pairs(x).contains { $0.contains("World Bank") })
    }
}
