import EventModel

/// A role description that stands for a person: `the chief of Iran's elite Quds Force`.
struct Descriptor: Sendable {
    var tokens: Range<Int>
    var sentence: Int
    var relation: String
    var organization: Int
    var person: Int
}

/// Finds role descriptions (`the ROLE of [X's] [adjectives] ORG`, `a spokesman for ORG`, `an adviser
/// to ORG`) and resolves each to the
/// person it describes: an apposition (`Qaani, the chief of ...` / `the chief of ..., Qaani`),
/// else the next person the article names within a few sentences (news introduces a person
/// by role first: "The chief of Iran's elite Quds Force made ... Esmail Qaani is ..."),
/// else the last person named just before.
struct DescriptorLinker {
    let tokens: [Token]
    let sentences: [Sentence]
    /// The article's date, for who held an office then (`OfficeHolders`).
    var articleDate: CalendarDate? = nil
    private let lex = Lexicons.shared

    func link(_ state: inout DocumentState, titled: [(token: Int, entity: Int, title: String)] = []) -> [Descriptor] {
        var out: [Descriptor] = []
        linkTitles(&state, titled)
        linkModifiedTitles(&state)
        linkDescribedReferences(&state)
        linkDescribedBodies(&state)
        linkNameHeadBodies(&state) // ("Kelso General Hospital ... the hospital": NameHeadBodies)
        linkDescribedPersons(&state) // ("The film-maker will meet ...": DescribedPersons)
        linkCounterparts(&state, titled)
        // A person found ahead for one description in a sentence is not found again for the next
        // ("... name the president of X and the king of Y": one person named later is not both).
        var foundAhead: [Int: Set<Int>] = [:]
        for (si, s) in sentences.enumerated() where !s.isHeading {
            var k = s.tokens.lowerBound
            while k + 2 < s.tokens.upperBound {
                defer { k += 1 }
                let link = tokens[k + 1].lower
                guard link == "of" || link == "for" || link == "to", state.argAt[k] == nil,
                      let role = titleEnding(at: k, s), let titleRelation = role.relation,
                      link == "of" || Self.roleLinks[titleRelation] == link else { continue }
                // "a spokesman for President Ann Roe", "an adviser to Ann Roe": a person's too.
                guard let scope = organisation(after: k + 2, s, state, orPerson: link != "of") else { continue }
                let orgArg = scope.arg
                let ofCountry = state.entities[orgArg.entity].type == .location
                // "the deputy head of", "the communications chief of": what the words before the title say.
                let lead = determinerStart(before: role.start, s)
                let words = (lead.start..<role.start).filter { $0 != lead.start || lead.article == nil }.map { tokens[$0].lower }
                let modifiers = Array(words.split(separator: "and", omittingEmptySubsequences: false).last ?? [])
                var relation = RoleModifiers.shared.relation(titleRelation, after: modifiers, ofCountry: ofCountry)
                // "the chairman of Spain's biggest bank": a unit of the body, not the body.
                if scope.isUnit, let r = relation {
                    relation = ofCountry ? nil : (r == "leader_of" ? "member_of" : r)
                }
                var start = role.start
                if start > s.tokens.lowerBound, ["the", "a", "an", "its", "their"].contains(tokens[start - 1].lower) { start -= 1 }
                let end = orgArg.tokens.upperBound
                // Only "the ROLE of" introduces someone named later. "a member of", a bare "chairman
                // of" ("he became chairman of X": whoever "he" is) and any "spokesman for"/"adviser
                // to" (unnamed ones abound) are said of an apposition or a copula's subject only.
                let reach: Reach = lead.article == "the" && link == "of" ? .anywhere : .near
                let title = (role.start...k).map { tokens[$0].lower }.joined(separator: " ")
                guard let found = resolve(lead.start, end, si, state, reach: reach, title: title) else { continue }
                if found.ahead {
                    if foundAhead[si, default: []].contains(found.person) { continue }
                    foundAhead[si, default: []].insert(found.person)
                }
                let d = Descriptor(tokens: start..<end, sentence: si, relation: relation ?? "-", organization: orgArg.entity, person: found.person)
                out.append(d)
                // Only a description without an adjacent name stands in for the person as an argument.
                state.set(Arg(tokens: start..<end, entity: found.person, kind: .descriptor))
                k = end - 1
            }
        }
        return out
    }

