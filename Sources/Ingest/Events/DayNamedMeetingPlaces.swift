import EventModel

/// A meeting dated by a day whose place is given where the story names that day's meeting again
/// (issue 3, branch meetI): "Ann Roe will speak at a toy industry meeting on Sunday. ... Ahead of
/// Sunday's meeting in Leeds, Ms Roe said ..." (Leeds). The convention takes a place from "a
/// coreferent sentence about the same event"; the day in the possessive and the meeting noun it
/// owns say which event the later mention is. Only one place named so for that day counts;
/// a meeting of another day, one with its own place, or a one-party visit takes nothing.
extension EventFinder {
    /// Places named as "DAY's meeting in X" / "DAY's talks at X", keyed by the day's words.
    private func dayNamedMeetingPlaces(_ state: DocumentState, times: [[TimeMention]]) -> [String: Set<Int>] {
        var out: [String: Set<Int>] = [:]
        for ms in times {
            for m in ms {
                let to = m.tokens.upperBound
                guard to + 3 < tokens.count, tokens[to].lower == "'s" else { continue }
                // The meeting noun the day owns: "Sunday's meeting", "Sunday's emergency talks".
                guard let n = (to + 1...min(to + 3, tokens.count - 2)).first(where: isMeetingNoun),
                      ["in", "at"].contains(tokens[n + 1].lower) else { continue }
                var p = n + 2
                if p < tokens.count, tokens[p].lower == "the" { p += 1 }
                guard p < tokens.count, let a = state.argAt[p], a.kind == .name else { continue }
                let e = state.entities[a.entity]
                guard e.type == .location || isSeatVenue(e, preposition: tokens[n + 1].lower, anyBody: true)
                        || isNamedBuilding(e, preposition: tokens[n + 1].lower, meeting: true) else { continue }
                out[dayWords(m), default: []].insert(a.entity)
            }
        }
        return out
    }

    private func dayWords(_ m: TimeMention) -> String {
        m.tokens.map { tokens[$0].lower }.joined(separator: " ")
    }

    func dayNamedPlaces(_ found: inout [Found], _ state: DocumentState, times: [[TimeMention]]) {
        guard found.contains(where: { $0.event.type.isMeeting && $0.event.location == nil }) else { return }
        let places = dayNamedMeetingPlaces(state, times: times)
        guard !places.isEmpty else { return }
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.location == nil {
            let e = found[i].event
            // A meeting of two parties: a place must not make a one-party visit of a saying's day
            // ("X said on Thursday she was invited to visit") out of nothing.
            guard Set(e.participants.map(\.entity)).count >= 2 else { continue }
            // The meeting's own day: its time's words, or (no article date) the unresolved day of its sentence.
            let own = times[e.sentence].filter { m in
                e.time.map { t in t.span.map { $0.start == m.start } ?? false } ?? (m.value == nil)
            }
            guard own.count == 1, let set = places[dayWords(own[0])], set.count == 1, let place = set.first,
                  !e.participants.contains(where: { $0.entity == place }) else { continue }
            found[i].event.location = place
        }
    }
}
