import EventModel

/// "During talks in Oslo, Ana Roe and Ivo Berg agreed to ...", "After talks on Monday, Roe and
/// Berg signed a pact": a fronted talks noun with no counterpart of its own, whose main clause
/// has two named subjects, is the talks between them (issue 3, branch meetL, found by the
/// sentence-shape probe grid). FrontedClauseSubjects gives the main clause's subject to talks
/// that already name their counterpart; these named none and were dropped.
extension EventFinder {
    func frontedTalksPairs(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].isNoun && found[i].event.type.isMeeting && found[i].event.type != .visit
            && found[i].event.participants.isEmpty {
            let e = found[i].event
            guard let k = tokenIndex(at: e.triggerSpan.start), Self.frontedTalkHeads.contains(tokens[k].lower) else { continue }
            let s = sentences[e.sentence]
            guard let comma = frontedPhraseEnd(k, s) else { continue }
            let end = s.tokens.upperBound
            // Name, `and`, name, then the verb (an adverb may come first: "Roe and Berg also agreed").
            guard comma + 1 < end, let a = state.argAt[comma + 1], a.kind == .name, a.tokens.upperBound + 1 < end,
                  tokens[a.tokens.upperBound].lower == "and", let b = state.argAt[a.tokens.upperBound + 1], b.kind == .name,
                  b.entity != a.entity, b.tokens.upperBound < end else { continue }
            guard isParty(a.entity, state), isParty(b.entity, state) else { continue }
            var v = b.tokens.upperBound
            // ("..., Ivo Berg, who doubles as deputy premier, failed to ...": over an apposition.)
            if tokens[v].text == ",", let close = (v + 1..<min(end, v + 12)).first(where: { tokens[$0].text == "," }),
               close + 1 < end, (v + 1..<close).allSatisfy({ tokens[$0].kind == .word && state.argAt[$0] == nil }) {
                v = close + 1
            }
            if v + 1 < end, tokens[v].lower.hasSuffix("ly") || ["also", "then", "later", "jointly"].contains(tokens[v].lower) { v += 1 }
            let w = tokens[v]
            guard w.kind == .word, !w.isCap, Self.auxiliaries.contains(w.lower) || Self.speechVerbs.contains(w.lower)
                    || Self.irregularPastVerbs.contains(w.lower) || w.lower.hasSuffix("ed") else { continue }
            found[i].event.participants = [Participant(entity: a.entity, role: .agent), Participant(entity: b.entity, role: .participant)]
        }
    }
}
