import Testing
import EventModel
@testable import Ingest

/// Kinds of extra meetings found by judging eventkb's meetings on unseen BBC articles
/// (branch meetD, `Scripts/eval/meeting_audit.py`); invented sentences with near misses.
@Suite struct SportsContestsTests {
    private func meetings(_ text: String) -> [Event] {
        Extracted(text).doc.events.filter { $0.type.isMeeting && $0.modality != .hypothetical && $0.modality != .negated }
    }

    private let tennis = "The third seed lost in the opening round of the tournament in Doha this season. "
    private let rugby = "The coach named his squad for the season on Monday, with the league champions well represented. "

    @Test(arguments: [
        "Defending champion Ana Reyes set up a meeting with Petra Novak after winning 6-3 7-5.",
        "Before her meeting with Petra Novak, Ana Reyes said there was room for improvement in her game.",
        "Local favourite Ana Reyes will meet Petra Novak, while the defending champion faces Lena Ruiz.",
        "Ana Reyes won in three sets to earn a second round meeting with Petra Novak.",
    ])
    func playersMeetingInAContestAreNoMeeting(_ sentence: String) {
        #expect(meetings(tennis + sentence).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "Coach Lars Dahl is planning carefully for the trip to Chile in June.",
        "In 1912 a touring side led by Lars Dahl toured Chile and Peru.",
        "Captain Lars Dahl toured Peru with the national side in 1998 before the trip to Chile.",
        "Paul Ek and Lars Dahl had been thought to be in the frame for next summer's tour to Chile.",
        "Northfield Rovers travel to Lisbon with high hopes after two wins.",
        "The winger was booked for a needless trip by Paul Ek on Lars Dahl.",
    ])
    func sportsToursAndTripsAreNoVisits(_ sentence: String) {
        #expect(meetings(rugby + sentence).isEmpty, "\(sentence)")
    }

    @Test func aTouringSideWithoutALeagueIsASportsReport() {
        let text = "Wales coach Tom Reed has made two changes from the team that beat Peru 38-8 for Saturday's trip to France. Ray Dunne wins his tenth cap."
        #expect(meetings(text).isEmpty)
    }

    @Test func boxingDayIsNoSportsReport() {
        let text = "Since the Boxing Day tsunami, aid has been lost in the match of pledges and needs. During his trip, Ann Roe will represent the G8 at the conference in Jakarta. The Boxing Day appeal continues."
        #expect(!Extracted(text).events(.visit).isEmpty)
    }

    @Test func aPoliticalArticleWithOneSportsWordKeepsItsTrips() {
        let text = "The prime minister Ann Roe, a keen football fan, made a surprise trip to Iraq on Monday. Roe met troops in Basra."
        #expect(!Extracted(text).events(.visit).isEmpty)
    }

    @Test func inAResultsReportPlayersWhoWillMeetAreOpponents() {
        let text = "Ana Reyes beat Lena Ruiz 6-2 6-4 in Doha. Petra Novak won 7-5 6-3. She will now meet Ana Reyes."
        #expect(meetings(text).isEmpty)
    }

    @Test func aPlayerMeetingAClubBossStaysInAResultsReport() {
        let text = "Ana Reyes beat Lena Ruiz 6-2 6-4 in Doha. Rovers won 2-1. Defender Paul Ek reportedly met Rovers boss Ivo Lund in a London hotel."
        #expect(meetings(text).count == 1)
    }

    @Test func clubsVisitingEachOtherInACupReport() {
        let text = "The cup draw was made on Sunday after the 12-13 league weekend. Northfield Rovers will visit the winners of the Leeds United and Derby County replay."
        #expect(meetings(text).isEmpty)
    }

    @Test func aClubMeetingItsBanksStays() {
        let text = "Northfield Rovers lost 2-1 on Saturday and the club's shares fell. Rovers officials met with almost all the banks involved in the rescue plan on Monday, Northfield Rovers said."
        #expect(!meetings(text).isEmpty)
    }

    @Test func aMeetingAboutSomethingStaysInASportsReport() {
        let found = meetings(rugby + "Rovers chairman Ivo Lund met league officials on Monday to discuss the new stadium.")
        #expect(found.count == 1)
    }

    @Test func meetingWithSomeoneAfterAGameStays() {
        let found = meetings(rugby + "In this photo, coach Lars Dahl, left, meets with captain Paul Ek after the team's game against Leeds.")
        #expect(found.count == 1)
    }

    @Test func talksStayInASportsReport() {
        let found = meetings(rugby + "Northfield Rovers are still in talks with a mystery investor, chief executive Ivo Lund said.")
        #expect(found.contains { $0.type == .negotiate }, "\(found.map { "\($0.type) \($0.trigger) \($0.participants.count)" })")
    }

    @Test func aPlayerTravellingForTreatmentStays() {
        let x = Extracted(rugby + "Striker Paul Ek has also travelled to Spala in Poland to receive treatment.")
        #expect(x.events(.visit).count == 1)
    }

    @Test func aPlayerVisitingAPlaceStays() {
        let x = Extracted(rugby + "Striker Paul Ek visited the children's hospital in Leeds on Tuesday.")
        #expect(x.events(.visit).count == 1)
    }

    @Test(arguments: [
        "Ann Roe will meet Luis Vera for a second round of talks in Lima.",
        "The foreign minister toured Peru and Chile in June.",
        "Ann Roe is planning a trip to Chile in June.",
    ])
    func outsideSportTheSameWordsStayMeetings(_ sentence: String) {
        #expect(!meetings(sentence).isEmpty, "\(sentence)")
    }
}

