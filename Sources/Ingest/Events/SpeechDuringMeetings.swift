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

    func speechDuringMeetings(_ found: inout [Found], _ state: DocumentState) {
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
                      state.entities[hearer.entity].type == .person, state.entities[speaker.entity].type == .person,
                      let a = state.argAt[p - 1], a.entity == hearer.entity else { return false }
                return true
            }
            // (The noun may have taken one of the two as its subject already.)
            guard let t = told?.event, m.participants.allSatisfy({ p in t.participants.contains { $0.entity == p.entity } }) else { continue }
            found[i].event.participants = t.participants.map { Participant(entity: $0.entity, role: $0.role == .agent ? .agent : .participant) }
        }
    }
}
