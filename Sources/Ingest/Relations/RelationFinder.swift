import EventModel

/// Relations between entities, from the way news names people and bodies:
/// - role descriptions resolved to a person (`the chief of Iran's elite Quds Force` -> leader_of);
/// - possessive roles: `Sudani's foreign affairs advisor Farhad Alaadin` -> advisor_to,
///   `Qaani's predecessor, Qassem Soleimani` -> predecessor_of;
/// - a country's state organ: `Iran's elite Quds Force`, `Japan's Finance Ministry` -> part_of
///   (not its companies, teams or parties);
/// - an organisation's role holder: `Quds Force commander Esmail Qaani` -> leader_of; a unit word
///   before the role makes a member (`Norvex communications chief X` -> member_of; of a country:
///   nothing, `Chile's central bank governor`), as `RoleModifiers` reads the words;
/// - a nationality before a title: `Iraqi Prime Minister X` -> leader_of Iraq; lowercase titles and
///   appositions (`X, the Chilean foreign minister,`) in `NationalityRoles`;
/// - affiliations: `the Iran-backed group Kataib Hezbollah` -> backed_by, `-aligned` -> allied_with;
/// - cities in a country the article names -> located_in.
struct RelationFinder {
    let tokens: [Token]
    let sentences: [Sentence]
    private let lex = Lexicons.shared

    /// Organisations that a country's possessive makes part of the state: its ministries and
    /// agencies, its forces ("Iran's elite Quds Force"). A country's company, team, newspaper,
    /// party or the bloc it belongs to is no part of it ("Japan's Toyota", "France's squad",
    /// "Turkey's entry into the EU").
    static let stateOrganSubtypes: Set<String> = ["government", "armed_group"]