@Suite struct PerformanceToursTests {
    private func visits(_ text: String) -> [Event] { Extracted(text).events(.visit) }

    @Test(arguments: [
        "The band, whose new album is out in May, begin a world tour in Lisbon on 3 March.",
        "Singer Mia Holt cancelled her arena tour of Japan last June after a knee injury.",
        "Comedian Jon Pratt toured Scotland with his stand-up show.",
        "Mia Holt and Tom Vale are to go on tour next year with former singer Ray Dunne taking the place of the late frontman.",
        "The trio played support slots for another group on their UK stadium tour.",
    ])
    func aPerformersTourIsNoVisit(_ sentence: String) {
        #expect(visits(sentence).isEmpty, "\(sentence)")
    }

    @Test func anyTourInAMusicArticleIsAPerformersTour() {
        let text = "The group's third album sold well. Their gigs in Oslo sold out and fans queued for tickets. Mia Holt, Tom Vale and Ray Dunne begin a world tour on 28 March."
        #expect(visits(text).isEmpty)
    }

    @Test(arguments: [
        "The prime minister Ann Roe is on a week-long tour of Kenya and Ghana.",
        "Ann Roe toured the flooded towns of Somerset on Friday.",
        "Ann Roe's tour of Asia took in Seoul and Tokyo.",
    ])
    func aPoliticiansTourStaysAVisit(_ sentence: String) {
        #expect(!visits(sentence).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "The debate was chaired by former newsreader Mark Ellis, with television host Jane Orr on the panel.",
        "The contestants were told by hosts Kim Bell and Joe Dunn that the vote was close.",
        "The pair were recruited to host the Channel Nine Saturday quiz show last July.",
        "He worked at a cable network hosting the Top 30 Video Countdown.",
    ])
    func aPresenterHostsNobody(_ sentence: String) {
        #expect(Extracted(sentence).events(.host).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "Ann Roe hosted the Peruvian president Luis Vera at Downing Street on Monday.",
        "President Tom Obi hosts Ann Roe in Nairobi next week.",
    ])
    func hostingAGuestStays(_ sentence: String) {
        #expect(!Extracted(sentence).events(.host).isEmpty, "\(sentence)")
    }
}

