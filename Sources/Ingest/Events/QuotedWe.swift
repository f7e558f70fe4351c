import EventModel

/// `we` inside a quotation is the speaker's side (issue 3, kind 2): "\"We will meet with the
/// striker's agent on Monday,\" said Rovers sporting director Ann Roe" is a meeting of Rovers
/// (an organisation named in the speaker's phrase stands for the side the speaker talks for),
/// else of the speaker. Only a quotation opened in the sentence and attributed in it counts:
/// an unattributed `we` is nobody in particular. `I` in such a quotation is the speaker ("\"I met
/// the 21 who have been brought back,\" Vice President Ann Roe told reporters").
extension EventFinder {
    static let quoteClosers: Set<String> = ["\"", "\u{201D}"]

    /// The side `we` (`us`) at `j` stands for, or the speaker `I` (`me`) is, as an argument, or nil.
    func quotedWe(_ j: Int, _ state: inout DocumentState) -> Arg? {
        // (`me` and `us` as the object: "\"He met me in Lima,\" Ann Roe said".)
        let speakerOnly = tokens[j].text == "I" || tokens[j].text == "me"
        guard ["we", "us"].contains(tokens[j].lower) && !tokens[j].isAllCaps || speakerOnly, state.argAt[j] == nil else { return nil }
        let s = sentences[state.sentenceOf[j]].tokens
        // Inside a quotation: an odd number of straight quotes before it, or a curly opener not closed.
        let straight = (s.lowerBound..<j).filter { tokens[$0].text == "\"" }
        let curlyOpen = (s.lowerBound..<j).last { tokens[$0].text == "\u{201C}" }
        let curlyClose = (s.lowerBound..<j).last { tokens[$0].text == "\u{201D}" }
        let open: Int
        if let c = curlyOpen, curlyClose.map({ $0 < c }) ?? true { open = c }
        else if straight.count % 2 == 1, let last = straight.last { open = last }
        else { return nil }
        var side: Int? = nil
        // After the quotation: `, said SPEAKER` / `, SPEAKER said`.
        if let close = (j + 1..<s.upperBound).first(where: { Self.quoteClosers.contains(tokens[$0].text) }) {
            side = attribution(after: close, s, state, personOnly: speakerOnly)
                ?? pronounAttribution(after: close, s, open: open, state, personOnly: speakerOnly)
        } else {
            // ("About an hour ago I met X. They are well," Roe told reporters: the quotation closes
            // in the next sentence or the one after, which names the speaker; session 22.)
            let si = state.sentenceOf[j]
            for next in (si + 1)..<min(sentences.count, si + 3) {
                let r = sentences[next].tokens
                if r.contains(where: { tokens[$0].text == "\u{201C}" }) { break }
                if let close = r.first(where: { Self.quoteClosers.contains(tokens[$0].text) }) {
                    side = attribution(after: close, r, state, personOnly: speakerOnly)
                        ?? pronounAttribution(after: close, r, open: open, state, personOnly: speakerOnly)
                    break
                }
            }
        }
        // Before it: `SPEAKER said: "We ..."`.
        if side == nil, open >= s.lowerBound + 2, [":", ","].contains(tokens[open - 1].text), Self.speechVerbs.contains(tokens[open - 2].lower) {
            side = speakerSide(from: s.lowerBound, to: open - 2, state, last: true, personOnly: speakerOnly)
        }
        // The quotation opens the sentence after `SPEAKER said:` ending the one before.
        let si = state.sentenceOf[j]
        if side == nil, open == s.lowerBound, si > 0 {
            let p = sentences[si - 1].tokens
            if p.count >= 3, [":", ","].contains(tokens[p.upperBound - 1].text), Self.speechVerbs.contains(tokens[p.upperBound - 2].lower) {
                side = speakerSide(from: p.lowerBound, to: p.upperBound - 2, state, last: true, personOnly: speakerOnly)
            }
        }
        // A quotation running on from an earlier sentence: `Ann Roe explained: "... . "We ...`.
        if side == nil { side = continuedQuoteSide(si, before: j, state, personOnly: speakerOnly) }
        guard let e = side else { return nil }
        let arg = Arg(tokens: j..<(j + 1), entity: e, kind: .pronoun)
        state.set(arg)
        return arg
    }

