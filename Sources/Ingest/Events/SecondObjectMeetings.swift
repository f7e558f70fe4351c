import EventModel

/// "X met Y on Tuesday and Z on Wednesday": a second counterpart after a time phrase, with a
/// time of its own, is a second meeting of the same subject (issue 3, branch meetL, found by the
/// sentence-shape probe grid). The object list ended at the first time phrase, and Z was lost.
extension EventFinder {
    func secondObjectMeetings(_ found: inout [Found], _ state: DocumentState, times: [[TimeMention]]) {
        var added: [Found] = []
        for f in found where f.event.type.isMeeting && f.event.type != .visit {
            let e = f.event
            guard let agent = e.participants.first(where: { $0.role == .agent })?.entity, e.participants.count >= 2,
                  let k = tokenIndex(at: e.triggerSpan.start) else { continue }
            let end = sentences[e.sentence].tokens.upperBound
            // The first time phrase after the trigger, then `and`, a person by name, a time phrase.
            for t in times[e.sentence] where t.tokens.lowerBound > k {
                let j = t.tokens.upperBound
                guard j + 1 < end, tokens[j].lower == "and", let z = state.argAt[j + 1], z.kind == .name,
                      state.entities[z.entity].type == .person, !e.participants.contains(where: { $0.entity == z.entity }) else { break }
                guard let second = times[e.sentence].first(where: { $0.tokens.lowerBound == z.tokens.upperBound || $0.tokens.lowerBound == z.tokens.upperBound + 1 && tokens[z.tokens.upperBound].lower == "on" }) else { break }
                var g = f
                g.event.participants = [Participant(entity: agent, role: .agent), Participant(entity: z.entity, role: .participant)]
                g.event.time = second.value
                g.event.location = nil
                added.append(g)
                break
            }
        }
        found += added
    }
}
