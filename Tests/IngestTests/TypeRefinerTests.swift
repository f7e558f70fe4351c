import Testing
import EventModel
@testable import Ingest

/// One family of invented sentences per `TypeRefiner` rule.
@Suite struct TypeRefinerTests {
    /// The type of the entity named so, else of the entity a mention with this exact text links to
    /// (a shouted `NORWAY` is an alias-free form of `Norway`).
    private func type(_ x: Extracted, _ name: String) -> EntityType? {
        x.entity(name)?.type ?? x.doc.mentions.first { $0.text == name }.map { x.doc.entities[$0.entity].type }
    }

    // Sports reports: a city named as a side is the club.
    @Test func cityAsSideInSportsReportIsClub() {
        let x = Extracted("""
        Lyon beat Nantes 2-1 in the league on Saturday, and Toulouse drew 0-0 with Lille.
        The striker scored twice in the second half of the match in Bordeaux.
        """)
        for club in ["Lyon", "Nantes", "Toulouse", "Lille"] { #expect(type(x, club) == .organization, "\(club)") }
        #expect(type(x, "Bordeaux") == .location) // after `in`: where it happened
    }

    @Test func cityOutsideSportsStaysPlace() {
        let x = Extracted("Lyon and Nantes signed a trade accord on Saturday. Officials from Lille welcomed it.")
        #expect(type(x, "Lyon") == .location)
        #expect(type(x, "Nantes") == .location)
    }

    @Test func countriesStayCountriesInSportsReports() {
        let x = Extracted("Brazil beat Norway 3-1 in the cup final. Norway's goalkeeper saved a penalty in the match.")
        #expect(x.entity("Brazil")?.subtype == "country")
        #expect(type(x, "Norway") == .location)
    }

    @Test func namesWithClubWordsOrCitiesAreClubs() {
        let x = Extracted("Riverton United beat Bayer Leverkusen 2-0 in the cup match. Northfield Rovers drew 1-1 in the league.")
        #expect(type(x, "Riverton United") == .organization)
        #expect(type(x, "Bayer Leverkusen") == .organization)
        #expect(type(x, "Northfield Rovers") == .organization)
    }

    @Test func standingsRowsNameClubsButNotPlayers() {
        let x = Extracted("""
        SOCCER - NORTHSHIRE LEAGUE STANDINGS.
        Standings after Saturday's games (played, won, drawn, lost, goals, points):
        Riverton 15 9 6 0 23 7 33
        Ashford 15 8 5 2 28 13 29
        Bowling: Kettleby 8-1-60-0, Ann Kettleby scored 2-1 at the start.
        """)
        #expect(type(x, "Riverton") == .organization)
        #expect(type(x, "Ashford") == .organization)
        #expect(type(x, "Kettleby") == .person) // a surname the report gives in full elsewhere
    }

    // Shouted lines.
    @Test func shoutedHeadlineIsReadPieceByPiece() {
        let x = Extracted("""
        RUGBY UNION - MARVELLO BACK FOR NORWAY AFTER INJURY.
        Winger Tomas Marvello returned to the Norway side on Tuesday after a year out with injury.
        """)
        #expect(type(x, "NORWAY") == .location)
        #expect(type(x, "MARVELLO") == .person)
        #expect(x.entity("MARVELLO BACK FOR NORWAY AFTER INJURY") == nil)
        #expect(x.entity("RUGBY UNION") == nil)
    }

    @Test func shoutedWordsNeverSeenAsNamesAreDropped() {
        let x = Extracted("""
        GRAIN PRICES CLIMB AGAIN IN CAIRO
        Grain prices rose on the exchange in Cairo for a third day.
        """)
        #expect(type(x, "CAIRO") == .location)
        #expect(x.entity("GRAIN PRICES CLIMB AGAIN") == nil)
        #expect(x.entity("CLIMB") == nil)
    }

    @Test func shoutedStandingsRowsAreClubs() {
        let x = Extracted("""
        ICE HOCKEY - NORTHERN LEAGUE STANDINGS.
        Standings of the league after games played on Friday (won, lost, tied, points):
        NEW JERSEY 14 10 1 29
        HARTFORD 12 7 6 30
        """)
        #expect(type(x, "NEW JERSEY") == .organization)
        #expect(type(x, "HARTFORD") == .organization)
    }

    // Datelines.
    @Test func datelinePlaceIsLocationKnownOrNot() {
        let x = Extracted("""
        TRADE TALKS RESUME
        ZELMORA 1996-08-22
        Negotiators from six countries resumed talks on Thursday.
        """)
        #expect(type(x, "ZELMORA") == .location)
    }

    @Test func datelineWithRegionAndSportsStaysPlace() {
        let x = Extracted("""
        SKIING - DOWNHILL RESULT.
        VAIL, Colorado 1996-12-06
        Ann Roe won the downhill race by 0.3 seconds, the third win of her season in the cup.
        """)
        #expect(type(x, "VAIL") == .location)
        #expect(type(x, "Colorado") == .location)
    }

    // Player roles.
    @Test func roleBeforeNameIsNotPartOfIt() {
        let x = Extracted("Defender Karel Mbeki was sent off. Later striker Ostrova scored from a penalty in the match.")
        #expect(x.entity("Defender Karel Mbeki") == nil)
        #expect(type(x, "Karel Mbeki") == .person)
        #expect(type(x, "Ostrova") == .person)
    }

    @Test func sportsReportNeedsSportsEvidence() {
        // `league` and `won` alone are ordinary news words: an Arab League meeting is no fixture.
        let x = Extracted("The Arab League met in Cairo. Delegates from Amman won praise at the league session.")
        #expect(type(x, "Amman") == .location)
        #expect(type(x, "Cairo") == .location)
    }

    @Test func shoutedPlaceWithGrammarWordStaysWhole() {
        let x = Extracted("""
        MARKETS - NEW ZEALAND SHARES EDGE UP
        Shares in Wellington rose on Tuesday as traders returned.
        """)
        #expect(type(x, "NEW ZEALAND") == .location)
        #expect(x.doc.mentions.contains { $0.text == "ZEALAND" } == false)
    }

    @Test func capitalisedGrammarWordOpeningAPlaceJoinsIt() {
        let x = Extracted("Traders in New York and New Zealand sold the currency on Tuesday.")
        #expect(type(x, "New York") == .location)
        #expect(type(x, "New Zealand") == .location)
        #expect(x.entity("York") == nil)
    }

    @Test func titleInsideARunSplitsBodyFromPerson() {
        let x = Extracted("Traders waited for Northshire Bank Chairman Odran Velasquez to speak. Velasquez said little.")
        #expect(x.entity("Northshire Bank Chairman Odran Velasquez") == nil)
        #expect(type(x, "Northshire Bank") == .organization)
        #expect(type(x, "Odran Velasquez") == .person)
        #expect(type(x, "Velasquez") == .person)
    }

    @Test func regionsInSportsProseStayPlaces() {
        let x = Extracted("Wales beat Scotland 21-13 in the rugby match, and the winger scored two tries against Northumberland.")
        #expect(type(x, "Wales") == .location)
    }

    @Test func loneSportsWordsNameNothing() {
        let x = Extracted("""
        Riverton beat Ashford 2-1 in the cup.
        Scorers: Ann Roe 12, Ola Brandt 80
        Halftime 1-0
        """)
        #expect(x.entity("Scorers") == nil)
        #expect(x.entity("Halftime") == nil)
    }

    @Test func compassWordOpensARegion() {
        let x = Extracted("Floods hit villages in East Marrowland and the rains spread to West Varnia on Monday.")
        #expect(type(x, "East Marrowland") == .location)
        #expect(type(x, "West Varnia") == .location)
    }

    @Test func nameOpeningWithAPlaceIsABody() {
        let x = Extracted("Shares of Chicago Tarnell rose after the Hamburg Quillmark agreed to a deal with Mary Quillmark.")
        #expect(type(x, "Chicago Tarnell") == .organization)
        #expect(type(x, "Hamburg Quillmark") == .organization)
        #expect(type(x, "Mary Quillmark") == .person) // a given name first: a person
    }

    @Test func loneCommonSurnameIsAPerson() {
        let x = Extracted("The committee heard from Harris on Tuesday and from Qorvesk on Wednesday.")
        #expect(type(x, "Harris") == .person)
        #expect(type(x, "Qorvesk") != .person) // unknown word: no evidence either way
    }

    @Test func shoutedGrammarWordIsNeverAName() {
        // `TO` is also a place's name in the gazetteer; `WORLD` is a word of `World Cup` only.
        let x = Extracted("""
        TENNIS - ORVALDI TO FACE BRANNOCK IN WORLD FINAL
        Lia Orvaldi will play Kim Brannock in the World Cup final on Sunday, her coach said.
        """)
        #expect(x.doc.mentions.contains { $0.text == "TO" } == false)
        #expect(x.doc.mentions.contains { $0.text == "WORLD" } == false)
        #expect(type(x, "ORVALDI") == .person)
        #expect(type(x, "BRANNOCK") == .person)
    }

    @Test func untypedFullNameLinksItsSurname() {
        // `Orvan` is no known given name: the full name is typed by default, and still links `Vadrick`.
        let x = Extracted("Traders quoted Vadrick on Monday. Later Orvan Vadrick, the ministry's chief, spoke to Vadrick's staff.")
        #expect(type(x, "Orvan Vadrick") == .person)
        #expect(type(x, "Vadrick") == .person)
    }
}

@Suite struct NaturalFeatureNameTests {
    /// Natural features named head first are places, never people or parties to talks.
    @Test(arguments: ["Strait of Hormuz", "Lake Tanganyika", "Mount Kilimanjaro", "Isle of Skye"])
    func featureNamedHeadFirstIsALocation(name: String) {
        let text = " date 2025-04-02 Two navies held exercises near the \(name) on Monday, officials said.\n"
        let doc = Extractor().extract(ArticleReader.read(text: text, source: "t"))
        let entity = doc.entities.first { $0.name == name || $0.aliases.contains(name) }
        #expect(entity?.type == .location, "\(doc.entities.map { ($0.name, $0.type) })")
    }
}
