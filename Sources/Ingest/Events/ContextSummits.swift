import EventModel

/// "Changes to the pact are due to be agreed at an economic summit in March": a summit that
/// names no one, in a passage about one intergovernmental body (named in the sentence or the
/// three before, and no other body there), is that body's summit (issue 3, kind 3; the gold
/// notes: a body's summit with no named attendee has the body as sole participant).
/// Only `summit`, and "the next meeting" ("between now and the next meeting in April"): a bare
/// "meeting" is too often some other gathering.
extension EventFinder {
    func summitBodyFromContext(_ found: inout [Found], _ state: DocumentState) {
        dropMountainTops(&found)
        for i in found.indices where found[i].event.type == .meet && found[i].isNoun && found[i].event.participants.isEmpty {
            let e = found[i].event
            guard let k = tokenIndex(at: e.triggerSpan.start) ?? lastToken(endingAt: e.triggerSpan.end, e.sentence),
                  ["summit", "summits"].contains(tokens[k].lower) || isNextMeeting(k, e.sentence) else { continue }
            let end = sentences[e.sentence].tokens.upperBound
            // "the summit of Everest", "the summit of the hill": a top, not a meeting.
            if k + 1 < end, tokens[k + 1].lower == "of" { continue }
            let bodies = passageBodies(e.sentence, state)
            guard bodies.count == 1, let body = bodies.first else { continue }
            found[i].event.participants = [Participant(entity: body, role: .participant)]
            found[i].flags.insert("body")
        }
    }

    /// "the next meeting", "its forthcoming meeting": the next one of a series, in a passage about a
    /// body that meets in turn.
    private func isNextMeeting(_ k: Int, _ si: Int) -> Bool {
        k > sentences[si].tokens.lowerBound && ["meeting", "meetings"].contains(tokens[k].lower)
            && ["next", "upcoming", "forthcoming"].contains(tokens[k - 1].lower)
    }

    /// "reached the summit of the mountain": `summit of` a common noun that is no group of
    /// people is a top, whoever reached it.
    private func dropMountainTops(_ found: inout [Found]) {
        found.removeAll { f in
            guard f.event.type == .meet, f.isNoun, let k = tokenIndex(at: f.event.triggerSpan.start) ?? lastToken(endingAt: f.event.triggerSpan.end, f.event.sentence),
                  ["summit", "summits"].contains(tokens[k].lower) else { return false }
            let end = sentences[f.event.sentence].tokens.upperBound
            var j = k + 1
            guard j < end, tokens[j].lower == "of" else { return false }
            j += 1
            if j < end, ["the", "a", "this", "that"].contains(tokens[j].lower) { j += 1 }
            guard j < end, tokens[j].kind == .word, !tokens[j].isCap else { return false }
            // "a summit of world leaders": a gathering after all.
            var q = j
            while q < min(end, j + 3), tokens[q].kind == .word, !tokens[q].isCap {
                if Lexicons.shared.groupNouns[tokens[q].lower] != nil || Self.bodyMemberNouns.contains(tokens[q].lower) { return false }
                q += 1
            }
            return true
        }
    }

    /// The intergovernmental bodies named in sentence `si` and the three before (headings aside).
    func passageBodies(_ si: Int, _ state: DocumentState) -> Set<Int> {
        var bodies = Set<Int>()
        for s in max(0, si - 3)...si where !sentences[s].isHeading {
            for t in sentences[s].tokens {
                if let a = state.argAt[t], a.kind == .name, state.entities[a.entity].subtype == "intergovernmental" { bodies.insert(a.entity) }
            }
        }
        return bodies
    }

    private func lastToken(endingAt end: Int, _ si: Int) -> Int? {
        sentences[si].tokens.last { tokens[$0].end == end }
    }
}
