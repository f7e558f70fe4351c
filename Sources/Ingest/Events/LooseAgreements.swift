import EventModel

/// Agreement words that report no agreement (issue 3, branch evt; `Scripts/eval/event_audit.py`):
/// `agree` is CAMEO 03x/057, an accord reached between parties.
/// - `signed` with nothing agreed: "signed on as a judge of the show", "the label the
///   band is signed to", "signed the visitors' book", "signed a striker from a rival club", "the act,
///   signed by the governor".
///   Kept only when an agreement word (`event-cues.tsv` class `agreement-noun`: deal, treaty,
///   ceasefire, contract, intent ...) follows it in its clause or shortly precedes it ("the
///   accord was signed on Monday").
/// - A deal or agreement noun with no verb that makes one in its sentence (class
///   `agreement-making`: reached, struck, signed, sealed ...): an existing or imagined deal, not an
///   event ("to scrap the 2015 water deal", "any such deal would give the bank", "the
///   old fishing agreement runs out in May").
/// - `agreed` closing its clause: an opinion shared, not an accord ("Asked whether the plan was sound, Ivo Berg agreed.").
/// Kept: "signed a peace deal", "agreed to raise wages", "under a deal reached with the union".
extension EventFinder {
    static let agreementNouns = EventCues.words("agreement-noun")
    static let agreementMaking = EventCues.words("agreement-making")

    func dropLooseAgreements(_ found: inout [Found]) {
        found.removeAll { f in
            guard f.event.type == .agree, let k = triggerHead(f.event) else { return false }
            let s = sentences[f.event.sentence]
            let w = tokens[k].lower
            if w == "signed" { return !agreementNear(k, s) }
            if f.isNoun, Self.agreementNouns.contains(w) {
                return !near(k, s).contains { $0 != k && Self.agreementMaking.contains(tokens[$0].lower) }
            }
            if w == "agreed" {
                let next = k + 1 < s.tokens.upperBound ? tokens[k + 1].text : "."
                return [".", "!", "?", "\"", "\u{201D}"].contains(next)
            }
            return false
        }
    }

    /// An agreement word in the clause after `signed` at `k` (up to 9 words, over amounts in
    /// brackets: "signed a €900m (£780m) deal"), or before it in its sentence ("the accord was
    /// signed", "Marenta signed up to it a week later"), within `clauseReach`.
    private func agreementNear(_ k: Int, _ s: Sentence) -> Bool {
        var j = k + 1
        while j < min(s.tokens.upperBound, k + 10) {
            let t = tokens[j]
            if Self.agreementNouns.contains(t.lower) { return true }
            if [".", ";", ":", "!", "?"].contains(t.text) { break }
            j += 1
        }
        return (near(k, s).lowerBound..<k).contains { Self.agreementNouns.contains(tokens[$0].lower) }
    }
}
