public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, location
}

/// A person, organisation or place as one article knows it.
public struct Entity: Sendable, Hashable, Codable {
    /// The fullest name the article gives (`Esmail Qaani`, `United States`).
    public var name: String
    public var type: EntityType
    /// `country`, `city`, `facility`, `government`, `armed_group`, `media`, `group`, … or nil.
    public var subtype: String?
    /// Every other form the article uses for it (`Qaani`, `US`, `Washington`).
    public var aliases: [String]
    /// ISO 3166 alpha-2 code for countries, when known: lets the store merge `US` and `United States`.
    public var countryCode: String?
    /// Why aliases were linked (`surname of Esmail Qaani`, `acronym`), for `entity NAME`.
    public var linkReasons: [String]
    /// WGS 84 coordinates of a place, from the gazetteer (nil when unknown or not a place).
    public var latitude: Double?
    public var longitude: Double?
    /// Titles and roles the article gives a person (`foreign minister`, `striker`), for telling
    /// namesakes apart across articles.
    public var roles: [PersonRole]

    public init(name: String, type: EntityType, subtype: String? = nil, aliases: [String] = [],
                countryCode: String? = nil, linkReasons: [String] = [],
                latitude: Double? = nil, longitude: Double? = nil, roles: [PersonRole] = []) {
        self.name = name
        self.type = type
        self.subtype = subtype
        self.aliases = aliases
        self.countryCode = countryCode
        self.linkReasons = linkReasons
        self.latitude = latitude
        self.longitude = longitude
        self.roles = roles
    }
}

/// A surface span linked to an entity.
public struct Mention: Sendable, Hashable, Codable {
    public var text: String
    public var span: TextSpan
    /// Index into `Document.sentences`.
    public var sentence: Int
    /// Index into `Document.entities`.
    public var entity: Int

    public init(text: String, span: TextSpan, sentence: Int, entity: Int) {
        self.text = text
        self.span = span
        self.sentence = sentence
        self.entity = entity
    }
}