    /// "the Pakistani president", "the chancellor": a bare title after `the` stands for the
    /// last person the article gave that title (`President Pervez Musharraf`).
    private func linkTitles(_ state: inout DocumentState, _ titled: [(token: Int, entity: Int, title: String)]) {
        let people = namedPeople(state)
        // Worked out at the first title no titled name explains (most articles have none).
        var implied: [(title: String, entity: Int)]? = nil
        for s in sentences where !s.isHeading {
            var k = s.tokens.lowerBound
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                guard tokens[k].lower == "the" else { continue }
                var j = k + 1
                // "the Pakistani president"; "the US leader", "the U.S. president": a country's
                // name or acronym said as a modifier, which the mention finder made a country.
                var country: Range<Int>? = nil
                var code: String? = nil
                if let a = countryModifier(after: k, s, state) {
                    country = a.tokens
                    code = state.entities[a.entity].countryCode
                    j = a.tokens.upperBound
                } else if j < s.tokens.upperBound, let c = Gazetteer.shared.country(adjective: tokens[j].text) {
                    code = c.code
                    j += 1
                }
                // "the new president-elect": an elected one is new by definition (TitleHolders).
                if j + 1 < s.tokens.upperBound, Self.newOfficeWords.contains(tokens[j].lower), tokens[j + 1].lower.hasSuffix("-elect") { j += 1 }
                // "the current chief of staff": the holder now, as the bare title says.
                if country == nil, code == nil, j + 1 < s.tokens.upperBound, ["current", "incumbent", "sitting"].contains(tokens[j].lower) { j += 1 }
                // The longest title starting at j, one to three words ("secretary of state", "chief of staff").
                var key: String? = nil
                var end = j
                for n in 1...3 where j + n <= s.tokens.upperBound {
                    let words = (j..<(j + n)).map { tokens[$0].lower }.joined(separator: " ")
                    if let t = lex.titles[words], t.personOnly { key = words; end = j + n }
                }
                // "the finance minister": a portfolio word before a title, as `LowercaseTitles` records it.
                if key == nil, let p = LowercaseTitles.portfolioTitle(at: j, s.tokens.upperBound, tokens) { key = p; end = j + 2 }
                guard let title = key, end <= s.tokens.upperBound,
                      (k..<end).allSatisfy({ state.argAt[$0] == nil || country?.contains($0) == true }) else { continue }
                // Not when a name follows ("the President Bush ...") or "of" makes it a role description.
                if end < s.tokens.upperBound, tokens[end].isCap || tokens[end].lower == "of" { continue }
                // "the US president" is not the one given "French President" last.
                let fitting = titled.filter { !namesOtherCountry(before: $0.token, than: code) }
                if let person = fitting.last(where: { $0.token < k && Self.holds($0.title, title) })
                    ?? onlyLaterTitled(title, after: k, fitting, state) {
                    state.set(Arg(tokens: k..<end, entity: person.entity, kind: .descriptor))
                } else {
                    if implied == nil {
                        implied = OfficeHolders.shared.impliedHolders(
                            writtenIn: Set(tokens.lazy.filter { $0.kind == .word }.map(\.lower)), on: articleDate, among: people)
                    }
                    guard let holder = officeHolder(title, country: code, titled, implied ?? [], people) else { continue }
                    state.set(Arg(tokens: k..<end, entity: holder, kind: .descriptor))
                }
                k = end - 1
            }
        }
    }

    /// The people the article names, by entity, with the fullest name written.
    private func namedPeople(_ state: DocumentState) -> [(entity: Int, name: String)] {
        state.entities.indices.filter { state.entities[$0].type == .person && state.entities[$0].name.first?.isUppercase == true }
            .map { ($0, state.entities[$0].name) }
    }

    /// "the prime minister" with no titled name to point to: the one person named in the article
    /// who held the office on its date (`OfficeHolders`), leaving out anyone the article titles
    /// otherwise ("Chancellor Gordon Brown" is not the prime minister of the same article), or who
    /// is the only one named to have held another office the article writes of: in an undated BBC
    /// story naming Blair and Brown, "his chancellor" can only be Brown, so "the prime minister"
    /// is Blair (Brown was prime minister later).
    private func officeHolder(_ title: String, country code: String?, _ titled: [(token: Int, entity: Int, title: String)],
                              _ implied: [(title: String, entity: Int)], _ people: [(entity: Int, name: String)]) -> Int? {
        // (An honorific, "Mr Blair", is no other office: a title with neither a relation nor a field.)
        let offices = titled.filter { lex.titles[$0.title]?.relation != nil || RoleFields.shared.role(title: $0.title) != nil }
        var otherwise = Set(offices.filter { !Self.holds($0.title, title) }.map(\.entity))
        for (other, e) in implied where !Self.holds(other, title) && !Self.holds(title, other) { otherwise.insert(e) }
        return OfficeHolders.shared.holder(of: title, country: code, on: articleDate,
                                           among: people.filter { !otherwise.contains($0.entity) })
    }

    /// Whether the words before the titled name at `t` ("French President Marc Dubois") name
    /// another country than `code`'s.
    func namesOtherCountry(before t: Int, than code: String?) -> Bool {
        guard let code else { return false }
        let gaz = Gazetteer.shared
        var q = t - 1
        while q >= 0, q >= t - 4, tokens[q].kind == .word {
            if let named = gaz.country(adjective: tokens[q].text) ?? (tokens[q].isCap ? gaz.country(named: tokens[q].text) : nil) {
                return named.code != code
            }
            q -= 1
        }
        return false
    }

    /// The country named right after the `the` at `k`, as the mention finder found it ("the US",
    /// "the U.S.", "the United States"; at a sentence's start its name takes in "The"), when
    /// more words follow it in the sentence.
    func countryModifier(after k: Int, _ s: Sentence, _ state: DocumentState) -> Arg? {
        guard k + 1 < s.tokens.upperBound, tokens[k + 1].isCap, let a = state.argAt[k + 1], a.kind == .name,
              a.tokens.lowerBound == k + 1 || a.tokens.lowerBound == k, a.tokens.upperBound < s.tokens.upperBound,
              state.entities[a.entity].subtype == "country" else { return nil }
        return a
    }

    private func isPerson(_ a: Arg?, _ state: DocumentState) -> Arg? {
        guard let a, a.kind == .name, state.entities[a.entity].type == .person else { return nil }
        return a
    }

    /// The person a description stands for, and whether it was found ahead (named later):
    /// `anywhere` as news introduces a person by role first (or the last person named before),
    /// `near` only an apposition or a copula's subject (`Roe is a senior member of ...`).
    enum Reach { case anywhere, near }

    private func resolve(_ start: Int, _ end: Int, _ si: Int, _ state: DocumentState, reach: Reach = .anywhere,
                         title: String? = nil) -> (person: Int, ahead: Bool)? {
        // Apposition before: "Qaani, the chief of ..."; title before: "... chief of X, Qaani"
        if start >= 2, tokens[start - 1].text == ",", let p = isPerson(state.argAt[start - 2], state) { return (p.entity, false) }
        if end + 1 < tokens.count, tokens[end].text == ",", let p = isPerson(state.argAt[end + 1], state) { return (p.entity, false) }
        if end < tokens.count, let p = isPerson(state.argAt[end], state) { return (p.entity, false) }
        if reach == .near {
            if start >= 2, Self.copulas.contains(tokens[start - 1].lower), let p = isPerson(state.argAt[start - 2], state) { return (p.entity, false) }
            return nil
        }
        // The next person named within four sentences who may hold the role (for a title of one
        // field, "the king of Holland", a person the article gives a role of that field).
        let field = title.flatMap { RoleFields.shared.role(title: $0)?.field }
        let last = min(sentences.count - 1, si + 4)
        // (Not later in its own sentence: "The foreign minister of Peru will meet Ann Roe" is someone else.)
        var t = si + 1 < sentences.count ? sentences[si + 1].tokens.lowerBound : tokens.count
        while reach == .anywhere, t < tokens.count, state.sentenceOf[t] <= last {
            if let p = isPerson(state.argAt[t], state), field == nil || state.entities[p.entity].roles.contains(where: { $0.field == field }) {
                return (p.entity, true)
            }
            t += 1
        }
        // A person named before, back two sentences, who may hold the role: not one its own sentence
        // names ("Ann Roe met the president of Chile" is someone else), nor, for a title of one field,
        // one the article gave no role of that field ("says Tom Obi, a space analyst. ... the king of Norway").
        return state.lastArg(before: start, within: 2) { e, a in
            e.type == .person && a.kind == .name && state.sentenceOf[a.tokens.lowerBound] != si
                && (field == nil || e.roles.contains { $0.field == field })
        }.map { ($0.entity, false) }
    }

    /// Roles also written with another preposition: "a spokeswoman for Norvex", "an adviser to Norvex".
    static let roleLinks: [String: String] = ["spokesperson_of": "for", "advisor_to": "to"]

    static let copulas: Set<String> = ["is", "was", "became", "becomes", "remains", "remained"]

    /// Verbs that put a person in a role ("became chairman of", "was named head of"): they end the
    /// words read as the role's modifiers.
    static let roleVerbs: Set<String> = copulas.union(["become", "remain", "named", "appointed", "made", "serves", "served",
                                                       "serve", "returned", "stepped", "quit", "resigned"])

    /// The longest title ending at `k` ("prime minister", "chief executive", "head").
    private func titleEnding(at k: Int, _ s: Sentence) -> (start: Int, relation: String?)? {
        for n in stride(from: min(lex.maxTitleWords, k - s.tokens.lowerBound + 1), through: 1, by: -1) {
            let words = ((k - n + 1)...k).map { tokens[$0].lower }.joined(separator: " ")
            if let t = lex.titles[words] { return (k - n + 1, t.relation) }
        }
        return nil
    }

    /// The article before a title and the lowercase words between ("a senior", "the new"):
    /// `start` is the article's token, else the first of those words ("Roe, former head of").
    private func determinerStart(before title: Int, _ s: Sentence) -> (start: Int, article: String?) {
        var q = title - 1
        var first = title
        while q >= s.tokens.lowerBound, q >= title - 4 {
            let w = tokens[q]
            if ["the", "a", "an", "its", "their"].contains(w.lower) { return (q, w.lower) }
            // "chairman and founder of": a coordinated title belongs to the description.
            if w.lower == "and", q - 1 >= s.tokens.lowerBound, lex.titles[tokens[q - 1].lower] != nil { first = q - 1; q -= 2; continue }
            // "became chairman of": the verb is no modifier of the role.
            guard w.kind == .word, !w.isCap, lex.stopWords[w.lower] != .function, !Self.roleVerbs.contains(w.lower) else { break }
            first = q
            q -= 1
        }
        return (first, nil)
    }

    /// The organisation (or country; with `orPerson` a person too) a role description is of, within
    /// five words after `of`.
    /// `isUnit`: the role is of an unnamed part of it, written with a possessive ("the head of the
    /// WEF's health unit", "the chairman of Spain's biggest bank"); a named body after the
    /// possessive is the organisation itself ("the chief of Iran's elite Quds Force").
    private func organisation(after from: Int, _ s: Sentence, _ state: DocumentState, orPerson: Bool = false) -> (arg: Arg, isUnit: Bool)? {
        var owner: Arg? = nil
        var j = from
        while j < min(from + 6, s.tokens.upperBound) {
            if let a = state.argAt[j], a.kind == .name {
                let e = state.entities[a.entity]
                if orPerson, owner == nil, e.type == .person {
                    return possessiveEnd(after: a.tokens.upperBound, s) == nil ? (a, false) : nil
                }
                if e.type == .organization || e.type == .location && e.subtype == "country" {
                    if owner == nil, let p = possessiveEnd(after: a.tokens.upperBound, s) {
                        // "the governor of Nigeria's Borno state": the office of a place in that
                        // country, no role in the country itself.
                        if e.type == .location, placeAfterPossessive(p, s, state) { return nil }
                        owner = a
                        j = p
                        continue
                    }
                    // "chief executive of US firm Open Source Labs": a country written as an
                    // adjective before a named organisation is not what the role is of.
                    if e.type == .location, let later = organisationNamed(after: a.tokens.upperBound, s, state) { return (later, false) }
                    return (a, false)
                }
                j = a.tokens.upperBound
                continue
            }
            let w = tokens[j]
            if w.kind == .punct || lex.stopWords[w.lower] == .function && w.lower != "the" { break }
            j += 1
        }
        return owner.map { ($0, true) }
    }

    /// A named organisation after up to two lowercase words ("US firm Norvex Labs").
    private func organisationNamed(after from: Int, _ s: Sentence, _ state: DocumentState) -> Arg? {
        var q = from
        while q < min(from + 3, s.tokens.upperBound) {
            if let a = state.argAt[q], a.kind == .name {
                return q > from && state.entities[a.entity].type == .organization ? a : nil
            }
            guard tokens[q].kind == .word, !tokens[q].isCap, lex.stopWords[tokens[q].lower] == nil else { return nil }
            q += 1
        }
        return nil
    }

    /// The token after a possessive `'s` closing a name at `end` (also `In-Stat/MDR's`).
    private func possessiveEnd(after end: Int, _ s: Sentence) -> Int? {
        if end < s.tokens.upperBound, tokens[end].lower == "'s" { return end + 1 }
        if end + 2 < s.tokens.upperBound, tokens[end].text == "/", tokens[end + 1].isCap, tokens[end + 2].lower == "'s" { return end + 3 }
        return nil
    }
}
