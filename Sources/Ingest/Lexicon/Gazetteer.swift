/// A country as news writes about it. Facts from GeoNames (CC BY 4.0, https://www.geonames.org);
/// news forms team-written (see `Sources/Ingest/Lexicons/README.md`).
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2, "US".
    public let code: String
    /// Canonical short English news name: "United States", "Iran", "United Kingdom".
    public let name: String
    /// Other names as written in news: "U.S.", "US", "USA", "America", "United States of America".
    public let variants: [String]
    /// Adjectival and singular demonym forms: "American", "Iranian", "British", "Briton".
    public let adjectives: [String]
    /// Plural people forms: "Americans", "Iraqis", "Britons", "the British".
    public let demonymPlurals: [String]
    /// The capital as GeoNames names it: "Washington", "Tehran".
    public let capital: String?
    /// The capital's position (GeoNames has no country centroid), else the largest city's.
    public let latitude: Double, longitude: Double
}

/// A city, town, region or continent.
public struct Place: Sendable, Hashable {
    /// "Baghdad"
    public let name: String
    /// "IQ"; nil for supranational or disputed regions like "Middle East" or "Kashmir".
    public let countryCode: String?
    public let kind: PlaceKind
    /// GeoNames population; 0 when unknown (every region and continent).
    public let population: Int
    public let latitude: Double, longitude: Double
    /// The country's capital per GeoNames.
    public let isCapital: Bool
}

public enum PlaceKind: String, Sendable { case city, region, continent }

/// Countries, places and people's names from the embedded lexicons, every lookup one hash probe.
///
/// Files: `countries.tsv`, `cities.tsv`, `regions.tsv`, `given-names.tsv`, `surnames.tsv`
/// (format, sources, licences and the ambiguity rule: `Sources/Ingest/Lexicons/README.md`).
public final class Gazetteer: Sendable {
    /// Parsed once, on first use; `static let` initialisation is thread-safe.
    public static let shared = Gazetteer()

    private let countries: [Country]
    private let countryByCode: [String: Int]
    /// Every name and variant exactly as written ("U.S.", "US", "Britain").
    private let countryByExactName: [String: Int]
    /// Lower-cased names and variants except acronyms, so "iran" finds Iran but "us" finds nothing.
    private let countryByFoldedName: [String: Int]
    private let countryByExactAdjective: [String: Int]
    private let countryByFoldedAdjective: [String: Int]
    private let places: [Place]
    /// Name and ASCII name to the head of a chain in `nameLinks`: no array per name, so the
    /// 33,000 cities load without 33,000 allocations.
    private let firstLinkByName: [String: Int32]
    /// (index into `places`, next link or -1).
    private let nameLinks: [(place: Int32, next: Int32)]
    private let ambiguousPlaceNames: Set<String>
    private let givenNames: Set<String>
    private let surnames: Set<String>
    /// "file:line: reason" for every data line that did not parse (empty for the shipped files).
    public let malformedRecords: [String]

    /// Loads the embedded lexicons.
    convenience init() {
        self.init(
            countries: LexiconFile.named("countries.tsv").text,
            cities: LexiconFile.named("cities.tsv").text,
            regions: LexiconFile.named("regions.tsv").text,
            givenNames: LexiconFile.named("given-names.tsv").text,
            surnames: LexiconFile.named("surnames.tsv").text)
    }

