import EventModel

/// Parties the article gives by a description instead of a name (issue 3, party names on unseen
/// articles), linked before events so that every event rule reads them as arguments:
/// - "the Bolivian leader, Juan Paz": a title phrase with the person in apposition after it is
///   that person as one phrase, so a list ("met X, and the Bolivian leader, Juan Paz") goes on;
/// - "the French leader", "the French premier": the person the article introduced as that
///   country's president, prime minister or chancellor ("French President Marc Dubois", or
///   "Marc Dubois, the French president,"), only when one such person fits;
/// - "the Chinese side", "Moscow's envoy", "Peru's delegation": the country itself (the eval
///   convention gives an unnamed group tied to a country that country); a capital stands for
///   its country here, as it does in diplomatic news. A name in apposition wins ("Moscow's
///   envoy, Ivan Petrov,").
extension DescriptorLinker {
    /// Nouns that stand for a country's side in talks.
    static let sideNouns: Set<String> = ["side", "envoy", "delegation", "emissary", "negotiator", "negotiators"]
    /// Generic words for a head of government or state.
    static let leaderWords: Set<String> = ["leader", "premier"]
    /// Titles that make a person their country's leader.
    static let leaderTitles: Set<String> = ["president", "prime minister", "chancellor", "premier", "leader", "king", "queen"]

