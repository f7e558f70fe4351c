import EventModel

/// "It says the Treasury has set aside £7bn and that talks with business groups will begin
/// shortly", "Although Velo's deals cover only the US, talks were on-going with European
/// suppliers": talks that head a later clause of the sentence with only their counterpart are
/// the talks of whoever the earlier clause is about, its subject or possessor (session 23; the
/// annotators key that party). FrontedTalksSpeaker handles talks that open the sentence.
/// Only a body, a person or a country named outside a prepositional phrase, and no paper or
/// agency ("according to the Courier" stays out).
extension EventFinder {
    /// Words that close the earlier clause right before the talks' noun phrase.
    static let laterClauseOpeners: Set<String> = [",", "that", "and", "but", "while", "whereas", ";"]

    func earlierClauseTalksOwners(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].isNoun && (found[i].event.type == .negotiate || found[i].event.type == .meet) {
            let e = found[i].event
            guard e.participants.count == 1, let k = tokenIndex(at: e.triggerSpan.start),
                  Self.frontedTalkNouns.contains(tokens[k].lower) else { continue }
            let s = sentences[e.sentence]
            // The counterpart follows `with` in the talks' own clause ("talks with X", "talks were on-going with X").
            let clauseEnd = (k + 1..<min(s.tokens.upperBound, k + 12)).first { tokens[$0].text == "," && tokens[$0 - 1].lower != "with" } ?? min(s.tokens.upperBound, k + 12)
            guard let with = (k + 1..<min(clauseEnd, k + 8)).first(where: { tokens[$0].lower == "with" }),
                  let at = (with + 1..<min(clauseEnd, with + 6)).first(where: { state.argAt[$0] != nil }), let counterpart = state.argAt[at],
                  counterpart.entity == e.participants[0].entity else { continue }
            // The talks head their clause: only a determiner or a modifier stands between the opener and the noun.
            var b = k - 1
            while b > s.tokens.lowerBound, ["the", "fresh", "further", "formal", "new", "direct"].contains(tokens[b].lower) { b -= 1 }
            guard b > s.tokens.lowerBound, Self.laterClauseOpeners.contains(tokens[b].lower) else { continue }
            guard let owner = earlierClauseOwner(before: b, s, state), owner != counterpart.entity else { continue }
            found[i].event.participants[0].role = .participant
            found[i].event.participants.insert(Participant(entity: owner, role: .agent), at: 0)
        }
    }

    /// The nearest name before `b` that is a clause's subject (its verb next) or a possessor: a body,
    /// a person or a country, not the object of a preposition or a verb, and no paper or agency.
    private func earlierClauseOwner(before b: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        // (Within forty words: a longer clause has lost its subject, and a long run-on text must not
        // be walked once per talks.)
        var j = b - 1
        while j >= max(s.tokens.lowerBound, b - 40) {
            guard let a = state.argAt[j] else { j -= 1; continue }
            defer { j = a.tokens.lowerBound - 1 }
            guard a.kind == .name else { continue }
            let entity = state.entities[a.entity]
            let possessive = a.tokens.upperBound < s.tokens.upperBound && tokens[a.tokens.upperBound].lower == "'s"
            if !possessive, preposition(before: a.tokens.lowerBound, from: s.tokens.lowerBound, state.argAt) != nil { continue }
            // A subject has its verb next ("the Treasury has set aside"); "cover the US market" has an object.
            if !possessive, a.tokens.upperBound >= s.tokens.upperBound || !looksLikeVerb(tokens[a.tokens.upperBound]) { continue }
            if entity.type == .location && entity.subtype != "country" { continue }
            if isNewsOutlet(entity) { return nil }
            return a.entity
        }
        return nil
    }
}