    /// Loads lexicons given as file contents (tests use small invented ones).
    init(countries countriesText: String, cities citiesText: String, regions regionsText: String,
         givenNames givenText: String, surnames surnameText: String) {
        var bad: [String] = []
        var ambiguous = Set<String>()

        var countries: [Country] = []
        var byCode: [String: Int] = [:], exact: [String: Int] = [:], folded: [String: Int] = [:]
        var exactAdjective: [String: Int] = [:], foldedAdjective: [String: Int] = [:]
        var countryReader = GeoTSV.Reader(countriesText)
        while let r = countryReader.next() {
            guard r.count >= 8, r.bounds[0].count == 2, !r.isEmpty(1),
                  let lat = r.double(6), let lon = r.double(7) else {
                bad.append("countries.tsv:\(r.line): expected code, name, variants, adjectives, plurals, capital, lat, lon")
                continue
            }
            let country = Country(
                code: r.string(0), name: r.string(1), variants: r.list(2), adjectives: r.list(3),
                demonymPlurals: r.list(4), capital: r.isEmpty(5) ? nil : r.string(5),
                latitude: lat, longitude: lon)
            let index = countries.count
            countries.append(country)
            byCode[country.code] = index
            for form in [country.name] + country.variants {
                exact[form] = exact[form] ?? index
                if !Gazetteer.isAcronym(form) { folded[Gazetteer.fold(form)] = folded[Gazetteer.fold(form)] ?? index }
            }
            for form in country.adjectives + country.demonymPlurals {
                exactAdjective[form] = exactAdjective[form] ?? index
                if !Gazetteer.isAcronym(form) {
                    foldedAdjective[Gazetteer.fold(form)] = foldedAdjective[Gazetteer.fold(form)] ?? index
                }
            }
            ambiguous.formUnion(r.list(8))
        }
        var places: [Place] = []
        var firstLink: [String: Int32] = [:]
        var links: [(place: Int32, next: Int32)] = []
        places.reserveCapacity(34_000)
        firstLink.reserveCapacity(34_000)
        links.reserveCapacity(36_000)
        func index(_ name: String, _ place: Int) {
            let previous = firstLink.updateValue(Int32(links.count), forKey: name) ?? -1
            links.append((Int32(place), previous))
        }
        func add(_ place: Place, asciiName: String, ambiguousFlag: Bool) {
            index(place.name, places.count)
            if !asciiName.isEmpty && asciiName != place.name { index(asciiName, places.count) }
            if ambiguousFlag {
                ambiguous.insert(place.name)
                if !asciiName.isEmpty { ambiguous.insert(asciiName) }
            }
            places.append(place)
        }
        func code(_ r: GeoTSV.Record, _ i: Int) -> String? { r.isEmpty(i) ? nil : r.string(i) }
        // Trailing empty fields are omitted in cities.tsv, so only the first six are required.
        var cityReader = GeoTSV.Reader(citiesText)
        while let r = cityReader.next() {
            guard r.count >= 6, !r.isEmpty(0), let population = r.int(3),
                  let lat = r.double(4), let lon = r.double(5) else {
                bad.append("cities.tsv:\(r.line): expected name, ascii name, country, population, lat, lon")
                continue
            }
            let placeIndex = places.count
            add(Place(name: r.string(0), countryCode: code(r, 2), kind: .city, population: population,
                      latitude: lat, longitude: lon, isCapital: r.equals(6, "1")),
                asciiName: r.isEmpty(1) ? "" : r.string(1), ambiguousFlag: !r.isEmpty(7))
            if !r.isEmpty(8) {
                for alias in r.list(8) { index(alias, placeIndex) }
                ambiguous.formUnion(r.list(9))
            }
        }
        var regionReader = GeoTSV.Reader(regionsText)
        while let r = regionReader.next() {
            guard r.count >= 5, !r.isEmpty(0), let kind = PlaceKind(rawValue: r.string(2)),
                  let lat = r.double(3), let lon = r.double(4) else {
                bad.append("regions.tsv:\(r.line): expected name, country, kind, lat, lon")
                continue
            }
            add(Place(name: r.string(0), countryCode: code(r, 1), kind: kind, population: 0,
                      latitude: lat, longitude: lon, isCapital: false),
                asciiName: "", ambiguousFlag: !r.isEmpty(5))
        }

        var given = Set<String>(), family = Set<String>()
        given.reserveCapacity(3_000)
        family.reserveCapacity(8_000)
        var givenReader = GeoTSV.Reader(givenText)
        while let r = givenReader.next() { if !r.isEmpty(0) { given.insert(r.string(0)) } }
        var surnameReader = GeoTSV.Reader(surnameText)
        while let r = surnameReader.next() { if !r.isEmpty(0) { family.insert(r.string(0)) } }

        self.countries = countries
        self.countryByCode = byCode
        self.countryByExactName = exact
        self.countryByFoldedName = folded
        self.countryByExactAdjective = exactAdjective
        self.countryByFoldedAdjective = foldedAdjective
        self.places = places
        self.firstLinkByName = firstLink
        self.nameLinks = links
        self.ambiguousPlaceNames = ambiguous
        self.givenNames = given
        self.surnames = family
        self.malformedRecords = bad
    }

