import Testing
@testable import Ingest

/// The shipped lexicons, read through the public API.
@Suite struct GazetteerTests {
    let gaz = Gazetteer.shared

    @Test func newsVariantsFindTheirCountry() {
        let cases: [(String, String)] = [
            ("U.S.", "US"), ("USA", "US"), ("America", "US"), ("United States of America", "US"),
            ("Britain", "GB"), ("Great Britain", "GB"), ("UK", "GB"), ("U.K.", "GB"),
            ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"),
            ("Holland", "NL"), ("the Netherlands", "NL"), ("The Netherlands", "NL"),
            ("Burma", "MM"), ("UAE", "AE"), ("DRC", "CD"), ("Czechia", "CZ"), ("Persia", "IR"),
            ("Palestine", "PS"), ("Kosovo", "XK"), ("Taiwan", "TW"), ("Swaziland", "SZ"),
        ]
        for (form, code) in cases {
            #expect(gaz.country(named: form)?.code == code, "\(form)")
        }
        #expect(gaz.country(named: "Narnia") == nil)
        #expect(gaz.country(named: "") == nil)
    }

    @Test func canonicalNamesAreShortNewsNames() {
        let cases: [(String, String)] = [
            ("US", "United States"), ("GB", "United Kingdom"), ("IR", "Iran"), ("RU", "Russia"),
            ("KR", "South Korea"), ("KP", "North Korea"), ("SY", "Syria"), ("VN", "Vietnam"),
            ("LA", "Laos"), ("BO", "Bolivia"), ("CZ", "Czech Republic"), ("NL", "Netherlands"),
        ]
        for (code, name) in cases {
            #expect(gaz.country(code: code)?.name == name, "\(code)")
            #expect(gaz.country(named: name)?.code == code, "\(name)")
        }
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(gaz.country(named: "US")?.code == "US")
        #expect(gaz.country(named: "us") == nil)
        #expect(gaz.country(named: "Us") == nil)
        #expect(gaz.country(named: "uk") == nil)
        #expect(gaz.country(named: "u.s.") == nil)
        #expect(gaz.country(named: "uae") == nil)
        // Ordinary names are case-insensitive.
        #expect(gaz.country(named: "iran")?.code == "IR")
        #expect(gaz.country(named: "IRAN")?.code == "IR")
        #expect(gaz.country(named: "south korea")?.code == "KR")
    }

    @Test func adjectivesAndPluralsFindTheirCountry() {
        let cases: [(String, String)] = [
            ("Iraqi", "IQ"), ("Iraqis", "IQ"), ("Iranian", "IR"), ("Iranians", "IR"), ("American", "US"),
            ("Americans", "US"), ("British", "GB"), ("Britons", "GB"), ("the British", "GB"),
            ("Pakistani", "PK"), ("Dutch", "NL"), ("Filipino", "PH"), ("Philippine", "PH"),
            ("Saudi", "SA"), ("Emirati", "AE"), ("Israeli", "IL"), ("Palestinian", "PS"),
            ("Afghan", "AF"), ("South Korean", "KR"), ("Swiss", "CH"), ("Chinese", "CN"),
        ]
        for (form, code) in cases {
            #expect(gaz.country(adjective: form)?.code == code, "\(form)")
        }
        #expect(gaz.country(adjective: "U.S.")?.code == "US")  // "U.S. officials"
        #expect(gaz.country(adjective: "UK")?.code == "GB")
        #expect(gaz.country(adjective: "us") == nil && gaz.country(adjective: "uk") == nil)
        #expect(gaz.country(adjective: "iraqi")?.code == "IQ")
        #expect(gaz.country(adjective: "Kurdish") == nil)  // a people, not a country
        #expect(gaz.country(adjective: "Iraq") == nil)      // a name, not an adjective
    }

