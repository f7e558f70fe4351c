import EventModel

/// "Last week Ann Roe and Tom Obi met fans. They plan to hold a summit next month with the
/// clubs.": `they` opening a sentence goes on with the pair of people who were the subject of the
/// sentence before (news keeps its subject), not with a group named after them. `pronoun` alone
/// reads `they` as the last group or body, which here is the fans.
extension EventFinder {
    /// Words that may open a sentence before its subject `they`.
    static let theyOpeners: Set<String> = ["but", "and", "now", "then", "later", "so"]

    /// The two people coordinated as the subject of the sentence before `j`, when `j` is `they`
    /// opening its sentence.
    func theyPair(_ j: Int, _ state: DocumentState) -> [Arg]? {
        guard tokens[j].lower == "they" else { return nil }
        let si = state.sentenceOf[j]
        guard si > 0, !sentences[si - 1].isHeading else { return nil }
        let first = theyClauseStart(j, sentences[si])
        // ("They were first linked in 2014 after they met": a later `they` of a sentence that opens
        // on `they`, with no one named between, is the same pair.)
        if first < j, tokens[first].lower == "they",
           // (Nor a group between: "They said the fans were happy after they met the band".)
           !(first + 1..<j).contains(where: { state.argAt[$0] != nil || Lexicons.shared.groupNouns[tokens[$0].lower] != nil
               || tokens[$0 - 1].lower == "the" && tokens[$0].lower.hasSuffix("s") && !tokens[$0].isCap }) {
            return theyPair(first, state)
        }
        guard first == j else { return nil }
        let prev = sentences[si - 1]
        let end = prev.tokens.upperBound
        guard let a = openingPerson(prev.tokens, state) else { return nil }
        var n = a.tokens.upperBound
        guard n < end, tokens[n].lower == "and" else { return nil }
        n += 1
        // Titles before the second name: "and First Minister Jack McConnell".
        var steps = 0
        while n < end, steps < 4, state.argAt[n] == nil, tokens[n].isCap || Lexicons.shared.titles[tokens[n].lower] != nil { n += 1; steps += 1 }
        guard n < end, let b = state.argAt[n], b.kind == .name, isPerson(b, state), b.entity != a.entity else { return nil }
        // A verb follows the pair: it was the subject.
        let v = b.tokens.upperBound
        guard v < end, tokens[v].kind == .word, !tokens[v].isCap, tokens[v].lower != "'s", !Self.prepositions.contains(tokens[v].lower) else { return nil }
        return [a, b].map { Arg(tokens: j..<(j + 1), entity: $0.entity, kind: .pronoun) }
    }

    private func isPerson(_ a: Arg, _ state: DocumentState) -> Bool { state.entities[a.entity].type == .person }

    /// Where the clause of `they` at `j` begins, past "But", "And", "Later" and commas.
    private func theyClauseStart(_ j: Int, _ s: Sentence) -> Int {
        var first = s.tokens.lowerBound
        while first < j, Self.theyOpeners.contains(tokens[first].lower) || tokens[first].text == "," { first += 1 }
        return first
    }

    /// The person named as the subject that opens `clause`, after at most a short time phrase or a
    /// title ("Last week Ann Roe", "On Monday Mr Obi"); `the` and numbers may lead too when
    /// `looseLead` ("The next day Tom Obi", "In 2015 Tom Obi").
    private func openingPerson(_ clause: Range<Int>, _ state: DocumentState, looseLead: Bool = false) -> Arg? {
        var t = clause.lowerBound
        while t < min(clause.upperBound, clause.lowerBound + 4), state.argAt[t] == nil || !isPerson(state.argAt[t]!, state) { t += 1 }
        guard t < clause.upperBound, let a = state.argAt[t], isPerson(a, state), a.kind == .name else { return nil }
        let lead = (clause.lowerBound..<a.tokens.lowerBound).map { tokens[$0] }
        guard lead.allSatisfy({ Lexicons.shared.timeWords[$0.lower] != nil || ["last", "this", "on", "in", "earlier", "ms", "mr", "mrs", "dr"].contains($0.lower)
            || Lexicons.shared.titles[$0.lower] != nil || looseLead && ($0.lower == "the" || $0.kind == .number) }) else { return nil }
        return a
    }

    /// "Tom Obi found his daughter Ella. They met in Leeds.", "Obi says he rang Ella, and they met
    /// up": `they` after a clause whose subject and object are the only two people named in it is
    /// those two. The clause is the sentence before, when `they` opens its sentence, or the part
    /// of the same sentence before ", (and) they". Not when a group, a body or a plural noun is
    /// named there too ("Obi told the fans about Ella. They ..." may be the fans).
    func theyActorAndObject(_ j: Int, _ state: DocumentState) -> [Arg]? {
        guard tokens[j].lower == "they" else { return nil }
        let si = state.sentenceOf[j]
        let s = sentences[si]
        let first = theyClauseStart(j, s)
        let clause: Range<Int>
        if first == j {
            guard si > 0, !sentences[si - 1].isHeading else { return nil }
            clause = sentences[si - 1].tokens
            // (A reader pairs `they` across no clause of over sixty words; nor is a run-on text walked.)
            guard clause.count <= 60 else { return nil }
        } else {
            var c = j - 1
            if tokens[c].lower == "and" { c -= 1 }
            guard c > s.tokens.lowerBound, tokens[c].text == "," else { return nil }
            clause = s.tokens.lowerBound..<c
            guard clause.count <= 60 else { return nil }
        }
        guard let a = openingPerson(clause, state, looseLead: true) else { return nil }
        var people: [Arg] = [a]
        var n = a.tokens.upperBound
        while n < clause.upperBound {
            let w = tokens[n]
            if let b = state.argAt[n] {
                if b.kind == .group || b.kind == .descriptor { return nil }
                if b.kind == .name {
                    if !isPerson(b, state) && state.entities[b.entity].type != .location { return nil }
                    if isPerson(b, state), !people.contains(where: { $0.entity == b.entity }) { people.append(b) }
                }
                n = max(n + 1, b.tokens.upperBound)
                continue
            }
            // A plural noun or pronoun for others: "the fans", "them", "they".
            if ["they", "them", "their", "we", "us"].contains(w.lower) || Lexicons.shared.groupNouns[w.lower] != nil && w.lower.hasSuffix("s")
                || Self.determiners.contains(tokens[n - 1].lower) && w.kind == .word && !w.isCap && w.lower.hasSuffix("s") && !w.lower.hasSuffix("ss") { return nil }
            n += 1
        }
        guard people.count == 2, people[0].tokens.upperBound < clause.upperBound,
              looksLikeClauseVerb(tokens[people[0].tokens.upperBound]) else { return nil }
        return people.map { Arg(tokens: j..<(j + 1), entity: $0.entity, kind: .pronoun) }
    }

    /// The word after the subject is a verb (or the start of one): a lowercase word that is no
    /// preposition, possessive or conjunction.
    private func looksLikeClauseVerb(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && t.lower != "'s" && !Self.prepositions.contains(t.lower) && !["and", "or", "who", "which"].contains(t.lower)
    }
}
