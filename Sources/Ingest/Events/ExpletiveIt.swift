import EventModel

/// "X said it was a great honour to meet Y" (issue 3, trigger audit on unseen dated news): `it`
/// there stands for nothing, and the one who met Y is the speaker X. Read as a pronoun, `it` took
/// the article's last organisation ("the White House") as the party, and X was lost. `It` is
/// referential when it is a body's subject with an adjective of will ("the council said it was
/// ready to meet the union"): only a noun phrase ("a great honour", "a privilege") or an
/// evaluative adjective ("important", "good") before `to` makes it empty.
extension EventFinder {
    static let expletiveAdjectives: Set<String> = ["important", "good", "great", "nice", "necessary", "time", "wonderful",
                                                   "vital", "essential", "crucial", "hard", "difficult", "easy", "useful",
                                                   "right", "fantastic", "amazing", "exciting", "special"]
    static let claimVerbs: Set<String> = ["said", "says", "claimed", "claims", "added", "stated", "insisted", "told", "wrote", "tweeted"]

    func expletiveSubjects(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].event.type.isMeeting && !found[i].isNoun {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence].tokens
            guard k - 4 >= s.lowerBound, tokens[k - 1].lower == "to" else { continue }
            // "it was / it is / it's / it would be ... to meet", within eight words.
            guard let it = (max(s.lowerBound, k - 9)..<(k - 2)).last(where: { tokens[$0].lower == "it" }) else { continue }
            var b = it + 1
            if b < k, ["would", "will", "has", "had"].contains(tokens[b].lower) { b += 1 }
            guard b < k, ["was", "is", "'s", "be", "been"].contains(tokens[b].lower), b + 1 < k else { continue }
            let next = tokens[b + 1].lower
            guard ["a", "an"].contains(next) || Self.expletiveAdjectives.contains(next) else { continue }
            // The speaker before `it`: "X said it", "X has said it".
            var v = it - 1
            if v >= s.lowerBound, tokens[v].lower == "that" { v -= 1 }
            guard v > s.lowerBound, Self.claimVerbs.contains(tokens[v].lower) else { continue }
            var p = v - 1
            while p > s.lowerBound, Self.auxiliaries.contains(tokens[p].lower) || tokens[p].lower.hasSuffix("ly") { p -= 1 }
            guard let speaker = state.argAt[p], state.entities[speaker.entity].type == .person else { continue }
            var parts = found[i].event.participants.filter { $0.role != .agent && $0.entity != speaker.entity }
            parts.insert(Participant(entity: speaker.entity, role: .agent), at: 0)
            found[i].event.participants = parts
        }
    }
}
