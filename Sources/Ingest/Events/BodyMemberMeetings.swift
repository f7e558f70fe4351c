import EventModel

/// A meeting told through an intergovernmental body's members rather than its name (a body's
/// meeting, `note` of `../shared/eval/meetings-dev-*.json`: the body is the sole participant when
/// no attendee is named):
/// - "next month's meeting of finance ministers from the G7 nations in Rome";
/// - "At their meeting in Madrid, G7 finance ministers backed the plan".
/// Only a bare `meeting` that found no party but an unnamed group, and only ministers, leaders or other member words
/// tied to the body: "a meeting of staff from the bank" or "at their meeting, the unions agreed"
/// stay without a body.
extension EventFinder {
    func bodyMemberMeetings(_ found: inout [Found], _ state: DocumentState) {
        // (The member words may have made an unnamed group the only party: "finance ministers".)
        for i in found.indices where found[i].event.type == .meet && found[i].isNoun
            && found[i].event.participants.allSatisfy({ state.entities[$0.entity].subtype == "group" }) {
            let e = found[i].event
            guard let k = tokenIndex(at: e.triggerSpan.start), ["meeting", "meetings"].contains(tokens[k].lower) else { continue }
            let s = sentences[e.sentence]
            guard let body = membersOfBody(after: k, s, state) ?? frontedMeetingSubject(k, s, state) else { continue }
            found[i].event.participants = [Participant(entity: body, role: .participant)]
            found[i].flags.insert("body")
        }
    }

    /// "meeting of finance ministers from the G7": member words, then `from`/`of`, then the body.
    private func membersOfBody(after k: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        let end = s.tokens.upperBound
        guard k + 2 < end, tokens[k + 1].lower == "of" else { return nil }
        var j = k + 2, sawMembers = false
        while j < min(end, k + 7), tokens[j].kind == .word, !tokens[j].isCap {
            if Self.bodyMemberNouns.contains(tokens[j].lower) { sawMembers = true }
            if sawMembers, ["from", "of"].contains(tokens[j].lower) { break }
            j += 1
        }
        guard sawMembers, j < end, ["from", "of"].contains(tokens[j].lower) else { return nil }
        j += 1
        if j < end, tokens[j].lower == "the" { j += 1 }
        return intergovernmentalBody(at: j, state)
    }

    /// "At their meeting in Madrid, G7 finance ministers backed ...": the fronted phrase is the
    /// subject's own meeting; the subject is the body and a member word.
    private func frontedMeetingSubject(_ k: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        guard k >= start + 2, tokens[k - 1].lower == "their", ["at", "during", "after"].contains(tokens[k - 2].lower),
              k - 2 == start else { return nil }
        guard let comma = (k + 1..<min(end, k + 12)).first(where: { tokens[$0].text == "," }) else { return nil }
        var j = comma + 1
        if j < end, tokens[j].lower == "the" { j += 1 }
        guard let body = intergovernmentalBody(at: j, state), let a = state.argAt[j] else { return nil }
        var q = a.tokens.upperBound
        while q < min(end, a.tokens.upperBound + 3), tokens[q].kind == .word, !tokens[q].isCap {
            if Self.bodyMemberNouns.contains(tokens[q].lower) { return body }
            q += 1
        }
        return nil
    }

    private func intergovernmentalBody(at j: Int, _ state: DocumentState) -> Int? {
        guard j < tokens.count, let a = state.argAt[j], a.kind == .name,
              state.entities[a.entity].subtype == "intergovernmental" else { return nil }
        return a.entity
    }
}
