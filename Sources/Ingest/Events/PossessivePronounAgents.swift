import EventModel

/// "his visit to Beijing", "during her first official trip to Lima", "its talks with the union":
/// a possessive pronoun before a nominal trigger is its agent, as a name would be ("Varga's visit").
/// `his`/`her` take the nearest person named before them in the sentence (not one after a
/// preposition or in brackets), else the person the sentences before are about (`possessor`);
/// `its` the organisation or country last named in this sentence or the one before. `their` is
/// left out: it is as often both parties as one. The pronoun may stand before modifiers the
/// nominal triggers allow ("his first official visit").
extension EventFinder {
    static let possessivePronouns: Set<String> = ["his", "her", "its"]

    func possessivePronounAgent(beforeNoun k: Int, _ start: Int, _ state: inout DocumentState) -> Arg? {
        var j = k - 1
        while j >= start, j >= k - 4, !tokens[j].isCap, !Self.possessivePronouns.contains(tokens[j].lower),
              Self.nounTriggerModifiers.contains(tokens[j].lower) || Self.tripAdjectives.contains(tokens[j].lower)
                || Self.isLengthOrCount(tokens[j].lower) { j -= 1 }
        guard j >= start, !tokens[j].isCap || j == sentences[state.sentenceOf[j]].tokens.lowerBound,
              Self.possessivePronouns.contains(tokens[j].lower) else { return nil }
        if let known = state.argAt[j] { return known }
        let found: Arg?
        if tokens[j].lower == "its" {
            found = itsReferent(before: j, state)
        } else {
            found = possessor(before: j, state)
        }
        guard let f = found else { return nil }
        let arg = Arg(tokens: j..<(j + 1), entity: f.entity, kind: .pronoun)
        state.set(arg)
        return arg
    }

    /// What `its` at `j` means: the organisation or country last named in this sentence or the one before.
    func itsReferent(before j: Int, _ state: DocumentState) -> Arg? {
        state.lastArg(before: j, within: 1) { e, _ in
            e.type == .organization || e.type == .location && e.subtype == "country"
        }
    }

    /// The person `his`/`her` at `j` most likely means: the nearest person named before it in
    /// this sentence, else the first named in the three before, as `he`/`she` read. A person after
    /// a preposition ("his exchanges with Kim ahead of his visit": Kim is who the exchanges were
    /// with, not whose visit it is) or inside brackets (a photo credit) is passed over.
    func possessor(before j: Int, _ state: DocumentState) -> Arg? {
        let si = state.sentenceOf[j]
        let r = sentences[si].tokens
        // ("her" passes over "Mr Sears": HonorificGender.)
        let sex = HonorificGender.of(pronoun: tokens[j].lower)
        var t = j - 1
        var closers = 0
        while t >= r.lowerBound {
            if tokens[t].text == ")" { closers += 1 } else if tokens[t].text == "(" { closers = max(0, closers - 1) }
            if let a = state.argAt[t], a.kind != .pronoun, state.entities[a.entity].type == .person,
               sex == nil || state.sexOf[a.entity].map({ $0 == sex }) ?? true {
                let b = a.tokens.lowerBound
                let open = (r.lowerBound..<b).filter { tokens[$0].text == "(" }.count
                    > (r.lowerBound..<b).filter { tokens[$0].text == ")" }.count
                if closers == 0, !open, b == r.lowerBound || !Self.prepositions.contains(tokens[b - 1].lower) {
                    return Arg(tokens: a.tokens, entity: a.entity, kind: .name)
                }
                t = b - 1
                continue
            }
            t -= 1
        }
        if let subject = frontedPhraseSubject(j, r, state, sex: sex) { return subject }
        guard si > 0 else { return nil }
        return salientPerson(before: sentences[si].tokens.lowerBound, state, pronoun: tokens[j].lower)
    }

    /// "On the fourth day of his tour of Africa, the chancellor Ivo Berg said": a possessive in a
    /// phrase fronted by a preposition, with no person before it, means the person who opens the
    /// clause after the comma (titles and determiners before the name allowed).
    private func frontedPhraseSubject(_ j: Int, _ r: Range<Int>, _ state: DocumentState, sex: HonorificGender.Sex?) -> Arg? {
        guard opensFrontedPhrase(tokens[r.lowerBound]),
              let comma = (j + 1..<min(r.upperBound, j + 15)).first(where: { tokens[$0].text == "," }) else { return nil }
        var q = comma + 1
        while q < min(r.upperBound, comma + 6), state.argAt[q] == nil, tokens[q].kind == .word,
              ["the", "a", "its", "their"].contains(tokens[q].lower) || Lexicons.shared.titles[tokens[q].lower] != nil
                || Gazetteer.shared.country(adjective: tokens[q].text) != nil || tokens[q].isCap && Lexicons.shared.stopWords[tokens[q].lower] == nil { q += 1 }
        // (A place or country before the title, "the UK chancellor Ivo Berg", only says whose office.)
        while q < r.upperBound, let a = state.argAt[q], state.entities[a.entity].type == .location,
              a.tokens.upperBound < r.upperBound, Lexicons.shared.titles[tokens[a.tokens.upperBound].lower] != nil {
            q = a.tokens.upperBound
            while q < r.upperBound, state.argAt[q] == nil, Lexicons.shared.titles[tokens[q].lower] != nil { q += 1 }
        }
        guard q < r.upperBound, let a = state.argAt[q], a.kind == .name, state.entities[a.entity].type == .person,
              sex == nil || state.sexOf[a.entity].map({ $0 == sex }) ?? true else { return nil }
        return Arg(tokens: a.tokens, entity: a.entity, kind: .name)
    }

    /// "six-day", "12-day", "four-nation": a trip's length or count of stops.
    static func isLengthOrCount(_ w: String) -> Bool {
        guard let unit = hyphenUnit(w) else { return false }
        return stopUnits.contains(unit) || lengthUnits.contains(unit) || unit == "month"
    }

    /// Lowercase words that may stand between the pronoun and the trigger besides those of
    /// `nounTriggerModifiers`: "his two-day visit", "her recent trip", "his planned talks".
    static let tripAdjectives: Set<String> = ["two-day", "three-day", "four-day", "five-day", "one-day", "week-long",
                                              "weeklong", "recent", "planned", "upcoming", "latest", "last", "next",
                                              "second", "third", "historic", "landmark", "overseas", "foreign",
                                              "ongoing", "scheduled", "expected", "long-awaited", "unannounced"]
}
