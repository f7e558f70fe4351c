import EventModel

/// A force or condition "threatens" without threatening anyone (issue 3, branch evt;
/// `Scripts/eval/event_audit.py`): `threatened` is read as `warn` with CAMEO 138 ("Threaten"), an
/// actor's threat. "A long drought in the south threatened the harvest", "rising prices
/// threaten the recovery": the subject's head noun
/// is a force or condition (`event-cues.tsv` class `threatening-force`), so the event is dropped.
/// The subject is found leftwards from the trigger, over auxiliaries and adverbs and over a
/// prepositional phrase that qualifies it ("in the south", "at home").
/// Kept: "rebels threatened to attack", "Ann Roe threatened legal action", "the storm of
/// protest" is never reached (a noun trigger needs no subject).
extension EventFinder {
    static let threateningForces = EventCues.words("threatening-force")

    func dropInanimateThreats(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .warn, !f.isNoun, let k = triggerHead(f.event), tokens[k].lower.hasPrefix("threaten") else { return false }
            let start = sentences[f.event.sentence].tokens.lowerBound
            var j = k - 1
            while j >= start, j >= k - 10 {
                let w = tokens[j].lower
                if Self.auxiliaries.contains(w) || w.hasSuffix("ly") || w == "not" { j -= 1; continue }
                // Over "in the south", "at home": a phrase that qualifies the subject.
                if let a = state.argAt[j] {
                    var p = a.tokens.lowerBound - 1
                    while p >= start, Self.determiners.contains(tokens[p].lower) { p -= 1 }
                    if p > start, Self.prepositions.contains(tokens[p].lower) { j = p - 1; continue }
                    return false
                }
                if tokens[j].kind == .word, !tokens[j].isCap || j == start, Self.prepositions.contains(w) == false,
                   Self.threateningForces.contains(w) { return true }
                // A lowercase word of the phrase ("in the south"): look on past its preposition.
                if tokens[j].kind == .word, !tokens[j].isCap, !Self.prepositions.contains(w), j > start,
                   (max(start, j - 3)..<j).contains(where: { Self.prepositions.contains(tokens[$0].lower) }) {
                    j = (max(start, j - 3)..<j).last(where: { Self.prepositions.contains(tokens[$0].lower) })! - 1
                    continue
                }
                return false
            }
            return false
        }
    }
}
