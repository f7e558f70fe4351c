import EventModel

/// A role description that stands for a person: `the chief of Iran's elite Quds Force`.
struct Descriptor: Sendable {
    var tokens: Range<Int>
    var sentence: Int
    var relation: String
    var organization: Int
    var person: Int
}

/// Finds role descriptions (`the ROLE of [X's] [adjectives] ORG`) and resolves each to the
/// person it describes: an apposition (`Qaani, the chief of ...` / `the chief of ..., Qaani`),
/// else the next person the article names within a few sentences (news introduces a person
/// by role first: "The chief of Iran's elite Quds Force made ... Esmail Qaani is ..."),
/// else the last person named just before.
struct DescriptorLinker {
    let tokens: [Token]
    let sentences: [Sentence]
    private let lex = Lexicons.shared

    func link(_ state: inout DocumentState, titled: [(token: Int, entity: Int, title: String)] = []) -> [Descriptor] {
        var out: [Descriptor] = []
        linkTitles(&state, titled)
        linkModifiedTitles(&state)
        linkDescribedReferences(&state)
        linkCounterparts(&state, titled)
        for (si, s) in sentences.enumerated() where !s.isHeading {
            var k = s.tokens.lowerBound
            while k + 2 < s.tokens.upperBound {
                defer { k += 1 }
                guard let title = lex.titles[tokens[k].lower], let relation = title.relation,
                      tokens[k + 1].lower == "of", state.argAt[k] == nil else { continue }
                // The organisation: the first organisation (or country) within five words after `of`.
                var org: Arg? = nil
                var j = k + 2
                while j < min(k + 8, s.tokens.upperBound) {
                    if let a = state.argAt[j], a.kind == .name {
                        let e = state.entities[a.entity]
                        if e.type == .organization { org = a; break }
                        if e.type == .location, e.subtype == "country" {
                            // "Iran's elite Quds Force": keep looking past a possessive country
                            if a.tokens.upperBound < s.tokens.upperBound, tokens[a.tokens.upperBound].lower == "'s" {
                                // "the governor of Nigeria's Borno state": the office of a place
                                // in that country, no role in the country itself.
                                if placeAfterPossessive(a.tokens.upperBound + 1, s, state) { org = nil; break }
                                if org == nil { org = a }
                                j = a.tokens.upperBound + 1
                                continue
                            }
                            org = a; break
                        }
                        j = a.tokens.upperBound
                        continue
                    }
                    let w = tokens[j]
                    if w.kind == .punct || lex.stopWords[w.lower] == .function && w.lower != "the" { break }
                    j += 1
                }
                guard let orgArg = org else { continue }
                var start = k
                if k > s.tokens.lowerBound, ["the", "a", "an", "its", "their"].contains(tokens[k - 1].lower) { start = k - 1 }
                // Adjectives before the role: "the elite commander of", "the new head of"
                let end = orgArg.tokens.upperBound
                guard let person = resolve(start, end, si, state) else { continue }
                let d = Descriptor(tokens: start..<end, sentence: si, relation: relation, organization: orgArg.entity, person: person)
                out.append(d)
                // Only a description without an adjacent name stands in for the person as an argument.
                state.set(Arg(tokens: start..<end, entity: person, kind: .descriptor))
                k = end - 1
            }
        }
        return out
    }

    /// "the Pakistani president", "the chancellor": a bare title after `the` stands for the
    /// last person the article gave that title (`President Pervez Musharraf`).
    private func linkTitles(_ state: inout DocumentState, _ titled: [(token: Int, entity: Int, title: String)]) {
        guard !titled.isEmpty else { return }
        for s in sentences where !s.isHeading {
            var k = s.tokens.lowerBound
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                guard tokens[k].lower == "the" else { continue }
                var j = k + 1
                if j < s.tokens.upperBound, Gazetteer.shared.country(adjective: tokens[j].text) != nil { j += 1 }
                // "the new president-elect": an elected one is new by definition (TitleHolders).
                if j + 1 < s.tokens.upperBound, Self.newOfficeWords.contains(tokens[j].lower), tokens[j + 1].lower.hasSuffix("-elect") { j += 1 }
                // The longest title starting at j, one or two words.
                var key: String? = nil
                var end = j
                for n in 1...2 where j + n <= s.tokens.upperBound {
                    let words = (j..<(j + n)).map { tokens[$0].lower }.joined(separator: " ")
                    if let t = lex.titles[words], t.personOnly { key = words; end = j + n }
                }
                // "the finance minister": a portfolio word before a title, as `LowercaseTitles` records it.
                if key == nil, let p = LowercaseTitles.portfolioTitle(at: j, s.tokens.upperBound, tokens) { key = p; end = j + 2 }
                guard let title = key, end <= s.tokens.upperBound, state.argAt[k] == nil,
                      (k + 1..<end).allSatisfy({ state.argAt[$0] == nil }) else { continue }
                // Not when a name follows ("the President Bush ...") or "of" makes it a role description.
                if end < s.tokens.upperBound, tokens[end].isCap || tokens[end].lower == "of" { continue }
                guard let person = titled.last(where: { $0.token < k && Self.holds($0.title, title) })
                        ?? onlyLaterTitled(title, after: k, titled, state) else { continue }
                state.set(Arg(tokens: k..<end, entity: person.entity, kind: .descriptor))
                k = end - 1
            }
        }
    }

    private func isPerson(_ a: Arg?, _ state: DocumentState) -> Arg? {
        guard let a, a.kind == .name, state.entities[a.entity].type == .person else { return nil }
        return a
    }

    private func resolve(_ start: Int, _ end: Int, _ si: Int, _ state: DocumentState) -> Int? {
        // Apposition before: "Qaani, the chief of ..."; title before: "... chief of X, Qaani"
        if start >= 2, tokens[start - 1].text == ",", let p = isPerson(state.argAt[start - 2], state) { return p.entity }
        if end + 1 < tokens.count, tokens[end].text == ",", let p = isPerson(state.argAt[end + 1], state) { return p.entity }
        if end < tokens.count, let p = isPerson(state.argAt[end], state) { return p.entity }
        // The next person named within four sentences.
        let last = min(sentences.count - 1, si + 4)
        var t = end
        while t < tokens.count, state.sentenceOf[t] <= last {
            if let p = isPerson(state.argAt[t], state) { return p.entity }
            t += 1
        }
        return state.lastArg(before: start, within: 2) { e, a in e.type == .person && a.kind == .name }?.entity
    }
}