@Suite struct ThingsMetTests {
    private func meetings(_ text: String) -> [Event] { Extracted(text).doc.events.filter { $0.type.isMeeting } }

    @Test(arguments: [
        "Prosecutors say Ann Roe told staff to hide costs to meet Wall Street profit estimates.",
        "Next week the Commission will present plans to meet the Madrid targets.",
        "The broadcaster wants all its output to meet HDTV standards by 2012.",
        "Farmers and retailers in Peru have welcomed the government decision.",
        "Both Ann Roe and Tom Hale have welcomed his return.",
    ])
    func aThingMetOrWelcomedIsNoMeeting(_ sentence: String) {
        #expect(meetings(sentence).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "Ann Roe met Tom Hale on Monday to discuss the targets.",
        "The prime minister Ann Roe welcomed the Peruvian president Luis Vera to Downing Street.",
        "Ann Roe will meet EU finance ministers in Madrid to agree the targets.",
    ])
    func aPersonMetOrWelcomedStays(_ sentence: String) {
        #expect(!meetings(sentence).isEmpty, "\(sentence)")
    }
}

@Suite struct AbilityAndMatterTests {
    private func held(_ text: String) -> [Event] {
        Extracted(text).doc.events.filter { $0.type.isMeeting && ($0.modality == .asserted || $0.modality == .planned) }
    }

    @Test(arguments: [
        "Ann Roe has an agreement with Rovers that she can negotiate with Northfield United.",
        "Ann Roe is now able to begin negotiations with Northfield United.",
        "Peru and Chile are free to hold talks with the World Bank.",
    ])
    func talksOneCanHoldAreNotHeld(_ sentence: String) {
        #expect(held(sentence).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "Ann Roe was able to meet Tom Hale in Lima on Monday.",
        "Ann Roe began negotiations with Northfield United on Monday.",
    ])
    func talksHeldStay(_ sentence: String) {
        #expect(!held(sentence).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "A council spokesman said: \"The problem is with Tom Hale and his office.\"",
        "Ann Roe was less rough with Tom Hale than he had been with Paul Ek.",
    ])
    func aMatterOrAMannerIsNoCompany(_ sentence: String) {
        #expect(held(sentence).isEmpty, "\(sentence)")
    }

    @Test func beingWithARelativeStays() {
        #expect(held("\"We are safe,\" said Ann Roe, who was with her mother in Ohio.").count == 1)
    }
}

@Suite struct BodyMemberMeetingsTests {
    private func bodyMeetings(_ text: String) -> [(String, String?)] {
        let x = Extracted(text)
        return x.events(.meet).filter { x.names($0) == ["G7"] }.map { (x.names($0)[0], x.location($0)) }
    }

    @Test func aMeetingOfMinistersFromTheBody() {
        let found = bodyMeetings("Investors will look to next month's meeting of finance ministers from the G7 nations in Rome for clues.")
        #expect(found.count == 1)
        #expect(found.first?.1 == "Rome")
    }

    @Test func theSubjectsOwnFrontedMeeting() {
        let found = bodyMeetings("At their meeting in Madrid, G7 finance ministers backed plans to cut the debts of poor countries.")
        #expect(found.count == 1)
        #expect(found.first?.1 == "Madrid")
    }

    @Test(arguments: [
        "At their meeting in Madrid, the bank's directors backed the G7 plan.",
        "A meeting of staff from the bank in Madrid discussed the G7 plan.",
        "After a meeting in Madrid, the G7 plan was dropped.",
    ])
    func noMembersOfTheBodyNoBodyMeeting(_ sentence: String) {
        #expect(bodyMeetings(sentence).isEmpty, "\(sentence)")
    }
}

@Suite struct RelativeWhoMetTests {
    private func meetings(_ text: String) -> [[String]] {
        let x = Extracted(text)
        return x.events(.meet).map { x.names($0).sorted() }
    }

