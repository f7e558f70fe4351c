import EventModel

/// A nationality before a title, said of a person beside it, relates the person to that country
/// when the article names the country: "Chilean foreign minister Ann Roe", "the Chilean foreign
/// minister, Ann Roe", "Ann Roe, the Chilean foreign minister, said" -> member_of Chile;
/// "Peruvian president Ann Roe" -> leader_of Peru. (Capitalised titles run into the name and are
/// handled by `MentionFinder`'s title country; these are the lowercase titles and appositions.)
/// Only titles said of a country's office holders count: a role noun ("the Chilean commander")
/// names no office, a leader with a unit word ("the Chilean opposition leader") leads no country,
/// and `subnationalOffices` lead a part of one.
struct NationalityRoles {
    let tokens: [Token]
    private let lex = Lexicons.shared

    /// Titles whose holder leads a state, province or city of the country, not the country.
    static let subnationalOffices: Set<String> = ["governor", "gov", "gov.", "mayor", "first minister"]

    struct Found {
        var person: Int
        var predicate: Predicate
        var country: Int
        var tokens: Range<Int>
    }

    /// Every nationality role in one sentence; `countryOf` maps a country code to its entity.
    func find(_ s: Sentence, _ state: DocumentState, countryOf: [String: Int]) -> [Found] {
        var out: [Found] = []
        let end = s.tokens.upperBound
        var k = s.tokens.lowerBound
        while k < end {
            defer { k += 1 }
            guard tokens[k].isCap, state.nameAt[k] == nil,
                  let cc = Gazetteer.shared.country(adjective: tokens[k].text)?.code, let country = countryOf[cc],
                  let role = title(after: k + 1, end, state) else { continue }
            var n = role.end
            // Before: "Chilean foreign minister Ann Roe", "the Chilean foreign minister, Ann Roe".
            if n < end, tokens[n].text == "," { n += 1 }
            if n < end, let y = person(at: n, state) {
                out.append(Found(person: y.entity, predicate: role.predicate, country: country, tokens: k..<y.tokens.upperBound))
                continue
            }
            // After: "Ann Roe, the Chilean foreign minister, said".
            guard role.end == end || tokens[role.end].lower != "'s" && state.nameAt[role.end] == nil else { continue }
            var b = k - 1
            if b >= s.tokens.lowerBound, ["the", "a", "an"].contains(tokens[b].lower) { b -= 1 }
            guard b > s.tokens.lowerBound, tokens[b].text == ",", let y = state.nameAt[b - 1], y.kind == .name,
                  state.entities[y.entity].type == .person else { continue }
            out.append(Found(person: y.entity, predicate: role.predicate, country: country, tokens: y.tokens.lowerBound..<role.end))
        }
        return out
    }

    private func person(at t: Int, _ state: DocumentState) -> Arg? {
        guard let y = state.nameAt[t], y.kind == .name, y.tokens.lowerBound == t, state.entities[y.entity].type == .person else { return nil }
        return y
    }

    /// Up to two lowercase words, then a title of a country's office with a relation: where it ends
    /// and the relation the words leave it (`RoleModifiers`).
    private func title(after from: Int, _ end: Int, _ state: DocumentState) -> (end: Int, predicate: Predicate)? {
        var q = from
        while q <= from + 2, q < end, state.nameAt[q] == nil, tokens[q].kind == .word {
            for n in stride(from: min(lex.maxTitleWords, end - q), through: 1, by: -1) {
                let key = (q..<(q + n)).map { tokens[$0].lower }.joined(separator: " ")
                guard let t = lex.titles[key], let r = t.relation else { continue }
                guard t.personOnly || key == "leader", !Self.subnationalOffices.contains(key),
                      let kept = RoleModifiers.shared.relation(r, after: (from..<q).map { tokens[$0].lower }, ofCountry: true),
                      let p = Predicate(rawValue: kept) else { return nil }
                return (q + n, p)
            }
            if tokens[q].isCap || lex.stopWords[tokens[q].lower] == .function { return nil }
            q += 1
        }
        return nil
    }
}
