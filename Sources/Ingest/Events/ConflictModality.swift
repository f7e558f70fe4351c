import EventModel

/// Attacks, killings and arrests that did not happen as told (issue 3, branch evt;
/// `Scripts/eval/event_audit.py`); the shared modality cues (`Modality.swift`) read them as asserted:
/// - prevented or feared: "steel barriers to prevent car bomb attacks", "troops ready to repel any
///   attack": a violence noun right after a word of `event-cues.tsv` class
///   `preventing` is hypothetical;
/// - intended: "a plan to seize the bridge and kill its guards", "a plot to
///   kill the mayor": a base-form verb trigger after `to` in its clause is hypothetical
///   when a word of intent (class `intention`) stands right before the `to`; "went on to kill",
///   "used a drone to kill two soldiers" stay as told;
/// - ordered: "'Kill the guards,' the commander said": a base-form verb opening its sentence or a
///   quotation is an imperative, hypothetical.
/// Only attack, kill and arrest events are read, so meetings keep their own modality rules.
/// Kept asserted: "rebels killed two guards", "the attack on the convoy", "went on to kill three",
/// "failed to prevent the bombing".
extension EventFinder {
    static let preventingWords = EventCues.words("preventing")
    /// Words before `to` that make the act an aim (`event-cues.tsv` class `intention`): "a plot to",
    /// "trying to", "sent ... to"; others ("went on to", "used a drone to")
    /// leave the act as told.
    static let intentionWords = EventCues.words("intention")
    static let quoteOpeners: Set<String> = ["\"", "\u{201C}", "\u{2018}", "'"]

    func conflictModality(_ found: inout [Found]) {
        for i in found.indices where found[i].event.modality == .asserted {
            let type = found[i].event.type
            guard type == .attack || type == .kill || type == .arrest, let k = triggerHead(found[i].event) else { continue }
            let start = sentences[found[i].event.sentence].tokens.lowerBound
            if found[i].isNoun {
                // ("failed to prevent the bombing": it happened.)
                if let p = (max(start, k - 3)..<k).first(where: { Self.preventingWords.contains(tokens[$0].lower) }),
                   !(max(start, p - 2)..<p).contains(where: { tokens[$0].lower.hasPrefix("fail") }) {
                    found[i].event.modality = .hypothetical
                }
                continue
            }
            let w = tokens[k].lower
            guard !w.hasSuffix("ed"), !w.hasSuffix("ing"), !w.hasSuffix("s") else { continue }
            // An imperative: the sentence's or a quotation's first word.
            if k == start || Self.quoteOpeners.contains(tokens[k - 1].text) && (k - 1 == start || [":", ","].contains(tokens[k - 2].text)) {
                found[i].event.modality = .hypothetical
                continue
            }
            var j = k - 1
            while j > start, j >= k - 8 {
                let t = tokens[j]
                if [".", ";", ":", ","].contains(t.text) || Self.quoteOpeners.contains(t.text) { break }
                if t.lower == "to" {
                    if Self.intentionWords.contains(tokens[j - 1].lower) { found[i].event.modality = .hypothetical }
                    break
                }
                j -= 1
            }
        }
    }
}