    @Test func aListThatMetInARelativeClause() {
        let x = Extracted("The band consists of Tom Vale, Ray Dunne and Mia Holt, who met in their early teens in Leeds.")
        let met = x.events(.meet)
        #expect(met.count == 1)
        #expect(met.first.map { x.names($0).sorted() } == ["Mia Holt", "Ray Dunne", "Tom Vale"])
        #expect(met.first.flatMap { x.location($0) } == "Leeds")
    }

    @Test func twoPeopleAfterAPreposition() {
        #expect(meetings("The prize went to Tom Vale and Mia Holt, who met at art school.") == [["Mia Holt", "Tom Vale"]])
    }

    @Test(arguments: [
        "The award went to Tom Vale, who met in Leeds with fans.",
        "The band consists of Tom Vale, Ray Dunne and Mia Holt, who met the demand for a new album.",
        "The band is backed by Northfield Records, who met in Leeds.",
    ])
    func noListOfPeopleOrAnObjectIsNoSuchMeeting(_ sentence: String) {
        #expect(meetings(sentence).filter { $0.count >= 3 || $0.contains("Tom Vale") && $0.contains("Mia Holt") }.isEmpty, "\(sentence)")
    }
}

@Suite struct FrontedTalksSpeakerTests {
    private func talks(_ text: String) -> [[String]] {
        let x = Extracted(text)
        return x.doc.events.filter { $0.type == .negotiate || $0.type == .meet }.map { x.names($0).sorted() }
    }

    @Test(arguments: [
        "Talks with the Lima Stock Exchange and with rival bidder Kanto Group will continue, the Northfield Exchange said.",
        "Talks with the Lima Stock Exchange will resume on Monday, said the Northfield Exchange.",
    ])
    func theSpeakerHoldsTheTalks(_ sentence: String) {
        #expect(talks(sentence).contains { $0.contains("Northfield Exchange") && $0.contains("Lima Stock Exchange") }, "\(sentence)")
    }

    @Test(arguments: [
        "Talks with the Lima Stock Exchange will resume on Monday, the Financial Times reported.",
        "The Northfield Exchange said talks with the Lima Stock Exchange were going well, a source told Reuters.",
    ])
    func aPaperOrALaterSpeakerIsNoParty(_ sentence: String) {
        #expect(!talks(sentence).contains { $0.contains("Financial Times") || $0.contains("Reuters") }, "\(sentence)")
    }
}

@Suite struct SummitSpeakersTests {
    private func summitParties(_ text: String) -> [[String]] {
        let x = Extracted(text)
        return x.events(.meet).map { x.names($0).sorted() }
    }

    @Test(arguments: [
        "President Tom Obi told the Apec summit in Lima that he remained committed to cutting the deficit.",
        "The latest to pitch in has been President Tom Obi himself, who told the Asia Pacific Economic Co-operation (Apec) summit in Lima that he would cut the deficit.",
    ])
    func whoeverToldTheSummitAttendedIt(_ sentence: String) {
        #expect(summitParties(sentence).contains { $0.contains("Tom Obi") && $0.contains("APEC") }, "\(sentence)")
    }

    @Test func aSpeechToAConferenceOfNoBodyIsNoMeeting() {
        #expect(summitParties("Tom Obi told the annual conference of the Northfield Chemists Society that prices would fall.").isEmpty)
    }

    @Test(arguments: ["Tom Obi arrived in power in 2003 and cut taxes.", "Ann Roe came to office in 2001."])
    func anOfficeReachedIsNoVisit(_ sentence: String) {
        #expect(Extracted(sentence).events(.visit).isEmpty, "\(sentence)")
    }

    @Test func arrivingInACityStaysAVisit() {
        #expect(!Extracted("Tom Obi arrived in Lima on Monday.").events(.visit).isEmpty)
    }
}
