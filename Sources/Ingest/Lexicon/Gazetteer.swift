// STUB: replaced by the lexicons branch
// A small inline gazetteer with the real API, so extraction can be built and tested
// before the GeoNames-based lexicons land. Coordinates are approximate capital positions.

public struct Country: Sendable, Hashable {
    public let code: String
    public let name: String
    public let variants: [String]
    public let adjectives: [String]
    public let demonymPlurals: [String]
    public let capital: String?
    public let latitude: Double, longitude: Double
}

public struct Place: Sendable, Hashable {
    public let name: String
    public let countryCode: String?
    public let kind: PlaceKind
    public let population: Int
    public let latitude: Double, longitude: Double
    public let isCapital: Bool
}

public enum PlaceKind: String, Sendable { case city, region, continent }

public final class Gazetteer: Sendable {
    public static let shared = Gazetteer()

    private let countriesByName: [String: Country]
    private let countriesByLowerName: [String: Country]
    private let countriesByAdjective: [String: Country]
    private let countriesByCode: [String: Country]
    private let placesByName: [String: [Place]]
    private let givenNames: Set<String>
    private let surnames: Set<String>
    public let allCountries: [Country]

    private init() {
        // code, name, variants, adjectives, plurals, capital, lat, lon
        let raw: [(String, String, [String], [String], [String], String, Double, Double)] = [
            ("US", "United States", ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"], ["American", "US", "U.S."], ["Americans"], "Washington", 38.9, -77.0),
            ("GB", "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["British", "UK"], ["Britons", "Brits"], "London", 51.5, -0.1),
            ("IR", "Iran", ["Islamic Republic of Iran", "Persia"], ["Iranian"], ["Iranians"], "Tehran", 35.7, 51.4),
            ("IQ", "Iraq", [], ["Iraqi"], ["Iraqis"], "Baghdad", 33.3, 44.4),
            ("SY", "Syria", ["Syrian Arab Republic"], ["Syrian"], ["Syrians"], "Damascus", 33.5, 36.3),
            ("JO", "Jordan", [], ["Jordanian"], ["Jordanians"], "Amman", 31.9, 35.9),
            ("IL", "Israel", [], ["Israeli"], ["Israelis"], "Jerusalem", 31.8, 35.2),
            ("RU", "Russia", ["Russian Federation"], ["Russian"], ["Russians"], "Moscow", 55.8, 37.6),
            ("CN", "China", ["People's Republic of China", "PRC"], ["Chinese"], ["Chinese"], "Beijing", 39.9, 116.4),
            ("FR", "France", [], ["French"], ["French"], "Paris", 48.9, 2.4),
            ("DE", "Germany", [], ["German"], ["Germans"], "Berlin", 52.5, 13.4),
            ("PK", "Pakistan", [], ["Pakistani"], ["Pakistanis"], "Islamabad", 33.7, 73.0),
            ("IN", "India", [], ["Indian"], ["Indians"], "New Delhi", 28.6, 77.2),
            ("ES", "Spain", [], ["Spanish"], ["Spaniards"], "Madrid", 40.4, -3.7),
            ("IT", "Italy", [], ["Italian"], ["Italians"], "Rome", 41.9, 12.5),
            ("JP", "Japan", [], ["Japanese"], ["Japanese"], "Tokyo", 35.7, 139.7),
            ("KP", "North Korea", ["DPRK"], ["North Korean"], ["North Koreans"], "Pyongyang", 39.0, 125.8),
            ("KR", "South Korea", ["Korea"], ["South Korean"], ["South Koreans"], "Seoul", 37.6, 127.0),
            ("AF", "Afghanistan", [], ["Afghan"], ["Afghans"], "Kabul", 34.5, 69.2),
            ("SA", "Saudi Arabia", [], ["Saudi"], ["Saudis"], "Riyadh", 24.7, 46.7),
            ("EG", "Egypt", [], ["Egyptian"], ["Egyptians"], "Cairo", 30.0, 31.2),
            ("TR", "Turkey", ["Türkiye"], ["Turkish"], ["Turks"], "Ankara", 39.9, 32.9),
            ("LB", "Lebanon", [], ["Lebanese"], ["Lebanese"], "Beirut", 33.9, 35.5),
            ("UA", "Ukraine", [], ["Ukrainian"], ["Ukrainians"], "Kyiv", 50.5, 30.5),
            ("CA", "Canada", [], ["Canadian"], ["Canadians"], "Ottawa", 45.4, -75.7),
            ("MX", "Mexico", [], ["Mexican"], ["Mexicans"], "Mexico City", 19.4, -99.1),
            ("BR", "Brazil", [], ["Brazilian"], ["Brazilians"], "Brasilia", -15.8, -47.9),
            ("AU", "Australia", [], ["Australian"], ["Australians"], "Canberra", -35.3, 149.1),
            ("IE", "Ireland", ["Irish Republic"], ["Irish"], ["Irish"], "Dublin", 53.3, -6.3),
            ("NL", "Netherlands", ["Holland"], ["Dutch"], ["Dutch"], "Amsterdam", 52.4, 4.9),
            ("BE", "Belgium", [], ["Belgian"], ["Belgians"], "Brussels", 50.8, 4.4),
            ("CH", "Switzerland", [], ["Swiss"], ["Swiss"], "Bern", 46.9, 7.4),
            ("SE", "Sweden", [], ["Swedish"], ["Swedes"], "Stockholm", 59.3, 18.1),
            ("PL", "Poland", [], ["Polish"], ["Poles"], "Warsaw", 52.2, 21.0),
            ("GR", "Greece", [], ["Greek"], ["Greeks"], "Athens", 38.0, 23.7),
            ("NG", "Nigeria", [], ["Nigerian"], ["Nigerians"], "Abuja", 9.1, 7.5),
            ("ZA", "South Africa", [], ["South African"], ["South Africans"], "Pretoria", -25.7, 28.2),
            ("KE", "Kenya", [], ["Kenyan"], ["Kenyans"], "Nairobi", -1.3, 36.8),
            ("PS", "Palestine", ["Palestinian Territories"], ["Palestinian"], ["Palestinians"], "Ramallah", 31.9, 35.2),
            ("YE", "Yemen", [], ["Yemeni"], ["Yemenis"], "Sanaa", 15.4, 44.2),
            ("LY", "Libya", [], ["Libyan"], ["Libyans"], "Tripoli", 32.9, 13.2),
            ("SD", "Sudan", [], ["Sudanese"], ["Sudanese"], "Khartoum", 15.6, 32.5),
            ("VE", "Venezuela", [], ["Venezuelan"], ["Venezuelans"], "Caracas", 10.5, -66.9),
            ("CU", "Cuba", [], ["Cuban"], ["Cubans"], "Havana", 23.1, -82.4),
        ]
        var countries: [Country] = []
        for r in raw {
            countries.append(Country(code: r.0, name: r.1, variants: r.2, adjectives: r.3, demonymPlurals: r.4,
                                     capital: r.5, latitude: r.6, longitude: r.7))
        }
        var byName: [String: Country] = [:], byLower: [String: Country] = [:], byAdj: [String: Country] = [:]
        var byCode: [String: Country] = [:]
        for c in countries {
            byCode[c.code] = c
            for n in [c.name] + c.variants {
                byName[n] = c
                let isAcronym = n.count <= 4 && n.uppercased() == n
                if !isAcronym { byLower[n.lowercased()] = c }
            }
            for a in c.adjectives + c.demonymPlurals { byAdj[a] = c }
        }
        let cities: [(String, String?, PlaceKind, Int, Bool)] = [
            ("Washington", "US", .city, 700_000, true), ("New York", "US", .city, 8_000_000, false),
            ("London", "GB", .city, 8_900_000, true), ("Manchester", "GB", .city, 550_000, false),
            ("Birmingham", "GB", .city, 1_100_000, false), ("Edinburgh", "GB", .city, 500_000, false),
            ("Glasgow", "GB", .city, 600_000, false), ("Gateshead", "GB", .city, 120_000, false),
            ("Tehran", "IR", .city, 8_700_000, true), ("Baghdad", "IQ", .city, 7_200_000, true),
            ("Basra", "IQ", .city, 1_300_000, false), ("Mosul", "IQ", .city, 1_400_000, false),
            ("Damascus", "SY", .city, 2_000_000, true), ("Amman", "JO", .city, 4_000_000, true),
            ("Jerusalem", "IL", .city, 900_000, true), ("Tel Aviv", "IL", .city, 450_000, false),
            ("Moscow", "RU", .city, 12_000_000, true), ("Beijing", "CN", .city, 21_000_000, true),
            ("Paris", "FR", .city, 2_100_000, true), ("Berlin", "DE", .city, 3_600_000, true),
            ("Islamabad", "PK", .city, 1_000_000, true), ("Karachi", "PK", .city, 15_000_000, false),
            ("New Delhi", "IN", .city, 300_000, true), ("Delhi", "IN", .city, 16_000_000, false),
            ("Madrid", "ES", .city, 3_200_000, true), ("Rome", "IT", .city, 2_800_000, true),
            ("Tokyo", "JP", .city, 14_000_000, true), ("Pyongyang", "KP", .city, 3_000_000, true),
            ("Seoul", "KR", .city, 9_700_000, true), ("Kabul", "AF", .city, 4_400_000, true),
            ("Riyadh", "SA", .city, 7_600_000, true), ("Cairo", "EG", .city, 9_500_000, true),
            ("Ankara", "TR", .city, 5_600_000, true), ("Istanbul", "TR", .city, 15_000_000, false),
            ("Beirut", "LB", .city, 2_400_000, true), ("Kyiv", "UA", .city, 2_900_000, true),
            ("Brussels", "BE", .city, 1_200_000, true), ("Geneva", "CH", .city, 200_000, false),
            ("Dublin", "IE", .city, 550_000, true), ("Sydney", "AU", .city, 5_300_000, false),
            ("Ottawa", "CA", .city, 1_000_000, true), ("Tripoli", "LY", .city, 1_100_000, true),
            ("Middle East", nil, .region, 0, false), ("Europe", nil, .continent, 0, false),
            ("Asia", nil, .continent, 0, false), ("Africa", nil, .continent, 0, false),
            ("Gaza", "PS", .region, 2_000_000, false), ("West Bank", "PS", .region, 3_000_000, false),
            ("Kurdistan", "IQ", .region, 5_000_000, false), ("Scotland", "GB", .region, 5_400_000, false),
            ("Wales", "GB", .region, 3_100_000, false), ("England", "GB", .region, 56_000_000, false),
            ("California", "US", .region, 39_000_000, false), ("Texas", "US", .region, 29_000_000, false),
        ]
        var places: [String: [Place]] = [:]
        for c in cities {
            let cc = c.1.flatMap { byCode[$0] }
            places[c.0, default: []].append(Place(name: c.0, countryCode: c.1, kind: c.2, population: c.3,
                                                  latitude: cc?.latitude ?? 0, longitude: cc?.longitude ?? 0,
                                                  isCapital: c.4))
        }
        countriesByName = byName
        countriesByLowerName = byLower
        countriesByAdjective = byAdj
        countriesByCode = byCode
        placesByName = places
        allCountries = countries
        givenNames = ["Esmail", "Ismail", "Qassem", "Qasem", "Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ali", "Hassan",
                      "Hussein", "Farhad", "John", "James", "David", "Michael", "Robert", "William", "Richard", "Thomas",
                      "Tony", "Gordon", "George", "Jack", "Peter", "Paul", "Mark", "Andrew", "Charles", "Michael",
                      "Mary", "Elizabeth", "Sarah", "Anne", "Jane", "Margaret", "Hillary", "Theresa", "Angela",
                      "Vladimir", "Xi", "Emmanuel", "Joe", "Donald", "Barack", "Boris", "Nicolas", "Jacques",
                      "Gerhard", "Silvio", "Kofi", "Ban", "Nelson", "Pervez", "Ariel", "Mahmoud", "Yasser", "Kim",
                      "Steve", "Bill", "Chris", "Kevin", "Brian", "Alan", "Ian", "Simon", "Martin", "Lisa", "Susan"]
        surnames = ["Smith", "Jones", "Brown", "Johnson", "Williams", "Taylor", "Davies", "Wilson", "Evans",
                    "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
                    "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner"]
    }

    public func country(named name: String) -> Country? {
        if let c = countriesByName[name] { return c }
        let isAcronym = name.count <= 4 && name.uppercased() == name
        return isAcronym ? nil : countriesByLowerName[name.lowercased()]
    }

    public func country(adjective: String) -> Country? { countriesByAdjective[adjective] }

    public func country(code: String) -> Country? { countriesByCode[code] }

    public func places(named name: String) -> [Place] {
        (placesByName[name] ?? []).sorted { $0.population > $1.population }
    }

    public func isGivenName(_ s: String) -> Bool { givenNames.contains(s) }

    public func isSurname(_ s: String) -> Bool { surnames.contains(s) }
}
