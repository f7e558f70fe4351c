import EventModel

/// A meeting told in the sentence after a placed visit or meeting of the same person, the story
/// carried on by a pronoun, took place there (issue 3, branch meetG): "Ann Roe arrived in Lima on
/// Sunday. She met President Tom Obi on Monday." (Lima); "Roe held two meetings in Quito.
/// She dined with X and later saw Y." The convention takes a place from "a
/// coreferent sentence about the same event"; the pronoun that opens the sentence and the same
/// agent say the passage goes on. A named subject, another agent or another day takes nothing.
extension EventFinder {
    /// Whether the two sentences name no two different times: either names none, or they share
    /// one (resolved and overlapping, or the same words when there is no article date to resolve
    /// "Thursday" against).
    private func sameStretch(_ a: [TimeMention], _ b: [TimeMention]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        let words = { (t: TimeMention) in t.tokens.map { self.tokens[$0].lower }.joined(separator: " ") }
        return a.contains { x in
            b.contains { y in
                if let u = x.value, let v = y.value { return EventMerger.overlap(u, v) }
                return words(x) == words(y)
            }
        }
    }

    func narrativePlaces(_ found: inout [Found], times: [[TimeMention]]) {
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.location == nil {
            let e = found[i].event
            let si = e.sentence
            guard continuesPreviousSentence(si), let agent = e.participants.first(where: { $0.role == .agent })?.entity,
                  sameStretch(times[si - 1], times[si]) else { continue }
            // The same stretch of the story, on no other day ("was in X, visiting a market on
            // Sunday. She is expected to hold talks on Monday": not there). A plan made on arrival
            // stays ("arrived in Lima. He will meet Y").
            let before = found.filter {
                $0.event.sentence == si - 1 && $0.event.type.isMeeting && $0.event.location != nil
                    && $0.event.participants.contains { $0.entity == agent && $0.role == .agent }
                    && EventMerger.overlap($0.event.time, e.time)
            }
            // One place the passage was at; two (a trip) say nothing of where this meeting was.
            let places = Set(before.compactMap(\.event.location))
            guard places.count == 1, let place = places.first, !e.participants.contains(where: { $0.entity == place }) else { continue }
            found[i].event.location = place
        }
    }
}
