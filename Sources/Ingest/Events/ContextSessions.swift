import EventModel

/// Sessions of an intergovernmental body told without its name, in a passage about it:
/// "At an emergency session in New York, diplomats ...", "The council met in emergency
/// session", "the third emergency meeting of the council". The gold notes count a body's
/// session with no named attendee as a meeting with the body as sole participant. The body is
/// the one intergovernmental body named in the sentence or the three before; a UN organ
/// (council, assembly) is preferred to the United Nations itself. Only a session marked as a
/// body's ("emergency", "special", "plenary", "of the council", "the council met"): a bare
/// "session" or "meeting" is too often a training session or some other gathering.
extension EventFinder {
    static let sessionNouns: Set<String> = ["session", "sessions", "meeting", "meetings"]
    static let bodySessionModifiers: Set<String> = ["emergency", "special", "extraordinary", "urgent", "closed-door",
                                                    "plenary", "closed", "annual", "ministerial"]
    static let bodyWords: Set<String> = ["council", "assembly"]

    func sessionBodyFromContext(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].event.type == .meet {
            let e = found[i].event
            guard let k = tokenIndex(at: e.triggerSpan.start) else { continue }
            let s = sentences[e.sentence], start = s.tokens.lowerBound, end = s.tokens.upperBound
            // Who is there already: nothing, or only the council as an unnamed group.
            let unnamed = e.participants.allSatisfy { p in
                let ent = state.entities[p.entity]
                return ent.subtype == "group" && Self.bodyWords.contains(ent.name.lowercased().split(separator: " ").last.map(String.init) ?? "")
            }
            guard unnamed else { continue }
            let w = tokens[k].lower
            var marked = false
            // "the council met": the body must be a council ("the World Bank" in the sentence is not it).
            var named: String? = nil
            if Self.sessionNouns.contains(w) {
                // "an emergency session", "in emergency session", "a special session of the assembly"
                marked = (max(start, k - 2)..<k).contains { Self.bodySessionModifiers.contains(tokens[$0].lower) }
                if k + 3 < end, tokens[k + 1].lower == "of", tokens[k + 2].lower == "the", Self.bodyWords.contains(tokens[k + 3].lower) { marked = true }
            } else if ["met", "meet", "meets", "convened", "convene", "convenes"].contains(w) {
                // "The council met ...": the definite body right before the verb.
                var j = k - 1
                while j > start, tokens[j].lower.hasSuffix("ly") || Self.auxiliaries.contains(tokens[j].lower) { j -= 1 }
                marked = j > start && Self.bodyWords.contains(tokens[j].lower) && tokens[j - 1].lower == "the"
                if marked { named = tokens[j].lower }
            }
            // "The company board met in emergency session": a party before the trigger that is not
            // the body's definite reference makes it someone else's session.
            let otherSubject = (start..<k).contains { t in
                if NonMeetingCues.shared.ownBody.contains(tokens[t].lower) || ["parliament", "company", "party", "senate", "congress"].contains(tokens[t].lower) { return true }
                guard let a = state.argAt[t] else { return false }
                let ent = state.entities[a.entity]
                return ent.type != .location && ent.subtype != "intergovernmental" && !Self.bodyWords.contains(tokens[t].lower)
            }
            guard marked, !otherSubject, let body = contextBody(e.sentence, state),
                  named.map({ state.entities[body].name.lowercased().contains($0) }) ?? true else { continue }
            found[i].event.participants = [Participant(entity: body, role: .participant)]
            found[i].flags.insert("body")
        }
    }

    /// The one intergovernmental body of the passage, a UN organ before the United Nations.
    private func contextBody(_ si: Int, _ state: DocumentState) -> Int? {
        var bodies = passageBodies(si, state)
        // "the UN Security Council ... the United Nations": the organ, not the organisation around it.
        let isOrgan = { (b: Int) in state.entities[b].name.hasPrefix("UN ") }
        if bodies.count > 1, bodies.contains(where: isOrgan) {
            bodies = bodies.filter { isOrgan($0) || state.entities[$0].name != "United Nations" }
        }
        return bodies.count == 1 ? bodies.first : nil
    }
}