    /// The speaker named right after a quotation closed at `close` in sentence tokens `s`:
    /// `, said SPEAKER` / `, SPEAKER said`.
    private func attribution(after close: Int, _ s: Range<Int>, _ state: DocumentState, personOnly: Bool) -> Int? {
        var q = close + 1
        if q < s.upperBound, tokens[q].text == "," { q += 1 }
        if q < s.upperBound, Self.quoteVerbs.contains(tokens[q].lower) {
            return speakerSide(from: q + 1, to: min(s.upperBound, q + 12), state, personOnly: personOnly)
        } else if q < s.upperBound, let a = state.argAt[q], a.kind == .name,
                  a.tokens.upperBound < s.upperBound, Self.quoteVerbs.contains(tokens[a.tokens.upperBound].lower) {
            return speakerSide(from: q, to: a.tokens.upperBound, state, personOnly: personOnly)
        }
        return nil
    }

    /// Verbs that attribute a quotation to the one named beside them: the verbs of saying and
    /// the ways news tells a quotation ("she joked", "Roe recalled").
    static let quoteVerbs: Set<String> = speechVerbs.union(["joked", "jokes", "quipped", "laughed", "laughs", "explained",
                                                            "explains", "recalled", "recalls", "insisted", "insists", "admitted",
                                                            "admits", "replied", "replies", "continued", "remembered", "confessed",
                                                            "remarked", "noted", "adds", "tells", "asked", "asks", "wrote", "writes"])

    /// "\"I met Tom Obi in Lima,\" she said": the quotation's speaker told by a pronoun after it
    /// (session 24, from BBC part G18's "\"... when I first met her husband ...\" she joked").
    /// The person the pronoun means is the salient one before the quotation opened, so no one
    /// named inside the quotation is taken; `we` is the speaker's body when the article gives one.
    private func pronounAttribution(after close: Int, _ s: Range<Int>, open: Int, _ state: DocumentState, personOnly: Bool) -> Int? {
        var q = close + 1
        if q < s.upperBound, tokens[q].text == "," { q += 1 }
        guard q + 1 < s.upperBound else { return nil }
        let pronoun: String
        if ["he", "she"].contains(tokens[q].text), Self.quoteVerbs.contains(tokens[q + 1].lower) { pronoun = tokens[q].text }
        else if Self.quoteVerbs.contains(tokens[q].lower), ["he", "she"].contains(tokens[q + 1].text) { pronoun = tokens[q + 1].text }
        else { return nil }
        guard let speaker = salientPerson(before: open, state, pronoun: pronoun)?.entity else { return nil }
        return personOnly ? speaker : affiliation(of: speaker, state) ?? speaker
    }

    /// In a speaker's phrase ("Rovers sporting director Ann Roe", "Ann Roe, the Rovers
    /// director"): a named organisation there, else the person.
    /// (`personOnly`: the speaker named, for `I`; no body speaks as `I`.)
    func speakerSide(from a: Int, to b: Int, _ state: DocumentState, last: Bool = false, personOnly: Bool = false) -> Int? {
        var person: Arg? = nil
        var organizations: [Arg] = []
        var t = a
        while t < b {
            guard let arg = state.argAt[t], arg.kind == .name || arg.kind == .descriptor else { t += 1; continue }
            let e = state.entities[arg.entity]
            if e.type == .person, person == nil || last { person = arg }
            if e.type == .organization, e.subtype != "group" { organizations.append(arg) }
            t = arg.tokens.upperBound
        }
        if personOnly { return person?.entity }
        guard let p = person else { return (last ? organizations.last : organizations.first)?.entity }
        // With a person named, only a body tied to them is their side: right before their title and
        // name ("Rovers sporting director Ann Roe") or in apposition after ("Ann Roe, the Rovers
        // director"); a newspaper the interview ran in is not ("in the newspaper the Daily Post, Roe said").
        let tied = organizations.filter { o in
            if o.tokens.upperBound <= p.tokens.lowerBound {
                return p.tokens.lowerBound - o.tokens.upperBound <= 3
                    && (o.tokens.upperBound..<p.tokens.lowerBound).allSatisfy { tokens[$0].kind == .word || tokens[$0].lower == "'s" }
            }
            return o.tokens.lowerBound >= p.tokens.upperBound && o.tokens.lowerBound - p.tokens.upperBound <= 2
        }
        return (last ? tied.last : tied.first)?.entity ?? p.entity
    }
}