    @Test func everyCountryHasAnAdjectiveIfSovereign() {
        let sovereign = ["US", "GB", "FR", "DE", "IR", "IQ", "SY", "AF", "PK", "IN", "CN", "RU", "UA", "IL",
                         "EG", "SA", "TR", "NG", "ZA", "BR", "MX", "AR", "JP", "KR", "KP", "ID", "AU", "CA"]
        for code in sovereign {
            #expect(gaz.country(code: code)?.adjectives.isEmpty == false, "\(code)")
        }
    }

    @Test func capitalsAreFlaggedOncePerCountry() throws {
        let iraq = try #require(gaz.country(code: "IQ"))
        #expect(iraq.capital == "Baghdad")
        let baghdad = try #require(gaz.places(named: "Baghdad").first)
        #expect(baghdad.isCapital && baghdad.countryCode == "IQ" && baghdad.kind == .city)
        #expect(gaz.places(named: "Tehran").first?.isCapital == true)
        #expect(gaz.places(named: "Washington").first { $0.countryCode == "US" }?.isCapital == true)
        #expect(gaz.places(named: "Sydney").first?.isCapital == false)

        var capitalsByCountry: [String: Int] = [:]
        for place in gaz.allPlaces where place.isCapital {
            let code = try #require(place.countryCode)
            capitalsByCountry[code, default: 0] += 1
            #expect(gaz.country(code: code)?.capital == place.name, "\(place.name)")
        }
        #expect(capitalsByCountry.values.allSatisfy { $0 == 1 })
        #expect(capitalsByCountry.count >= 240)
    }

    @Test func placesComeMostPopulousFirst() {
        #expect(gaz.places(named: "London").first?.countryCode == "GB")
        #expect(gaz.places(named: "Paris").first?.countryCode == "FR")
        #expect(gaz.places(named: "Tripoli").first?.countryCode == "LY")
        let springfields = gaz.places(named: "Springfield")
        #expect(springfields.count > 3)
        #expect(zip(springfields, springfields.dropFirst()).allSatisfy { $0.population >= $1.population })
        #expect(gaz.places(named: "Xqzville").isEmpty)
    }

    @Test func asciiNamesFindAccentedPlaces() {
        #expect(gaz.places(named: "Sao Paulo").first?.name == "São Paulo")
        #expect(gaz.places(named: "São Paulo").first?.countryCode == "BR")
    }

    @Test func newsAliasesAndSmallNewsPlaces() {
        #expect(gaz.places(named: "Basra").first?.name == "Basrah")
        #expect(gaz.places(named: "Fallujah").first?.countryCode == "IQ")
        #expect(gaz.places(named: "Kiev").first?.name == "Kyiv")
        #expect(gaz.places(named: "Mecca").first?.countryCode == "SA")
        #expect(gaz.isAmbiguousPlaceName("Mecca"))  // "a mecca for"
        #expect(gaz.places(named: "Davos").first?.countryCode == "CH")
        #expect(gaz.places(named: "Davos").first?.population == 0)
    }

    @Test func regionsAndContinents() {
        let middleEast = gaz.places(named: "Middle East").first
        #expect(middleEast?.kind == .region && middleEast?.countryCode == nil && middleEast?.population == 0)
        #expect(gaz.places(named: "Gaza Strip").first?.countryCode == "PS")
        #expect(gaz.places(named: "Scotland").first?.countryCode == "GB")
        #expect(gaz.places(named: "Chechnya").first?.countryCode == "RU")
        #expect(gaz.places(named: "Tibet").first?.countryCode == "CN")
        #expect(gaz.places(named: "Kashmir").first?.countryCode == nil)
        #expect(gaz.places(named: "Europe").first?.kind == .continent)
        #expect(gaz.places(named: "Texas").first { $0.kind == .region }?.countryCode == "US")
        #expect(gaz.places(named: "Ontario").contains { $0.kind == .region && $0.countryCode == "CA" })
        // A region named like a city sorts after the city (population 0).
        #expect(gaz.places(named: "Victoria").last?.kind == .region)
    }

