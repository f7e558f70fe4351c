import EventModel

/// "NATO ministers gathered in Brussels", "Ann Roe and Lars Berg gathered in Rome": people who
/// gather meet. Gathering something or someone is not a meeting of the two ("gathered evidence",
/// "gathered his ministers": collecting, or one's own side called in), so only the intransitive
/// verb counts: a preposition, a time word or punctuation right after it, and no passive.
extension EventFinder {
    func dropTransitiveGatherings(_ found: inout [Found]) {
        found.removeAll { f in
            guard !f.isNoun, let k = tokenIndex(at: f.event.triggerSpan.start), tokens[k].lower == "gathered" else { return false }
            guard k + 1 < sentences[f.event.sentence].tokens.upperBound else { return false }
            let next = tokens[k + 1]
            // "the cross was gathered by the keeper": a passive is a catch, not a gathering.
            if next.lower == "by" || k > 0 && Self.beVerbs.contains(tokens[k - 1].lower) { return true }
            return !(next.kind == .punct || Self.prepositions.contains(next.lower) || Lexicons.shared.timeWords[next.lower] != nil
                     || ["together", "again", "here", "there", "outside", "today", "yesterday"].contains(next.lower))
        }
    }
}