    func linkDescribedReferences(_ state: inout DocumentState) {
        let gaz = Gazetteer.shared
        let lex = Lexicons.shared
        for s in sentences where !s.isHeading {
            var k = s.tokens.lowerBound
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                // Who owns the description: "the NATIONALITY ...", "the US ..." or "PLACE's ...".
                var country: Country? = nil
                var countryName: Arg? = nil
                var head = k
                var start = k
                if tokens[k].lower == "the", let a = countryModifier(after: k, s, state),
                   let c = state.entities[a.entity].countryCode.flatMap({ gaz.country(code: $0) }) {
                    country = c
                    countryName = a
                    head = a.tokens.upperBound
                } else if state.argAt[k] != nil {
                    continue
                } else if tokens[k].lower == "the", tokens[k + 1].isCap, state.argAt[k + 1] == nil,
                   let c = gaz.country(adjective: tokens[k + 1].text) {
                    country = c
                    head = k + 2
                } else if tokens[k].lower == "'s", k > s.tokens.lowerBound, let owner = state.argAt[k - 1], owner.kind == .name,
                          let c = countryOf(state.entities[owner.entity]) {
                    country = c
                    head = k + 1
                    start = owner.tokens.lowerBound
                }
                guard let owned = country, head < s.tokens.upperBound, tokens[head].kind == .word, !tokens[head].isCap else { continue }
                // The words of the description: up to three lowercase words.
                var end = head
                while end < s.tokens.upperBound, end < head + 3, tokens[end].kind == .word, !tokens[end].isCap, state.argAt[end] == nil,
                      lex.stopWords[tokens[end].lower] == nil { end += 1 }
                guard end > head else { continue }
                let words = (head..<end).map { tokens[$0].lower }
                // "the Bolivian leader, Juan Paz": the person in apposition.
                if end + 1 < s.tokens.upperBound, tokens[end].text == ",", let p = state.argAt[end + 1], p.kind == .name,
                   p.tokens.lowerBound == end + 1, state.entities[p.entity].type == .person,
                   words.indices.contains(where: { lex.titles[words[$0...].joined(separator: " ")] != nil }) || Self.sideNouns.contains(words.last!) {
                    state.set(Arg(tokens: start..<p.tokens.upperBound, entity: p.entity, kind: .descriptor))
                    k = p.tokens.upperBound - 1
                    continue
                }
                // Else the description ends at its first leader word or side noun ("the Chinese side held talks").
                guard let n = words.firstIndex(where: { Self.leaderWords.contains($0) || Self.sideNouns.contains($0) }) else { continue }
                end = head + n + 1
                // A name or "of" right after makes it another phrase ("the French leader Marc Dubois", "the Chinese side of the border").
                if end < s.tokens.upperBound, tokens[end].isCap || tokens[end].lower == "of" { continue }
                if n == 0, Self.leaderWords.contains(words[0]), start == k {
                    if let p = onlyLeader(of: owned, before: k, state) {
                        state.set(Arg(tokens: k..<end, entity: p, kind: .descriptor))
                        k = end - 1
                    }
                    continue
                }
                guard Self.sideNouns.contains(words[n]), n <= 1 else { continue }
                if let named = countryName {
                    // "the US side": the country's name is its mention already.
                    state.set(Arg(tokens: k..<end, entity: named.entity, kind: .group))
                    k = end - 1
                    continue
                }
                // The word that names the country is its mention ("Chinese", "Moscow"), not the whole phrase.
                let namer = start == k ? k + 1 : start
                let namerEnd = start == k ? k + 2 : k
                let e = state.country(owned, text: tokens[namer..<namerEnd].map(\.text).joined(separator: " "),
                                      span: TextSpan(start: tokens[namer].start, end: tokens[namerEnd - 1].end), sentence: state.sentenceOf[k])
                state.set(Arg(tokens: start..<end, entity: e, kind: .group))
                k = end - 1
            }
        }
    }

    /// The country an entity stands for in a possessive: a country, or a capital city.
    private func countryOf(_ e: Entity) -> Country? {
        let gaz = Gazetteer.shared
        guard e.type == .location else { return nil }
        if e.subtype == "country" { return e.countryCode.flatMap { gaz.country(code: $0) } }
        // (A capital's entity carries no country code: it may act as its government.)
        guard let capital = gaz.places(named: e.name).first(where: { $0.isCapital }), let code = capital.countryCode,
              let c = gaz.country(code: code), c.capital == e.name else { return nil }
        return c
    }

    /// The one person before `limit` whose name is led by `country`'s adjective and a leader's
    /// title ("French President Marc Dubois") or followed by ", the ADJECTIVE TITLE".
    private func onlyLeader(of country: Country, before limit: Int, _ state: DocumentState) -> Int? {
        var found: Int? = nil
        var t = 0
        while t < limit {
            guard let a = state.argAt[t], a.tokens.lowerBound == t, a.kind == .name, state.entities[a.entity].type == .person else { t += 1; continue }
            let r = a.tokens
            var fits = false
            if r.count >= 3, Gazetteer.shared.country(adjective: tokens[r.lowerBound].text)?.code == country.code {
                let one = tokens[r.lowerBound + 1].lower, two = one + " " + tokens[r.lowerBound + 2].lower
                fits = Self.leaderTitles.contains(one) || Self.leaderTitles.contains(two)
            }
            let q = r.upperBound
            if !fits, q + 3 < tokens.count, tokens[q].text == ",", tokens[q + 1].lower == "the",
               Gazetteer.shared.country(adjective: tokens[q + 2].text)?.code == country.code {
                let one = tokens[q + 3].lower, two = q + 4 < tokens.count ? one + " " + tokens[q + 4].lower : one
                fits = Self.leaderTitles.contains(one) || Self.leaderTitles.contains(two)
            }
            if fits {
                if let f = found, f != a.entity { return nil }
                found = a.entity
            }
            t = r.upperBound
        }
        return found
    }

    /// "Ann Roe held talks with her counterpart on Monday. Luis Vera, the Peruvian foreign minister,
    /// said ...": a counterpart with no name of its own is the first titled person named after it
    /// in the sentence or the next one who is not named before it in its sentence.
    func linkCounterparts(_ state: inout DocumentState, _ titled: [(token: Int, entity: Int, title: String)]) {
        let titledPeople = Set(titled.map(\.entity))
        for (si, s) in sentences.enumerated() where !s.isHeading {
            for k in s.tokens where tokens[k].lower == "counterpart" && state.argAt[k] == nil {
                var d = k - 1
                if d > s.tokens.lowerBound, tokens[d].isCap, Gazetteer.shared.country(adjective: tokens[d].text) != nil { d -= 1 }
                guard d >= s.tokens.lowerBound, ["his", "her", "their", "its"].contains(tokens[d].lower) else { continue }
                // Named right after ("her counterpart Luis Vera", "her counterpart, Luis Vera") is the event rules' case.
                if k + 1 < s.tokens.upperBound, tokens[k + 1].isCap || tokens[k + 1].text == "," && k + 2 < s.tokens.upperBound && tokens[k + 2].isCap { continue }
                var before = Set<Int>()
                for t in s.tokens.lowerBound..<d { if let a = state.argAt[t], state.entities[a.entity].type == .person { before.insert(a.entity) } }
                let last = si + 1 < sentences.count && !sentences[si + 1].isHeading ? sentences[si + 1].tokens.upperBound : s.tokens.upperBound
                var t = k + 1
                var found: Int? = nil
                while t < last {
                    if let a = state.argAt[t], a.kind == .name, state.entities[a.entity].type == .person, !before.contains(a.entity) {
                        if titledPeople.contains(a.entity) { found = a.entity }
                        break
                    }
                    t += 1
                }
                guard let p = found else { continue }
                state.set(Arg(tokens: d..<(k + 1), entity: p, kind: .descriptor))
            }
        }
    }
}
