import EventModel

/// Which phrase a word attaches to, read where a trigger's parties and time are chosen (issue 3,
/// session 13 proxy set G): `final` before a noun is an adjective, not a fixture; `between` is the
/// nearest noun's ("claims of infighting between X and Y" is no trip's); a time before `and met`
/// dates the verb before it (`clauseLinks`); "President Ann Roe of Peru": the country after `of`
/// only says whose president.
extension EventFinder {
    /// "on the final day of the summit", "a final round of talks": `final` before a noun is an
    /// adjective, not the fixture of "met the Swiss in the final".
    func finalAsAdjective(_ j: Int, _ s: Sentence) -> Bool {
        guard tokens[j].lower == "final", j + 1 < s.tokens.upperBound else { return false }
        return Self.finalDiplomaticNouns.contains(tokens[j + 1].lower)
    }

    /// Nouns after which `final` tells the last part of talks, a trip, a campaign or a decision, never
    /// a fixture ("a final assault on the jihadists", "the final decision").
    static let finalDiplomaticNouns: Set<String> = ["day", "days", "session", "sessions", "round", "stage", "leg", "talks",
                                                    "meeting", "summit", "week", "hours", "negotiations", "visit", "stop",
                                                    "phase", "agreement", "deal", "communique", "statement",
                                                    "assault", "offensive", "push", "attack", "decision", "ruling", "verdict",
                                                    "report", "vote", "approval", "draft", "text", "offer", "warning"]

    /// Words that join a second verb to a clause ("and met", "before meeting", "prior to").
    static let clauseLinks: Set<String> = ["and", "before", "after", "then", "but", "prior", "while", "when", "until"]

    /// Words that may stand between a meeting word and its `between` ("talks held on Monday
    /// between", "a meeting last week between"): a time, a place name, or a word of holding.
    static let betweenGapWords: Set<String> = ["held", "being", "that", "took", "taking", "place", "scheduled", "planned", "due",
                                               "expected", "on", "in", "at", "last", "this", "next", "week", "month", "year",
                                               "today", "yesterday", "tomorrow", "earlier", "later", "late", "early"]

    /// "peace talks in the decades-long conflict between X and Y": the sides of a conflict the
    /// talks are about are the talks' sides.
    static let conflictNouns: Set<String> = ["conflict", "war", "dispute", "standoff", "stand-off", "feud"]

    func conflictBetween(_ from: Int, _ b: Int) -> Bool {
        (from..<b).contains { Self.conflictNouns.contains(tokens[$0].lower) } && !(from..<b).contains { tokens[$0].lower == "of" }
    }

    func betweenGap(_ t: Token) -> Bool {
        t.isCap || t.kind == .number || t.text == "," || Self.betweenGapWords.contains(t.lower)
            || Lexicons.shared.weekday(t.lower) != nil || Lexicons.shared.month(t.lower) != nil
    }

    /// The person whose country or body `a` is, after `of` (or `from`): "President Ann Roe of Peru",
    /// "Tom Obi of the Lima Lions", "Tom Obi from the Musicians' Union" (a person's name ends right
    /// before the preposition).
    func personBeforeOf(_ a: Arg, _ start: Int, _ state: DocumentState) -> Arg? {
        var of = a.tokens.lowerBound - 1
        if of > start, tokens[of].lower == "the" { of -= 1 }
        guard of - 1 >= start, ["of", "from"].contains(tokens[of].lower), let p = state.argAt[of - 1], p.kind == .name,
              state.entities[p.entity].type == .person else { return nil }
        return p
    }

    /// The named organisation whose members an unnamed group after `of` counts: "The Paris Club of
    /// 19 creditors meets", "a union of 40 employers met" has the body meet, not its members.
    func bodyBeforeOf(_ a: Arg, _ start: Int, _ state: DocumentState) -> Arg? {
        guard a.kind == .group else { return nil }
        var of = a.tokens.lowerBound - 1
        while of > start, tokens[of].kind == .number || Self.determiners.contains(tokens[of].lower) { of -= 1 }
        guard of - 1 >= start, tokens[of].lower == "of", let body = state.argAt[of - 1], body.kind == .name,
              state.entities[body.entity].type == .organization else { return nil }
        return body
    }

    /// A sentence's first word that opens a fronted adverbial phrase: a preposition, or one of
    /// `frontedOpeners` ("During", "Following", "Upon", "Amid").
    func opensFrontedPhrase(_ t: Token) -> Bool {
        Self.prepositions.contains(t.lower) || Self.frontedOpeners.contains(t.lower)
    }

    /// Whether the comma at `c` is the first of a sentence opened by a preposition ("On the last day
    /// of his tour of Africa, ..."), and what follows is not one more name of a list.
    func closesFrontedPhrase(_ c: Int, _ end: Int, _ state: DocumentState) -> Bool {
        let start = sentences[state.sentenceOf[c]].tokens.lowerBound
        guard opensFrontedPhrase(tokens[start]), !(start..<c).contains(where: { tokens[$0].text == "," }) else { return false }
        if c + 1 < end, let next = state.argAt[c + 1], next.tokens.upperBound < end,
           [",", "and", "or"].contains(tokens[next.tokens.upperBound].lower) { return false }
        return true
    }

    /// The resolved time expression of the sentence nearest the trigger at `k`, one after it
    /// counting half the distance of one before (an expression after the trigger belongs to it
    /// more often): the time of the events that rules build outside `build`.
    func nearestTime(to k: Int, _ times: [TimeMention]) -> TimeValue? {
        var best: (TimeValue, Int)? = nil
        let start = sentences.first { $0.tokens.contains(k) }?.tokens.lowerBound ?? 0
        for t in times {
            guard let v = t.value else { continue }
            // (", who robbed a bank in 1994, went to see": OtherClauseTimes.)
            if inRelativeClauseClosedBefore(t, trigger: k, start: start) { continue }
            let d = t.tokens.lowerBound > k ? t.tokens.lowerBound - k : 2 * (k - t.tokens.upperBound)
            if best == nil || d < best!.1 { best = (v, d) }
        }
        return best?.0
    }
}
