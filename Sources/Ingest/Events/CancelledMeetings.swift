import EventModel

/// A meeting noun whose own predicate calls it off did not happen (issue 3, branch meetL, found
/// by the sentence-shape probe grid): "Ana Roe's meeting with Ivo Berg was cancelled", "talks
/// between the two leaders have been called off", "her visit to Oslo was scrapped"; one whose
/// predicate doubts it is only possible ("a meeting between them is unlikely"). Modality
/// read "cancelled" only right after the noun ("the meeting was cancelled"); with the
/// counterpart or destination between them the meeting stayed asserted.
extension EventFinder {
    static let callOffWords: Set<String> = ["cancelled", "canceled", "scrapped", "abandoned", "shelved", "postponed"]
    static let doubtWords: Set<String> = ["unlikely", "doubtful", "uncertain", "possible", "impossible"]
    static let copulas: Set<String> = ["looks", "look", "looked", "seems", "seem", "seemed", "appears", "appear", "appeared",
                                       "remains", "remain", "remained"]
    /// Words that end the noun's phrase before its predicate: another clause begins.
    /// (A comma too: in "X, which attends the meeting on Friday, is unlikely to ..." the predicate
    /// after it is the subject's, not the meeting's.)
    static let callOffStops: Set<String> = [";", ":", ",", "that", "which", "who", "said", "says", "but", "because", "after", "before",
                                            "when", "while"]

    func markCalledOffMeetings(_ found: inout [Found]) {
        for i in found.indices where found[i].isNoun && found[i].event.type.isMeeting
            && (found[i].event.modality == .asserted || found[i].event.modality == .planned) {
            let e = found[i].event
            guard let first = tokenIndex(at: e.triggerSpan.start) else { continue }
            let end = sentences[e.sentence].tokens.upperBound
            var j = first
            while j < end, tokens[j].end < e.triggerSpan.end { j += 1 }
            j += 1
            let limit = min(end, j + 16)
            // The noun's phrase ("with Ivo Berg in Oslo on Friday"), up to its first finite verb.
            // (A capitalised word is a name: "with Theresa May was cancelled".)
            let finite = { (t: Token) in !t.isCap && (Self.auxiliaries.contains(t.lower) || Self.beVerbs.contains(t.lower) || Self.copulas.contains(t.lower)) }
            while j < limit, !Self.callOffStops.contains(tokens[j].lower), !finite(tokens[j]) { j += 1 }
            guard j < limit, finite(tokens[j]) else { continue }
            // Past "been" and an adverb: "has been abruptly cancelled".
            var v = j + 1
            while v < end, tokens[v].kind == .word, !tokens[v].isCap, !Self.doubtWords.contains(tokens[v].lower),
                  tokens[v].lower == "been" || tokens[v].lower.hasSuffix("ly") { v += 1 }
            guard v < end else { continue }
            let calledOff = Self.callOffWords.contains(tokens[v].lower)
                || ["called", "ruled"].contains(tokens[v].lower) && v + 1 < end && ["off", "out"].contains(tokens[v + 1].lower)
            if calledOff { found[i].event.modality = .negated }
            // "a meeting between X and Y is unlikely", "talks with Y look doubtful": only possible.
            else if Self.doubtWords.contains(tokens[v].lower) { found[i].event.modality = .hypothetical }
        }
    }
}
