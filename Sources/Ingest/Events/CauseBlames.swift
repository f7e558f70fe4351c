import EventModel

/// Blame laid on a cause, not on anyone (issue 3, branch evt; `Scripts/eval/event_audit.py`):
/// `accuse` (CAMEO 112) needs someone accused.
/// - "the carriers blamed a weak currency for their losses", "the fall was blamed on the
///   weather", "a rise blamed on the cold winter": what is blamed is a thing, and nobody is blamed.
/// Kept: "X blamed the loss of her seat on the electoral commission" (a body after `on`), "X blamed the
/// police for the delay", "blamed the council's housing managers" (a body blamed: a group noun or
/// `event-cues.tsv` class `blamed-body`), "X was blamed for the crash" (the subject is blamed).
extension EventFinder {
    static let objectPronouns: Set<String> = ["him", "them", "us", "me", "you", "himself", "herself", "themselves"]

    func dropCauseBlames(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .accuse, let k = triggerHead(f.event), tokens[k].lower.hasPrefix("blame") else { return false }
            let s = sentences[f.event.sentence]
            var clauseEnd = k + 1
            while clauseEnd < near(k, s).upperBound, tokens[clauseEnd].kind != .punct || ["'s", "'", "\u{2019}"].contains(tokens[clauseEnd].lower) { clauseEnd += 1 }
            // No object ("was blamed for the crash"): the subject is blamed.
            guard k + 1 < clauseEnd, tokens[k + 1].lower == "on" || !Self.prepositions.contains(tokens[k + 1].lower) else { return false }
            // "blamed X for Y", "blamed X on Y": X names someone, or a thing of someone's ("the
            // board's decision", "a memo by the director"), up to `for` or `on`.
            var j = k + 1
            while j < clauseEnd, !["for", "on"].contains(tokens[j].lower) {
                if isActor(j, state) || Self.objectPronouns.contains(tokens[j].lower) { return false }
                if tokens[j].lower == "her", j + 1 < clauseEnd, ["for", "over"].contains(tokens[j + 1].lower) { return false }
                j += 1
            }
            // "blamed the fall on the weather" / "on the director": after `on`, the one blamed.
            if j < clauseEnd, tokens[j].lower == "on" {
                return !(j + 1..<clauseEnd).contains { isActor($0, state) }
            }
            return true
        }
    }

    static let blamedBodies = EventCues.words("blamed-body")

    /// A person, an organisation, a group noun or a body named by a common noun (`event-cues.tsv`
    /// class `blamed-body`) at token `j`.
    private func isActor(_ j: Int, _ state: DocumentState) -> Bool {
        if let a = state.argAt[j], state.entities[a.entity].type != .location { return true }
        return Lexicons.shared.groupNouns[tokens[j].lower] != nil || Self.blamedBodies.contains(tokens[j].lower)
    }
}
