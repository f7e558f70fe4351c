import EventModel

/// "Ann Roe and her son were reunited at the airport": a reunion told of both people as the
/// subject, with no `with` (that form is EncounterRules' `reunited`). The gold conventions count
/// it as a personal encounter (`note` of `../shared/eval/meetings-dev-dated.json`); wanting to be
/// reunited is not one, which the modality cues ("hopes to be") already mark.
extension EventFinder {
    func reunitedPairs(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            for k in s.tokens where tokens[k].lower == "reunited" && k > s.tokens.lowerBound {
                // "were finally reunited": past adverbs back to the auxiliary.
                var b = k - 1
                while b > s.tokens.lowerBound, tokens[b].lower.hasSuffix("ly") { b -= 1 }
                guard Self.beVerbs.contains(tokens[b].lower) || tokens[b].lower == "be" else { continue }
                if k + 1 < s.tokens.upperBound, tokens[k + 1].lower == "with" { continue }
                guard !found.contains(where: { $0.event.triggerSpan.start == tokens[k].start }) else { continue }
                var people: [Arg] = []
                for a in leftArguments(k, s.tokens.lowerBound, &state, si) where !people.contains(where: { $0.entity == a.entity }) {
                    let e = state.entities[a.entity]
                    if e.type == .person || a.kind == .group && e.type != .location { people.append(a) }
                }
                // "Ann Roe and her cousin Eva Roe": every person of the subject, when the names are
                // joined by "and" (leftArguments stops at the relative).
                if people.count < 2 {
                    let clause = ((s.tokens.lowerBound..<b).last { tokens[$0].text == "," } ?? s.tokens.lowerBound - 1) + 1
                    var named: [Arg] = []
                    var j = clause
                    while j < b {
                        if let a = state.argAt[j] {
                            if state.entities[a.entity].type == .person, !named.contains(where: { $0.entity == a.entity }) { named.append(a) }
                            j = max(j + 1, a.tokens.upperBound)
                        } else { j += 1 }
                    }
                    if named.count >= 2, (clause..<b).contains(where: { tokens[$0].lower == "and" }) { people = named }
                }
                guard people.count >= 2,
                      var f = encounter(k, k + 1, people[1], si, s, &state, times[si], agent: people[0]) else { continue }
                for more in people.dropFirst(2) { f.event.participants.append(Participant(entity: more.entity, role: .participant)) }
                found.append(f)
            }
        }
    }
}