    @Test func givenNamesAndSurnames() {
        for name in ["John", "Mary", "Esmail", "Farhad", "Mohammed", "Qassem", "Vladimir", "Angela", "Xi", "Mark", "Bill"] {
            #expect(gaz.isGivenName(name), "\(name)")
        }
        for word in ["May", "June", "Will", "Hope", "Major", "john", "JOHN", "Baghdad", "The"] {
            #expect(!gaz.isGivenName(word), "\(word)")
        }
        for name in ["Smith", "Brown", "Johnson", "Erdogan", "Khamenei"] {
            #expect(gaz.isSurname(name), "\(name)")
        }
        #expect(!gaz.isSurname("smith"))
        #expect(!gaz.isSurname("Xqzt"))
    }

    @Test func ambiguousPlaceNames() {
        for name in ["Reading", "Nice", "Mobile", "Charlotte", "Florence", "Jordan", "Georgia", "Turkey", "Chad"] {
            #expect(gaz.isAmbiguousPlaceName(name), "\(name)")
        }
        for name in ["Baghdad", "Tehran", "London", "Iraq", "Gaza", "Springfield", "Narnia"] {
            #expect(!gaz.isAmbiguousPlaceName(name), "\(name)")
        }
        // Small towns named like words are dropped, not just flagged.
        #expect(gaz.places(named: "Of").isEmpty)
        #expect(gaz.places(named: "Best").isEmpty)
    }

    @Test func everyShippedRowParses() {
        #expect(gaz.malformedRecords == [])
        let countryLines = LexiconFile.named("countries.tsv").records.count
        #expect(gaz.allCountries.count == countryLines)
        #expect(gaz.allCountries.count >= 245)
        #expect(Set(gaz.allCountries.map(\.code)).count == gaz.allCountries.count)
        for c in gaz.allCountries {
            #expect(c.code.utf8.count == 2 && c.code.utf8.allSatisfy { (65...90).contains($0) }, "\(c.code)")
            #expect((-90...90).contains(c.latitude) && (-180...180).contains(c.longitude), "\(c.code)")
        }
        var owner: [String: String] = [:]
        for c in gaz.allCountries {
            for form in [c.name] + c.variants + c.adjectives + c.demonymPlurals {
                #expect(!form.isEmpty && form.first != " " && form.last != " ", "\(c.code): '\(form)'")
                #expect(owner[form] == nil || owner[form] == c.code, "\(form) in \(owner[form] ?? "") and \(c.code)")
                owner[form] = c.code
            }
        }
        let placeLines = LexiconFile.named("cities.tsv").records.count + LexiconFile.named("regions.tsv").records.count
        #expect(gaz.allPlaces.count == placeLines)
        #expect(gaz.allPlaces.allSatisfy { (-90...90).contains($0.latitude) && (-180...180).contains($0.longitude) })
        #expect(gaz.allPlaces.allSatisfy { $0.name.first != " " && $0.name.last != " " && $0.population >= 0 })
    }
}

/// Invented lexicons: parsing rules and bad input.
@Suite struct GazetteerParsingTests {
    let countries = """
        # code\tname\tvariants\tadjectives\tplurals\tcapital\tlat\tlon\tambiguous
        QX\tQuixland\tQX|Q.X.|Republic of Quix\tQuixian\tQuixians\tQuixton\t10.5\t20.25\tQuixland
        QY\tYonder\t\t\t\t\tnorth\t0
        QZ
        """
    let cities = """
        Quixton\t\tQX\t50000\t10.5\t20.25\t1\t
        Smalltown\t\tQX\t20000\t11\t21\t\tw
        Bigtown\t\tQX\t90000\t12\t22\t\t
        Smalltown\t\tQY\t30000\t1\t2\t\t
        Ünïcode\tUnicode\tQX\t15000\t1\t1\t\t
        Broken\tQX\t15000
        Aliased\t\tQX\t40000\t3\t4\t\t\tOld Name|Wordy\tWordy
        Short\t\tQX\t16000\t5\t6
        \t\t
        """
    let regions = "Quix Basin\tQX\tregion\t9\t19\t\nNowhere\t\tocean\t0\t0\t\n"

