import EventModel

/// Title references that `DescriptorLinker.linkTitles` cannot resolve from a titled name
/// before them (issue 3, kind 1: a party named only by the title the article gave it):
/// - a party or body word before the title: "the Liberal leader", "the Labour chairman" is the
///   person the article introduced as "Liberal leader Ann Roe" (the lowercase title is outside
///   the capitalised name, so the name itself carries no title);
/// - a lead that gives the title before the name: "the Pakistani president's visit ...", then
///   "President Musharraf" further down.
/// Both resolve only when one person fits: two people introduced with the same words leave
/// the reference alone.
extension DescriptorLinker {
    /// "the MOD TITLE" (MOD a capitalised word, TITLE one or two title words) where earlier
    /// tokens read "MOD TITLE NAME" for exactly one person.
    func linkModifiedTitles(_ state: inout DocumentState) {
        let lex = Lexicons.shared
        for s in sentences where !s.isHeading {
            var k = s.tokens.lowerBound
            while k + 2 < s.tokens.upperBound {
                defer { k += 1 }
                let j = k + 1
                // (A one-word modifier may itself read as a name: "the Green chairman". An acronym
                // may spell a stop word: "the US president" is no "us".)
                guard tokens[k].lower == "the", tokens[j].isCap, tokens[j].kind == .word,
                      lex.stopWords[tokens[j].lower] == nil || tokens[j].isAllCaps,
                      // The modifier alone may be a name, or with a capitalised "The" ("The US").
                      state.argAt[j].map({ $0.tokens == j..<(j + 1) || $0.tokens == k..<(j + 1) }) ?? (state.argAt[k] == nil)
                else { continue }
                var n = 0
                for m in 1...2 where j + 1 + m <= s.tokens.upperBound {
                    let words = (j + 1..<(j + 1 + m)).map { tokens[$0].lower }.joined(separator: " ")
                    if lex.titles[words] != nil, (j + 1..<(j + 1 + m)).allSatisfy({ !tokens[$0].isCap }) { n = m }
                }
                guard n > 0 else { continue }
                let end = j + 1 + n
                // "the Liberal leader Ann Roe" names the person itself; "the Liberal leader of X" describes one.
                if end < s.tokens.upperBound, tokens[end].isCap || tokens[end].lower == "of" || state.argAt[end] != nil { continue }
                guard let person = onlyIntroduced(modifier: j, titleWords: n, before: k, state) else { continue }
                state.set(Arg(tokens: k..<end, entity: person, kind: .descriptor))
                k = end - 1
            }
        }
    }

    /// The one person named right after the words `tokens[m...m+n]` somewhere before `limit`
    /// (the person's name may carry them: "US President Dale Carver" is one name with its title).
    private func onlyIntroduced(modifier m: Int, titleWords n: Int, before limit: Int, _ state: DocumentState) -> Int? {
        var found: Int? = nil
        var t = 0
        while t + n + 1 < limit {
            defer { t += 1 }
            guard tokens[t].lower == tokens[m].lower, tokens[t].isCap,
                  (1...n).allSatisfy({ tokens[t + $0].lower == tokens[m + $0].lower }),
                  let p = isPersonName(state.argAt[t + n + 1], state),
                  (t...(t + n + 1)).contains(p.tokens.lowerBound) else { continue }
            if let f = found, f != p.entity { return nil }
            found = p.entity
        }
        return found
    }

    /// The first person given `title` in the next three sentences: a lead that says "the
    /// Pakistani president" before naming "President Musharraf" (a president named further
    /// down is another story; two named together leave it open).
    func onlyLaterTitled(_ title: String, after k: Int, _ titled: [(token: Int, entity: Int, title: String)],
                         _ state: DocumentState) -> (token: Int, entity: Int, title: String)? {
        let last = state.sentenceOf[k] + 3
        let later = titled.filter { $0.token > k && state.sentenceOf[$0.token] <= last && Self.holds($0.title, title) }
        // The first one named so, unless its sentence names another with the same title.
        guard let first = later.first,
              later.allSatisfy({ $0.entity == first.entity || state.sentenceOf[$0.token] != state.sentenceOf[first.token] }) else { return nil }
        return first
    }

    /// "Nigeria's Borno state", "Kenya's northern Turkana county": a region or city of the
    /// country right after its possessive (up to two lowercase words between).
    func placeAfterPossessive(_ j: Int, _ s: Sentence, _ state: DocumentState) -> Bool {
        var q = j
        while q < s.tokens.upperBound, q < j + 2, tokens[q].kind == .word, !tokens[q].isCap { q += 1 }
        guard q < s.tokens.upperBound, let a = state.argAt[q], a.kind == .name else { return false }
        let e = state.entities[a.entity]
        return e.type == .location && e.subtype != "country"
    }

    private func isPersonName(_ a: Arg?, _ state: DocumentState) -> Arg? {
        guard let a, a.kind == .name, state.entities[a.entity].type == .person else { return nil }
        return a
    }
}
