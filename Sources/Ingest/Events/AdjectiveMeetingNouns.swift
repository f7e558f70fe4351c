import EventModel

/// "held a bilateral with X", "had a face-to-face with X": words that name a meeting only when
/// they stand alone as the noun. Before another noun they are adjectives ("a bilateral agreement
/// with X", "bilateral trade with X", "face-to-face contact"), and the phrase is no meeting (or
/// is the other noun's, as in "bilateral talks").
extension EventFinder {
    static let adjectiveMeetingNouns: Set<String> = ["bilateral", "face-to-face"]

    func dropAdjectiveMeetingNouns(_ found: inout [Found]) {
        found.removeAll { f in
            guard f.isNoun, let k = tokenIndex(at: f.event.triggerSpan.start), Self.adjectiveMeetingNouns.contains(tokens[k].lower) else { return false }
            let end = sentences[f.event.sentence].tokens.upperBound
            guard k + 1 < end else { return false }
            let next = tokens[k + 1]
            return next.kind == .word && !next.isCap && !Self.prepositions.contains(next.lower)
                && Lexicons.shared.timeWords[next.lower] == nil && !["and", "or"].contains(next.lower)
        }
    }
}