    /// The country with this name or variant, exactly as written ("U.S.", "Britain"), or
    /// case-insensitively for forms that are not acronyms ("iran"); "US" matches only in capitals.
    /// A leading "the " is ignored ("the Netherlands", "The United States").
    public func country(named s: String) -> Country? {
        if let i = countryByExactName[s] ?? countryByFoldedName[Gazetteer.fold(s)] { return countries[i] }
        if s.hasPrefix("the ") || s.hasPrefix("The ") { return country(named: String(s.dropFirst(4))) }
        return nil
    }

    /// The country of an adjective, singular demonym or plural people form:
    /// "Iraqi" → Iraq, "Iranians" → Iran, "Britons" → United Kingdom. Acronym forms used
    /// attributively count too, case-sensitively: "U.S." and "US" → United States, "us" → nil.
    public func country(adjective s: String) -> Country? {
        guard let i = countryByExactAdjective[s] ?? countryByFoldedAdjective[Gazetteer.fold(s)] else { return nil }
        return countries[i]
    }

    /// The country with this ISO 3166-1 alpha-2 code ("US"; case-sensitive).
    public func country(code: String) -> Country? {
        countryByCode[code].map { countries[$0] }
    }

    /// Cities, regions and continents with this exact name, ASCII name or news alias ("Basra" for
    /// GeoNames' "Basrah", "Kiev", "Mecca"), most populous first;
    /// [] if none. Regions and continents have population 0, so they come after cities.
    public func places(named s: String) -> [Place] {
        guard var link = firstLinkByName[s] else { return [] }
        var indices: [Int] = []
        while link >= 0 {
            indices.append(Int(nameLinks[Int(link)].place))
            link = nameLinks[Int(link)].next
        }
        // Ties (regions and continents, all 0) keep file order.
        indices.sort { (places[$0].population, $1) > (places[$1].population, $0) }
        return indices.map { places[$0] }
    }

    /// Whether this place or country name is also a common English word ("Reading", "Nice",
    /// "Turkey"), a person's name ("Charlotte", "Jordan", "Georgia") or, for a city or region,
    /// another country's name. False for names that are no place at all.
    public func isAmbiguousPlaceName(_ s: String) -> Bool {
        ambiguousPlaceNames.contains(s)
    }

    /// A given name in title case: "John", "Esmail", "Farhad" (case-sensitive).
    public func isGivenName(_ s: String) -> Bool { givenNames.contains(s) }

    /// A common surname in title case: "Smith", "Brown", "Erdogan" (case-sensitive).
    public func isSurname(_ s: String) -> Bool { surnames.contains(s) }

    /// Every country, ordered by ISO code.
    public var allCountries: [Country] { countries }

    /// Every city, region and continent, in file order (cities by name, then regions by name).
    public var allPlaces: [Place] { places }

    /// An acronym form ("US", "U.S.", "UAE"): one to five letters, all capitals.
    static func isAcronym(_ s: String) -> Bool {
        var letters = 0
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return false
            case 0x80...: return false  // non-ASCII letters are never part of our acronyms
            default: continue
            }
        }
        return letters > 0 && letters <= 5
    }

    /// Case-folded key; the typographic apostrophe is treated as the ASCII one ("Cote d’Ivoire").
    static func fold(_ s: String) -> String {
        let lower = s.lowercased()
        guard lower.utf8.contains(0xE2) else { return lower }
        var scalars = String.UnicodeScalarView()
        for u in lower.unicodeScalars { scalars.append(u == "\u{2019}" ? "'" : u) }
        return String(scalars)
    }
}