    var gaz: Gazetteer {
        Gazetteer(countries: countries, cities: cities, regions: regions,
                  givenNames: "# given\nAda\n\nZed\r\n", surnames: "Quill\n")
    }

    @Test func malformedLinesAreReportedNotFatal() {
        let g = gaz
        #expect(g.malformedRecords.count == 4)
        #expect(g.malformedRecords.contains { $0.hasPrefix("countries.tsv:3:") })  // lat "north"
        #expect(g.malformedRecords.contains { $0.hasPrefix("countries.tsv:4:") })  // one field
        #expect(g.malformedRecords.contains { $0.hasPrefix("cities.tsv:6:") })
        #expect(g.malformedRecords.contains { $0.hasPrefix("regions.tsv:2:") })    // unknown kind
        #expect(g.allCountries.map(\.code) == ["QX"])
    }

    @Test func lookupsOnInventedData() {
        let g = gaz
        #expect(g.country(named: "Q.X.")?.name == "Quixland")
        #expect(g.country(named: "qx") == nil)
        #expect(g.country(named: "republic of quix")?.code == "QX")
        #expect(g.country(adjective: "quixians")?.code == "QX")
        #expect(g.places(named: "Smalltown").map(\.population) == [30000, 20000])
        #expect(g.places(named: "Unicode").first?.name == "Ünïcode")
        #expect(g.isAmbiguousPlaceName("Smalltown") && g.isAmbiguousPlaceName("Quixland"))
        #expect(!g.isAmbiguousPlaceName("Bigtown"))
        #expect(g.isGivenName("Zed") && g.isGivenName("Ada") && !g.isGivenName("# given"))
        #expect(g.isSurname("Quill"))
        #expect(g.places(named: "Quixton").first?.isCapital == true)
        #expect(g.places(named: "Quix Basin").first?.kind == .region)
        #expect(g.places(named: "Old Name").first?.name == "Aliased")
        #expect(g.isAmbiguousPlaceName("Wordy") && !g.isAmbiguousPlaceName("Old Name"))
        #expect(g.places(named: "Short").first?.isCapital == false)
    }

    @Test func numbersParseLikeTheStandardLibrary() {
        let line = "33.34\t-0.13\t-122.1\t0\t7216000\t1e5\t1.2.3\t-\t.5\t12a"
        GeoTSV.forEachRecord(in: line) { r in
            for i in 0..<4 { #expect(r.double(i) == Double(r.string(i)), "\(r.string(i))") }
            #expect(r.int(4) == 7_216_000)
            #expect(r.double(8) == 0.5)
            for i in [5, 6, 7, 9] { #expect(r.double(i) == nil, "\(r.string(i))") }
            #expect(r.int(1) == nil && r.int(0) == nil && r.int(99) == nil)
            #expect(r.equals(3, "0") && !r.equals(3, "00"))
        }
    }

    @Test func acronymRule() {
        #expect(Gazetteer.isAcronym("US") && Gazetteer.isAcronym("U.S.") && Gazetteer.isAcronym("UAE"))
        #expect(!Gazetteer.isAcronym("Us") && !Gazetteer.isAcronym("DR Congo") && !Gazetteer.isAcronym("IRELAND"))
        #expect(!Gazetteer.isAcronym("") && !Gazetteer.isAcronym("..."))
    }
}

/// Load time of the real lexicons; meaningful in release (`swift test -c release`), printed for the report.
@Test func gazetteerLoadTime() {
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = Gazetteer() }
    print("Gazetteer load: \(elapsed)")
    #expect(elapsed < .seconds(5))  // a catastrophe guard in debug builds; release target is < 50 ms
}
