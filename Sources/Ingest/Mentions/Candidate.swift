import EventModel

/// A name found in the text before linking: a capitalised span (titles stripped) with the
/// type its own words and the lexicons suggest.
struct Candidate: Sendable {
    enum Evidence: Int, Sendable, Comparable {
        /// No cue at all: typed later from the rest of the document.
        case guess = 0
        /// A cue word (a title, a given name, an organisation tail).
        case cue = 1
        /// A lexicon entry (a country, a known organisation, a city).
        case lexicon = 2
        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    var tokens: Range<Int>
    var start: Int
    var end: Int
    var sentence: Int
    var text: String
    var type: EntityType?
    var subtype: String?
    var evidence: Evidence
    /// For countries and known organisations: the name every form links to.
    var canonical: String?
    var countryCode: String?
    /// `canonical` is the office holder the title names (`President Obama` as Barack Obama beside
    /// a Michelle Obama), which the linker keeps instead of the article's namesake.
    var namesHolder: Bool = false
    /// The title written before the name (`prime minister`), lowercase.
    var title: String?
    /// Token where the title (or nationality before it) starts, when one was stripped.
    var titleStart: Int?
    /// Country of a nationality adjective before the title (`Iraqi Prime Minister ...`).
    var titleCountry: String?
    var isSentenceInitial: Bool
    var isHeading: Bool
    /// The word after a hyphen when the name is the first half of `Iran-backed`.
    var hyphenSuffix: String?
    /// A capital standing for its government (`Washington blamed ...`).
    var isMetonym: Bool = false
}

extension Candidate {
    /// Types the candidate as a country the gazetteer knows.
    mutating func markCountry(_ country: Country) {
        type = .location; subtype = "country"; canonical = country.name; countryCode = country.code
        evidence = .lexicon
    }

    /// Types the candidate as a city or region the gazetteer knows.
    mutating func markPlace(_ place: Place) {
        type = .location; subtype = place.kind == .city ? "city" : "region"; countryCode = place.countryCode
        evidence = .lexicon
    }

    /// Types the candidate as an organisation the lexicon knows by name.
    mutating func markKnownOrg(_ org: Lexicons.KnownOrg) {
        type = .organization; subtype = org.subtype; canonical = org.canonical; evidence = .lexicon
    }
}
