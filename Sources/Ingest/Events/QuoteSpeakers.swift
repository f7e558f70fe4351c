import EventModel

/// `we` in a quotation that runs on over several sentences (issue 3, party names on unseen
/// articles). News prints a long quotation as `Ann Roe explained: "First sentence. Second one.
/// "A new quoted paragraph ...`, so the sentence with `we` may be two or three sentences after
/// the speaker's `VERB: "`, with no attribution of its own. The speaker is the last one introduced
/// so in the paragraph, when no other speaker is named in between; `we` is then the body the
/// speaker talks for: one named in the speaker's phrase, else the organisation the article put
/// before the speaker's title elsewhere ("Rovers chief executive Ann Roe"), else the speaker.
extension EventFinder {
    /// The side of the speaker of the quotation that sentence `si` continues, if any.
    /// (`personOnly`: for `I`, the speaker, never the body they talk for.)
    func continuedQuoteSide(_ si: Int, before j: Int, _ state: DocumentState, personOnly: Bool = false) -> Int? {
        let paragraph = sentences[si].paragraph
        var p = si
        while p >= 0, p >= si - 6, sentences[p].paragraph == paragraph, !sentences[p].isHeading {
            let s = sentences[p].tokens
            let upper = p == si ? j : s.upperBound
            // The last `VERB: "` in the sentence, before `we`.
            var c = upper - 2
            while c > s.lowerBound {
                if tokens[c].text == ":", Self.openingQuotes.contains(tokens[c + 1].text), tokens[c - 1].kind == .word, !tokens[c - 1].isCap {
                    guard let speaker = speakerSide(from: max(s.lowerBound, c - 12), to: c - 1, state, last: true, personOnly: personOnly)
                    else { return nil }
                    if personOnly { return speaker }
                    return state.entities[speaker].type == .person ? affiliation(of: speaker, state) ?? speaker : speaker
                }
                c -= 1
            }
            // Another speaker attributed in between ("..., Ann Roe said.") ends the search.
            if p < si, (s.lowerBound..<s.upperBound).contains(where: { Self.speechVerbs.contains(tokens[$0].lower) }) { return nil }
            p -= 1
        }
        return nil
    }

    static let openingQuotes: Set<String> = ["\"", "\u{201C}"]

    /// The organisation the article names right before the person's title ("Rovers chief
    /// executive Ann Roe", "Northfield Bank's director Ann Roe": only lowercase words or titles
    /// between), in apposition after the name ("Ann Roe, the Rovers director,") or joined ("Ann
    /// Roe joined Rovers as chief executive"), when only one organisation is given so.
    func affiliation(of person: Int, _ state: DocumentState) -> Int? {
        var found: Int? = nil
        for m in state.mentions where m.entity == person {
            let s = sentences[m.sentence].tokens
            guard let first = s.first(where: { tokens[$0].start >= m.span.start }) else { continue }
            if let org = organizationAfter(m, s, state) {
                if let f = found, f != org { return nil }
                found = org
                continue
            }
            var q = first - 1
            var words = 0
            while q >= s.lowerBound, words < 4, isTitleLike(q, s) { q -= 1; words += 1 }
            guard words > 0, q >= s.lowerBound, q < first - 1 else { continue }
            // The organisation whose mention ends at token q.
            guard let org = state.mentions.first(where: { $0.sentence == m.sentence && $0.span.end == tokens[q].end }),
                  state.entities[org.entity].type == .organization else { continue }
            if let f = found, f != org.entity { return nil }
            found = org.entity
        }
        return found
    }

    /// "Ann Roe joined Rovers as ...", "Ann Roe, the Rovers director,": the organisation after the name.
    private func organizationAfter(_ m: Mention, _ s: Range<Int>, _ state: DocumentState) -> Int? {
        guard var q = s.first(where: { tokens[$0].start >= m.span.end }) else { return nil }
        let joined = tokens[q].lower == "joined"
        guard joined || tokens[q].text == "," else { return nil }
        q += 1
        if q < s.upperBound, tokens[q].lower == "the" { q += 1 }
        guard q < s.upperBound, let org = state.mentions.first(where: { $0.sentence == m.sentence && $0.span.start == tokens[q].start }),
              state.entities[org.entity].type == .organization,
              let after = s.first(where: { tokens[$0].start >= org.span.end }) else { return nil }
        if joined { return tokens[after].lower == "as" ? org.entity : nil }
        return Lexicons.shared.titles[tokens[after].lower] != nil || after + 1 < s.upperBound
            && Lexicons.shared.titles[tokens[after].lower + " " + tokens[after + 1].lower] != nil ? org.entity : nil
    }

    /// A word between an organisation and a person's name in "Rovers chief executive Ann Roe":
    /// a lowercase content word, a title word or the possessive.
    private func isTitleLike(_ q: Int, _ s: Range<Int>) -> Bool {
        let w = tokens[q].lower
        if w == "'s" { return true }
        guard tokens[q].kind == .word, Lexicons.shared.stopWords[w] == nil else { return false }
        if !tokens[q].isCap { return true }
        return Lexicons.shared.titles[w] != nil || q + 1 < s.upperBound && Lexicons.shared.titles[w + " " + tokens[q + 1].lower] != nil
            || q > s.lowerBound && Lexicons.shared.titles[tokens[q - 1].lower + " " + w] != nil
    }
}
