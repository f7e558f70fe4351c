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
        let s = sentences[si]
        var first = s.tokens.lowerBound
        while first < j, Self.theyOpeners.contains(tokens[first].lower) || tokens[first].text == "," { first += 1 }
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
        // The subject opens the sentence, after at most a short time phrase ("Last week", "On Monday").
        var t = prev.tokens.lowerBound
        while t < min(end, prev.tokens.lowerBound + 4), state.argAt[t] == nil || !isPerson(state.argAt[t]!, state) { t += 1 }
        guard t < end, let a = state.argAt[t], isPerson(a, state), a.kind == .name else { return nil }
        if t > prev.tokens.lowerBound {
            let lead = (prev.tokens.lowerBound..<a.tokens.lowerBound).map { tokens[$0] }
            guard lead.allSatisfy({ Lexicons.shared.timeWords[$0.lower] != nil || ["last", "this", "on", "in", "earlier", "ms", "mr", "mrs", "dr"].contains($0.lower)
                || Lexicons.shared.titles[$0.lower] != nil }) else { return nil }
        }
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
}
