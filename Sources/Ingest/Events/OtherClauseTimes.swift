import EventModel

/// Time expressions in a meeting's sentence that date something else (issue 3, branch meetG;
/// docs/unseen-kinds.md, "meetG dates and places of meetings"):
/// - `since` + a time starts a state, not the meeting: "a couple since late 2011, the pair first
///   met on the set of a soap" (the meeting has no date of its own);
/// - a time inside a relative clause closed before the trigger dates that clause: "X, who becomes
///   mayor in March, hopes to meet Y";
/// - a date right before a colon after the trigger opens the next entry of a chronology:
///   "... after talks with Y at a hotel March 3, 2015: the court ruled".
extension EventFinder {
    /// Prepositions that tie a time to the clause before it.
    static let timePrepositions: Set<String> = ["on", "in", "at", "since", "by", "until", "from", "during", "said", "says"]

    /// Relative pronouns that open a clause of their own after a comma.
    static let relativeOpeners: Set<String> = ["who", "which", "whose"]

    /// Whether `t` dates another clause than the trigger at `k` (ending at `triggerEnd`) of an
    /// event of `type`, in the sentence starting at `start`.
    func timeOfOtherClause(_ t: TimeMention, trigger k: Int, triggerEnd: Int, start: Int, type: EventType) -> Bool {
        let from = t.tokens.lowerBound, to = t.tokens.upperBound
        // A stretch since a time: no date for a meeting, a visit or a hosting (talks may run on).
        if from > start, tokens[from - 1].lower == "since", type == .meet || type == .visit || type == .host { return true }
        // A chronology's next entry: "March 3, 2015:" after a meeting's trigger, with no preposition
        // tying it to the clause ("said on October 31: ..." dates the saying).
        if type.isMeeting, from >= triggerEnd, to < tokens.count, tokens[to].text == ":",
           !Self.timePrepositions.contains(tokens[from - 1].lower) { return true }
        // ", who becomes mayor in March, hopes to meet": the clause closes (a comma) before the trigger.
        if to <= k, from > start + 1, (to..<k).contains(where: { tokens[$0].text == "," }),
           let r = (max(start + 1, from - 8)..<from).last(where: { Self.relativeOpeners.contains(tokens[$0].lower) }),
           tokens[r - 1].text == ",", !(r..<from).contains(where: { tokens[$0].text == "," }) {
            return true
        }
        return false
    }
}
