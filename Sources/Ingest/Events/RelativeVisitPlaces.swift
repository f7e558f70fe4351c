import EventModel

/// "X, who is visiting Oslo, met Y": the place of a visit told in a relative clause on the
/// meeting's subject is where the meeting was (issue 3, branch meetL, found by the
/// sentence-shape probe grid). "who is on a visit to Oslo" and "who arrived in Oslo" already
/// gave the place through their preposition; a bare "visiting Oslo" has none.
extension EventFinder {
    func relativeVisitPlaces(_ found: inout [Found]) {
        // Placed visits by sentence: a meeting looks only at its own sentence's (a 1 MB line of one
        // sentence holds tens of thousands of events; scanning them all for each was quadratic).
        var visitsIn: [Int: [Int]] = [:]
        for (j, f) in found.enumerated() where f.event.type == .visit && f.event.location != nil { visitsIn[f.event.sentence, default: []].append(j) }
        guard !visitsIn.isEmpty else { return }
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.type != .visit && found[i].event.location == nil {
            let m = found[i].event
            guard let candidates = visitsIn[m.sentence], let agent = m.participants.first(where: { $0.role == .agent })?.entity else { continue }
            let visit = candidates.map({ found[$0] }).first { f in
                let v = f.event
                guard v.type == .visit, v.sentence == m.sentence, v.location != nil,
                      v.participants.contains(where: { $0.entity == agent }),
                      v.triggerSpan.end <= m.triggerSpan.start, let k = tokenIndex(at: v.triggerSpan.start) else { return false }
                // ", who is visiting Oslo," right before the meeting's verb.
                let lo = max(sentences[m.sentence].tokens.lowerBound, k - 4)
                guard let who = (lo..<k).last(where: { tokens[$0].lower == "who" }), who > 0, tokens[who - 1].text == "," else { return false }
                return true
            }
            if let v = visit { found[i].event.location = v.event.location }
        }
    }
}
