import EventModel

/// "General Motors cut 900 jobs. The US carmaker held talks with Fiat on Tuesday.": business news
/// names a company once, then calls it by what it is (`the carmaker`, `the pan-European bourse`,
/// `the firm`). Such a definite description stands for the organisation an earlier sentence put
/// first, so that every event rule reads it as that body:
/// - the phrase is `the`, at most three modifiers (lowercase words, or capitalised ones such as
///   `US`, `German`, `pan-European`), then a body word (`org-role` in event-cues.tsv);
/// - not "the carmaker MG Rover" (a name follows: the name finder's case), "the group of
///   ministers", nor a compound ("the exchange rate", "the group stage"): after the body word
///   comes punctuation, a function word or a verb form;
/// - the body is the first organisation named in the nearest of the three sentences before
///   (the subject of a sentence is what the next one goes on about); one in the description's
///   own sentence is more often the other side ("talks with the LSE, the bourse said") and is
///   not taken. Newspapers and channels stand for a media body, other body words for any other.
extension DescriptorLinker {
    static let mediaBodyWords: Set<String> = ["newspaper", "tabloid", "channel", "network", "broadcaster"]

    func linkDescribedBodies(_ state: inout DocumentState) {
        let bodyWords = EventCues.bodyRoles
        for (si, s) in sentences.enumerated() where !s.isHeading && si > 0 {
            var k = s.tokens.lowerBound
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                guard let head = describedHead(after: k, s, heads: bodyWords, modifiers: 3, state, isModifier: { isBodyModifier($0, state) })
                else { continue }
                let media = Self.mediaBodyWords.contains(tokens[head].lower)
                // ("the German exchange" after a sentence naming three exchanges: which one is German
                // the article does not say here, so a nationality picks none among several.)
                let national = (k + 1..<head).contains { Gazetteer.shared.country(adjective: tokens[$0].text) != nil }
                guard let body = speakersBody(before: k, s, media: media, state)
                        ?? firstBody(before: si, media: media, onlyOne: national, state) else { continue }
                state.set(Arg(tokens: k..<(head + 1), entity: body, kind: .descriptor))
                k = head
            }
        }
    }

    /// "the [modifiers] HEAD" at `k`, the phrase ending after HEAD (`endsPhrase`): where HEAD is, for
    /// a body word (`the US carmaker`) or an occupation (`the 60-year-old actor`, DescribedPersons).
    func describedHead(after k: Int, _ s: Sentence, heads: Set<String>, modifiers: Int, _ state: DocumentState,
                       isModifier: (Int) -> Bool) -> Int? {
        guard tokens[k].lower == "the", state.argAt[k] == nil else { return nil }
        var head = k + 1
        while head < s.tokens.upperBound, head <= k + modifiers, tokens[head].kind == .word, !heads.contains(tokens[head].lower),
              isModifier(head) { head += 1 }
        guard head < s.tokens.upperBound, head <= k + modifiers + 1, tokens[head].kind == .word, !tokens[head].isCap,
              heads.contains(tokens[head].lower), endsPhrase(after: head, s) else { return nil }
        return head
    }

    /// A word that may describe a body before its body word: "German", "US", "pan-European",
    /// "troubled", "Paris-based". Not a function word, a number or a name other than a country's.
    func isBodyModifier(_ j: Int, _ state: DocumentState) -> Bool {
        let t = tokens[j]
        // ("the London exchange": a city's body is the one named after it, DescribedParties.)
        if t.isCap, !Gazetteer.shared.places(named: t.text).isEmpty { return false }
        if let a = state.argAt[j] {
            let e = state.entities[a.entity]
            return e.type == .location && e.subtype == "country"
        }
        guard Lexicons.shared.stopWords[t.lower] == nil, Lexicons.shared.timeWords[t.lower] == nil else { return false }
        return !t.isCap || Gazetteer.shared.country(adjective: t.text) != nil || t.text.contains("-")
    }

    /// Whether the body word at `head` ends its phrase: punctuation, a function word, a possessive
    /// or a verb form follows, not a name, `of` or a noun of a compound.
    func endsPhrase(after head: Int, _ s: Sentence) -> Bool {
        let n = head + 1
        guard n < s.tokens.upperBound else { return true }
        let t = tokens[n]
        if t.kind == .punct { return true }
        if t.isCap || t.lower == "of" { return false }
        if Lexicons.shared.stopWords[t.lower] != nil || t.lower == "'s" || EventFinder.irregularPastVerbs.contains(t.lower) { return true }
        // ("the carmaker met", "the bank holds talks": a trigger or a verb's ending.)
        if let forms = Lexicons.shared.triggers[t.lower], forms.contains(where: { !$0.isNoun }) { return true }
        return t.lower.hasSuffix("ed") || t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss")
    }

    /// "one of the brothers behind the Falic Group said the firm had held talks": an organisation
    /// named before a verb of saying in the description's own sentence, with no other between.
    private func speakersBody(before k: Int, _ s: Sentence, media: Bool, _ state: DocumentState) -> Int? {
        guard let said = (s.tokens.lowerBound..<k).last(where: { EventFinder.speechVerbs.contains(tokens[$0].lower) }),
              (said + 1..<k).allSatisfy({ ["that", ","].contains(tokens[$0].lower) }) else { return nil }
        let bodies = bodiesNamed(in: s.tokens.lowerBound..<said, media: media, state)
        return bodies.count == 1 ? bodies[0] : nil
    }

    /// The first organisation named in the nearest of the three sentences before `si` that names
    /// one; with `onlyOne`, only when that sentence names no other.
    private func firstBody(before si: Int, media: Bool, onlyOne: Bool, _ state: DocumentState) -> Int? {
        for back in 1...3 where si - back >= 0 {
            let bodies = bodiesNamed(in: sentences[si - back].tokens, media: media, state)
            guard let first = bodies.first else { continue }
            return !onlyOne || bodies.count == 1 ? first : nil
        }
        return nil
    }

    /// The distinct organisations named in `range`, in order; media bodies only or none of them.
    private func bodiesNamed(in range: Range<Int>, media: Bool, _ state: DocumentState) -> [Int] {
        var out: [Int] = []
        for a in names(in: range, state) {
            let e = state.entities[a.entity]
            // (A code of two digits or more, `NH175`, a flight or a handle, is no body a description
            // goes on with; `3M`, `7-Eleven` and the `G20` are.)
            let code = e.subtype != "intergovernmental" && e.name.filter(\.isNumber).count >= 2
            if e.type == .organization, (e.subtype == "media") == media, !code, !out.contains(a.entity) {
                out.append(a.entity)
            }
        }
        return out
    }

    /// The names written in `range`, in order, each once however many tokens it spans.
    func names(in range: Range<Int>, _ state: DocumentState) -> [Arg] {
        var out: [Arg] = []
        var t = range.lowerBound
        while t < range.upperBound {
            guard let a = state.argAt[t], a.kind == .name else { t += 1; continue }
            out.append(a)
            t = max(t + 1, a.tokens.upperBound)
        }
        return out
    }
}
