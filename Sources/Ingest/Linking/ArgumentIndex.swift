import EventModel

/// What an event or relation can take as an argument at a token: a name, a descriptor
/// standing for a person (`the chief of Iran's elite Quds Force`), an unnamed group
/// (`allied militant groups`) or a resolved pronoun.
struct Arg: Sendable {
    enum Kind: Sendable { case name, descriptor, group, pronoun }
    var tokens: Range<Int>
    var entity: Int
    var kind: Kind
}

/// The entities of the document as they are built, and the argument at every token.
struct DocumentState {
    var entities: [Entity]
    var mentions: [Mention]
    /// The argument covering each token, if any.
    var argAt: [Arg?]
    /// Names only (a descriptor covering a name does not hide it here): for relations.
    var nameAt: [Arg?]
    /// Unnamed groups by head noun, so `the groups` finds `allied militant groups`.
    var groupByHead: [String: Int] = [:]
    /// Sentence of every token, for distance limits.
    var sentenceOf: [Int]
    /// Persons whose honorific says their sex ("Mr", "Ms"): HonorificGender.
    var sexOf: [Int: HonorificGender.Sex] = [:]

    init(entities: [Entity], mentions: [Mention], tokenCount: Int, sentences: [Sentence]) {
        self.entities = entities
        self.mentions = mentions
        argAt = [Arg?](repeating: nil, count: tokenCount)
        nameAt = argAt
        sentenceOf = [Int](repeating: 0, count: tokenCount)
        for (i, s) in sentences.enumerated() { for t in s.tokens { sentenceOf[t] = i } }
    }

    mutating func set(_ arg: Arg) {
        for t in arg.tokens {
            argAt[t] = arg
            if arg.kind == .name { nameAt[t] = arg }
        }
    }

    /// The document's entity for `country`, made if the article has none yet, with `text` at
    /// `span` as one of its mentions and aliases: a nationality word ("Iranian", "South Korean")
    /// standing for its country as a party.
    mutating func country(_ country: Country, text: String, span: TextSpan, sentence: Int) -> Int {
        let e: Int
        if let known = entities.firstIndex(where: { $0.countryCode == country.code && $0.subtype == "country" }) {
            e = known
        } else {
            e = entities.count
            entities.append(Entity(name: country.name, type: .location, subtype: "country", countryCode: country.code))
        }
        // (Asked twice for one word, "Peru-Chile" in a headline read for two sets of talks, it is one mention.)
        if !mentions.contains(where: { $0.span == span && $0.entity == e }) {
            mentions.append(Mention(text: text, span: span, sentence: sentence, entity: e))
        }
        if !entities[e].aliases.contains(text) { entities[e].aliases.append(text) }
        return e
    }

    /// The last argument before token `t` (within `sentences` sentences) whose entity fits.
    func lastArg(before t: Int, within sentences: Int, where fits: (Entity, Arg) -> Bool) -> Arg? {
        guard t > 0 else { return nil }
        let limit = sentenceOf[t] - sentences
        var k = t - 1
        while k >= 0, sentenceOf[k] >= limit {
            if let a = argAt[k], a.kind != .pronoun, fits(entities[a.entity], a) { return a }
            k -= 1
        }
        return nil
    }
}
