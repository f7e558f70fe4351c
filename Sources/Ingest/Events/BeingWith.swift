import EventModel

/// Being with someone, with no meeting verb (issue 3, kinds found on unseen articles): "said
/// Ann Roe, who was with her mother in Ohio", "he is with his family in Lagos". The other party is
/// a person: a name, a pronoun or a relative (`EncounterRules.encounterObject`); "was with the
/// company for ten years" or "is with Arsenal" is no meeting.
extension EventFinder {
    func beingWith(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            var k = s.tokens.lowerBound + 1
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                guard tokens[k].lower == "with", Self.companyVerbs.contains(tokens[k - 1].lower) else { continue }
                // "the problem is with the supplier", "than he had been with Ann Roe": a matter or a manner.
                if k >= s.tokens.lowerBound + 2, Self.matterNouns.contains(tokens[k - 2].lower) { continue }
                if (max(s.tokens.lowerBound, k - 5)..<k).contains(where: { tokens[$0].lower == "than" }) { continue }
                // "was with her in the end" needs a person; "was with them" (a group) is too vague.
                guard let other = encounterObject(k + 1, s.tokens.upperBound, &state),
                      state.entities[other.entity].type == .person || other.kind == .group && Self.companionNouns.contains(tokens[other.tokens.upperBound - 1].lower),
                      var f = encounter(k - 1, k + 1, other, si, s, &state, times[si], agent: relativeAntecedent(k - 1, s, state)) else { continue }
                f.event.trigger = tokens[k - 1].text + " " + tokens[k].text
                f.event.triggerSpan = TextSpan(start: tokens[k - 1].start, end: tokens[k].end)
                found.append(f)
            }
        }
    }

    /// "said Ann Roe, who was with": `who` means a person, so the name before it is one even when
    /// the mention finder typed it otherwise (as a pronoun argument, which the encounter accepts).
    private func relativeAntecedent(_ verb: Int, _ s: Sentence, _ state: DocumentState) -> Arg? {
        guard verb >= s.tokens.lowerBound + 3, tokens[verb - 1].lower == "who", tokens[verb - 2].text == ",",
              let named = state.argAt[verb - 3], named.kind == .name, state.entities[named.entity].type != .location else { return nil }
        return Arg(tokens: (verb - 1)..<verb, entity: named.entity, kind: .pronoun)
    }

    /// Subjects of "is with" that are a matter, not a person: "the problem is with X".
    static let matterNouns: Set<String> = ["problem", "problems", "issue", "issues", "trouble", "fault", "difficulty",
                                           "question", "concern", "concerns", "blame", "difference", "sympathy", "sympathies"]

    /// The verb right before `with`: a form of `be`.
    static let companyVerbs: Set<String> = ["was", "were", "is", "are", "been", "be"]
}
