import EventModel

/// Titles written in lowercase outside a person's name, which `MentionFinder` leaves out of the
/// name and so out of the titled list `DescriptorLinker.linkTitles` reads: a title right before
/// the name ("UK chancellor Ann Roe", "finance minister Luis Vera") and one in apposition after it
/// ("Ann Roe, the chancellor," / "Luis Vera, the Peruvian finance minister."). With them "the
/// chancellor" further on stands for that person, as it does after "Chancellor Ann Roe" (issue 3:
/// title references). A former holder ("former chancellor Ann Roe", "Ann Roe, the then
/// chancellor") is not the one "the chancellor" means, so is left out.
enum LowercaseTitles {
    /// Words that make a title a past or acting office.
    static let notCurrent: Set<String> = ["former", "ex", "then", "late", "acting", "outgoing", "interim", "future", "next", "would-be"]

    static func find(_ tokens: [Token], _ sentences: [Sentence], _ state: DocumentState) -> [(token: Int, entity: Int, title: String)] {
        let lex = Lexicons.shared
        var out: [(token: Int, entity: Int, title: String)] = []
        for s in sentences where !s.isHeading {
            var t = s.tokens.lowerBound
            while t < s.tokens.upperBound {
                guard let a = state.argAt[t], a.kind == .name, a.tokens.lowerBound == t,
                      state.entities[a.entity].type == .person else { t += 1; continue }
                // Before the name: the longest run of lowercase words ending at it that is a title.
                if let title = longestTitle(endingAt: a.tokens.lowerBound, from: s.tokens.lowerBound, tokens, state) {
                    out.append((a.tokens.lowerBound, a.entity, title))
                }
                // After it: ", the [Nationality] [lowercase words] TITLE" closed by a comma, a full stop or the sentence end.
                var q = a.tokens.upperBound
                // (", Peru's finance minister,", ", the Andean Bank's chairman,": a country or body's
                // possessive stands where `the` does, or after it.)
                let possessed = q + 2 < s.tokens.upperBound && tokens[q].text == ","
                    ? possessorEnd(q + 1, s, tokens, state) ?? (tokens[q + 1].lower == "the" ? possessorEnd(q + 2, s, tokens, state) : nil) : nil
                if q + 1 < s.tokens.upperBound, tokens[q].text == ",", tokens[q + 1].lower == "the" || possessed != nil {
                    q = possessed ?? q + 2
                    if q < s.tokens.upperBound, tokens[q].isCap, Gazetteer.shared.country(adjective: tokens[q].text) != nil { q += 1 }
                    var e = q
                    while e < s.tokens.upperBound, e < q + 3, tokens[e].kind == .word, !tokens[e].isCap, state.argAt[e] == nil { e += 1 }
                    let closed = e == s.tokens.upperBound || [",", ".", ";"].contains(tokens[e].text)
                    if e > q, closed, !(q..<e).contains(where: { notCurrent.contains(tokens[$0].lower) }) {
                        // The longest title that ends the phrase: "finance minister", else "minister".
                        for b in q..<e {
                            let key = (b..<e).map { tokens[$0].lower }.joined(separator: " ")
                            if lex.titles[key] != nil { out.append((a.tokens.lowerBound, a.entity, key)); break }
                        }
                    }
                }
                t = a.tokens.upperBound
            }
        }
        return out
    }

    /// The token after `Peru's` when a country or organisation's name opens at `q` and `'s`
    /// follows it: ", Peru's finance minister," (issue 3, party probes: "the minister" after such an
    /// apposition became an unnamed minister instead of the person).
    private static func possessorEnd(_ q: Int, _ s: Sentence, _ tokens: [Token], _ state: DocumentState) -> Int? {
        guard let p = state.argAt[q], p.kind == .name, p.tokens.lowerBound == q, p.tokens.upperBound < s.tokens.upperBound,
              ["'s", "\u{2019}s"].contains(tokens[p.tokens.upperBound].lower) else { return nil }
        let e = state.entities[p.entity]
        guard e.type == .organization || e.type == .location && e.subtype == "country" else { return nil }
        return p.tokens.upperBound + 1
    }

    /// The longest title of up to three lowercase words right before token `k`, not after a
    /// word that makes it a past office.
    private static func longestTitle(endingAt k: Int, from start: Int, _ tokens: [Token], _ state: DocumentState) -> String? {
        let lex = Lexicons.shared
        var best: String? = nil
        var n = 1
        while n <= 3, k - n >= start {
            let w = tokens[k - n]
            // (A capitalised title outside the name is one the name finder left out: "President-elect Ann Roe".)
            guard w.kind == .word, !w.isCap || w.lower.hasSuffix("-elect"), state.argAt[k - n] == nil else { break }
            let key = (k - n..<k).map { tokens[$0].lower }.joined(separator: " ")
            if lex.titles[key] != nil { best = key }
            n += 1
        }
        guard var title = best else { return nil }
        var before = k - title.split(separator: " ").count - 1
        // "finance minister Ann Roe": the portfolio word is part of the title a reference repeats.
        if before >= start, title.split(separator: " ").count == 1, portfolioTitle(at: before, k, tokens) != nil {
            title = tokens[before].lower + " " + title
            before -= 1
        }
        if before >= start, notCurrent.contains(tokens[before].lower) { return nil }
        return title
    }

    /// "finance minister", "health secretary": a lowercase word that is no grammar word, no time
    /// word and no past-office word, before a person's title, both at `j` (before `end`).
    static func portfolioTitle(at j: Int, _ end: Int, _ tokens: [Token]) -> String? {
        let lex = Lexicons.shared
        guard j >= 0, j + 2 <= end, tokens[j].kind == .word, !tokens[j].isCap, tokens[j + 1].kind == .word, !tokens[j + 1].isCap,
              lex.stopWords[tokens[j].lower] == nil, lex.timeWords[tokens[j].lower] == nil, !notCurrent.contains(tokens[j].lower),
              lex.titles[tokens[j].lower] == nil, lex.titles[tokens[j + 1].lower]?.personOnly == true else { return nil }
        return tokens[j].lower + " " + tokens[j + 1].lower
    }
}
