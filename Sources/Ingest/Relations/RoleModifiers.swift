/// What the lowercase words before a role noun say about the role (`role-modifiers.tsv`, format
/// in `Sources/Ingest/Lexicons/README.md`): "managing director" is the director of the body,
/// "deputy head" is a member of it, "communications chief" heads a unit of it.
final class RoleModifiers: Sendable {
    static let shared = RoleModifiers()

    enum Kind: Sendable, Equatable {
        /// How, when or at what rank the role is held: the role stays as it is.
        case rank
        /// Second to the role's holder: a member of the body.
        case deputy
        /// Any other word: a part of the body the person heads ("research unit head").
        case unit
    }

    private let kinds: [String: Kind]

    private init() {
        var kinds: [String: Kind] = [:]
        for r in LexiconFile.named("role-modifiers.tsv").records where r.count >= 2 {
            kinds[String(r[0])] = r[1] == "deputy" ? .deputy : .rank
        }
        self.kinds = kinds
    }

    func kind(_ word: String) -> Kind { kinds[word] ?? .unit }

    /// The relation a role noun states after these modifier words: a deputy is a member of the
    /// body; a leader of a unit is a member of an organisation (`ofCountry` false) and nothing of a
    /// country or place (a country's "opposition leader" or "central bank governor" leads no country);
    /// a unit's spokesperson speaks for no country or place ("Norvex City police spokesman").
    func relation(_ relation: String, after words: [String], ofCountry: Bool) -> String? {
        let kinds = words.map(kind)
        if kinds.contains(.deputy) { return relation == "leader_of" ? "member_of" : relation }
        guard kinds.contains(.unit) else { return relation }
        switch relation {
        case "leader_of": return ofCountry ? nil : "member_of"
        case "spokesperson_of": return ofCountry ? nil : relation
        default: return relation
        }
    }
}