    func find(_ state: DocumentState, descriptors: [Descriptor], candidates: [Candidate], links: [Int?]) -> [Relation] {
        var out: [Relation] = []
        func add(_ s: Int, _ p: Predicate, _ o: Int, _ si: Int, _ a: Int, _ b: Int, _ conf: Double = 0.7) {
            guard s != o, !out.contains(where: { $0.subject == s && $0.predicate == p && $0.object == o }) else { return }
            out.append(Relation(subject: s, predicate: p, object: o, sentence: si,
                                span: TextSpan(start: tokens[a].start, end: tokens[b - 1].end), confidence: conf))
        }
        func predicate(_ relation: String) -> Predicate? { Predicate(rawValue: relation) }

        for d in descriptors {
            if let p = predicate(d.relation) { add(d.person, p, d.organization, d.sentence, d.tokens.lowerBound, d.tokens.upperBound) }
        }
        var countryOf: [String: Int] = [:]
        for (i, e) in state.entities.enumerated() where e.subtype == "country" { if let cc = e.countryCode { countryOf[cc] = i } }
        let nationalities = NationalityRoles(tokens: tokens)
        for (si, s) in sentences.enumerated() {
            for r in nationalities.find(s, state, countryOf: countryOf) {
                add(r.person, r.predicate, r.country, si, r.tokens.lowerBound, r.tokens.upperBound, 0.6)
            }
            let end = s.tokens.upperBound
            var k = s.tokens.lowerBound
            while k < end {
                guard let x = state.nameAt[k], x.kind == .name else { k += 1; continue }
                let xe = state.entities[x.entity]
                var j = x.tokens.upperBound
                defer { k = max(k + 1, x.tokens.upperBound) }
                let possessive = j < end && tokens[j].lower == "'s"
                if possessive { j += 1 }
                // Up to three modifier words, then a role noun or a named body.
                var m = j
                var roleEnd: Int? = nil
                var relation: String? = nil
                while m < min(end, j + 5) {
                    if let y = state.nameAt[m], y.kind == .name { break }
                    let w = tokens[m].lower
                    if tokens[m].kind != .word { break }
                    // A capitalised title after a place starts a new phrase ("In Lima President X
                    // said"); after a body a role noun is the body's ("Labour MP X"), not a head of
                    // state's title ("Ryman Premier League").
                    if !tokens[m].isCap || possessive || xe.type == .organization && lex.titles[w]?.personOnly == false,
                       let role = roleNoun(at: m, end) { relation = role.relation; roleEnd = role.end; break }
                    // "Mugabe last week fired deputy X": a clause, not a role's modifiers.
                    if lex.stopWords[w] == .function || lex.triggers[w] != nil { break }
                    if lex.timeWords[w] != nil, RoleModifiers.shared.kind(w) != .rank { break }
                    m += 1
                }
                // "Trump adviser X" names a person's role only right after the name ("DiCaprio
                // described director X" is a clause).
                if !possessive, xe.type == .person, m > j { continue }
                // "Norvex communications chief X" heads a unit of Norvex; "Norvex deputy head X" is a member.
                if roleEnd != nil, let r = relation {
                    relation = RoleModifiers.shared.relation(r, after: (j..<m).map { tokens[$0].lower }, ofCountry: xe.type == .location)
                    if relation == nil { continue }
                }
                if let re = roleEnd, let r = relation {
                    var n = re
                    if n < end, tokens[n].text == "," { n += 1 }
                    if n < end, let y = state.nameAt[n], y.kind == .name, state.entities[y.entity].type == .person {
                        switch r {
                        case "successor_of": add(x.entity, .predecessorOf, y.entity, si, k, y.tokens.upperBound)
                        default: if let p = predicate(r) { add(y.entity, p, x.entity, si, k, y.tokens.upperBound) }
                        }
                    }
                    continue
                }
                // "Iran's elite Quds Force": an organisation of a country.
                if possessive, xe.type == .location, xe.subtype == "country" {
                    var n = j
                    while n < min(end, j + 3), state.nameAt[n] == nil, tokens[n].kind == .word, !tokens[n].isCap { n += 1 }
                    if n < end, let y = state.nameAt[n], y.kind == .name, state.entities[y.entity].type == .organization,
                       Self.stateOrganSubtypes.contains(state.entities[y.entity].subtype ?? "") {
                        add(y.entity, .partOf, x.entity, si, k, y.tokens.upperBound)
                    }
                }
            }
        }
        // Candidates: hyphen affiliations, nationality titles, and places in a country the article names.
        for (ci, c) in candidates.enumerated() {
            guard let e = links[ci] else { continue }
            if state.entities[e].type == .location, ["city", "region"].contains(state.entities[e].subtype ?? ""),
               let cc = c.countryCode, let country = countryOf[cc], !c.tokens.isEmpty {
                add(e, .locatedIn, country, c.sentence, c.tokens.lowerBound, c.tokens.upperBound, 0.6)
            }
            if let suffix = c.hyphenSuffix {
                let pred: Predicate?
                switch suffix {
                case "backed", "sponsored", "supported", "funded", "controlled", "run", "owned": pred = .backedBy
                case "aligned", "allied", "linked", "affiliated": pred = .alliedWith
                default: pred = nil
                }
                guard let p = pred else { continue }
                // The token holding the hyphenated word.
                guard let t = tokens.firstIndex(where: { $0.start == c.start }) else { continue }
                var n = t + 1
                let end = sentences[c.sentence].tokens.upperBound
                while n < min(end, t + 5) {
                    if let y = state.nameAt[n], y.kind == .name {
                        if state.entities[y.entity].type == .organization { add(y.entity, p, e, c.sentence, t, y.tokens.upperBound) }
                        break
                    }
                    if tokens[n].kind != .word { break }
                    n += 1
                }
            }
            if let title = c.title, let cc = c.titleCountry, let rel = lex.titles[title]?.relation, let p = predicate(rel),
               !NationalityRoles.subnationalOffices.contains(title),
               let country = state.entities.firstIndex(where: { $0.countryCode == cc }) {
                add(e, p, country, c.sentence, max(0, c.tokens.lowerBound - title.split(separator: " ").count - 1), c.tokens.upperBound, 0.6)
            }
        }
        return out
    }

    /// The role noun at `m`, the longest title with a relation ("chief executive", "head"), and
    /// any title right after it that it modifies ("deputy head", "chief spokesman"): then the
    /// last title's relation as the earlier words make it (`RoleModifiers`).
    private func roleNoun(at m: Int, _ end: Int) -> (end: Int, relation: String)? {
        func longest(_ a: Int) -> (end: Int, relation: String)? {
            for n in stride(from: min(lex.maxTitleWords, end - a), through: 1, by: -1) {
                let words = (a..<(a + n)).map { tokens[$0].lower }.joined(separator: " ")
                if let t = lex.titles[words], let r = t.relation { return (a + n, r) }
            }
            return nil
        }
        guard var role = longest(m) else { return nil }
        while role.end < end, tokens[role.end].kind == .word, !tokens[role.end].isCap, let next = longest(role.end) {
            let before = (m..<role.end).map { tokens[$0].lower }
            guard let r = RoleModifiers.shared.relation(next.relation, after: before, ofCountry: false) else { break }
            role = (next.end, r)
        }
        return role
    }
}
