import EventModel

/// "X told Y during a meeting in Oslo that ...", "X told Y at talks on Monday that ...": a meeting
/// noun with no counterpart of its own, right after a speaker's words to a named hearer, is the
/// meeting of the two (issue 3, branch meetL, found by the sentence-shape probe grid). The noun
/// found at most one of them (the speaker is the subject of `told`) and no `with` phrase, and was
/// dropped.
extension EventFinder {
    /// Prepositions that put what was said inside the meeting, and words before the noun.
    static let sayingInsideMeeting: Set<String> = ["during", "at", "in", "after", "on"]
    static let meetingNounOpeners: Set<String> = ["a", "an", "the", "their", "his", "her", "private", "closed-door", "brief", "recent"]

    func speechDuringMeetings(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].isNoun && found[i].event.type.isMeeting && found[i].event.type != .visit
            && found[i].event.participants.count < 2 {
            let m = found[i].event
            guard let k = tokenIndex(at: m.triggerSpan.start) else { continue }
            // Back over the noun's openers to its preposition.
            var p = k - 1
            while p > 0, Self.meetingNounOpeners.contains(tokens[p].lower) { p -= 1 }
            guard p > 0, Self.sayingInsideMeeting.contains(tokens[p].lower) else { continue }
            // A statement to a hearer that ends right before the preposition.
            let told = found.first { f in
                let s = f.event
                guard s.type == .statement, s.sentence == m.sentence, s.triggerSpan.end < m.triggerSpan.start,
                      let hearer = s.participants.first(where: { $0.role != .agent }),
                      let speaker = s.participants.first(where: { $0.role == .agent }),
                      state.entities[hearer.entity].type == .person || isMetGroup(hearer.entity, p - 1, state),
                      state.entities[speaker.entity].type == .person,
                      let a = state.argAt[p - 1], a.entity == hearer.entity else { return false }
                return true
            }
            // (The noun may have taken one of the two as its subject already.)
            if let t = told?.event, m.participants.allSatisfy({ p in t.participants.contains { $0.entity == p.entity } }) {
                found[i].event.participants = t.participants.map { Participant(entity: $0.entity, role: $0.role == .agent ? .agent : .participant) }
            } else if let (speaker, hearer) = speakerAndHearer(before: p, &state),
                      m.participants.allSatisfy({ [speaker, hearer].contains($0.entity) || state.entities[$0.entity].type == .location }) {
                found[i].event.participants = [Participant(entity: speaker, role: .agent), Participant(entity: hearer, role: .participant)]
            }
        }
    }

    /// "told union leaders at a meeting": an unnamed group ending right before the preposition,
    /// which is no audience.
    private func isMetGroup(_ e: Int, _ last: Int, _ state: DocumentState) -> Bool {
        guard let a = state.argAt[last], a.entity == e, a.kind == .group else { return false }
        return !Self.audienceHeads.contains(tokens[a.tokens.upperBound - 1].lower)
    }

    /// Verbs whose hearer follows `to`: "explained his reasons to his constituents at a meeting".
    static let speakingToVerbs: Set<String> = ["explained", "explains", "spoke", "speaks", "talked", "talks", "apologised", "apologized",
                                               "apologises", "apologizes", "outlined", "outlines", "said", "says", "announced", "announces"]
    /// Hearers who make a briefing or a rally, not a meeting.
    static let audienceHeads: Set<String> = ["reporters", "journalists", "press", "media", "audience", "audiences", "crowd", "crowds",
                                             "viewers", "listeners", "readers", "supporters", "delegates"]

    /// "X explained his reasons to his constituents at a meeting": the person who speaks (right
    /// before a verb of speaking) and the person or group spoken to (after `to`, right before the
    /// meeting's preposition at `p`), when the meeting noun found no counterpart (issue 3, session 22).
    private func speakerAndHearer(before p: Int, _ state: inout DocumentState) -> (Int, Int)? {
        let si = state.sentenceOf[p]
        // (An unnamed group no rule has asked for yet: "to his constituents".)
        if p > 0, state.argAt[p - 1] == nil, Lexicons.shared.groupNouns[tokens[p - 1].lower] != nil {
            _ = makeGroup(head: p - 1, sentences[si].tokens.lowerBound, &state, si)
        }
        guard p > 0, let h = state.argAt[p - 1], h.kind == .name || h.kind == .group,
              state.entities[h.entity].type != .location, !Self.audienceHeads.contains(tokens[h.tokens.upperBound - 1].lower) else { return nil }
        // Back over the hearer's own determiners and modifiers to `to`.
        var q = h.tokens.lowerBound - 1
        // ("to his East Midlands constituents": a place before the group only says which.)
        while q > 0, q > h.tokens.lowerBound - 5, tokens[q].lower != "to", tokens[q].kind == .word,
              state.argAt[q].map({ state.entities[$0.entity].type == .location }) ?? true { q -= 1 }
        guard q > 0, tokens[q].lower == "to" else { return nil }
        // The verb within a few words before `to` ("explained his reasons to"), in the speaker's clause.
        let from = max(sentences[si].tokens.lowerBound, q - 5)
        guard let v = (from..<q).last(where: { Self.speakingToVerbs.contains(tokens[$0].lower) }),
              !(v + 1..<q).contains(where: { tokens[$0].kind == .punct || Self.speakingToVerbs.contains(tokens[$0].lower) }) else { return nil }
        // The speaker: the person right before the verb (over adverbs and auxiliaries).
        var b = v - 1
        while b >= sentences[si].tokens.lowerBound, state.argAt[b] == nil, tokens[b].kind == .word, !tokens[b].isCap,
              Self.auxiliaries.contains(tokens[b].lower) || tokens[b].lower.hasSuffix("ly") || ["also", "then", "later"].contains(tokens[b].lower) { b -= 1 }
        guard b >= sentences[si].tokens.lowerBound, let speaker = state.argAt[b], speaker.kind != .group,
              state.entities[speaker.entity].type == .person, speaker.entity != h.entity else { return nil }
        return (speaker.entity, h.entity)
    }
}
