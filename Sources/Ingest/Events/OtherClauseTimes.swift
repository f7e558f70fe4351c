import EventModel

/// Time expressions in a meeting's sentence that date something else (issue 3, branch meetG;
/// docs/unseen-kinds.md, "meetG dates and places of meetings"):
/// - `since` + a time starts a state, not the meeting: "a couple since late 2011, the pair first
///   met on the set of a soap" (the meeting has no date of its own);
/// - a time inside a relative clause closed before the trigger dates that clause: "X, who becomes
///   mayor in March, hopes to meet Y";
/// - a date right before a colon after the trigger opens the next entry of a chronology:
///   "... after talks with Y at a hotel March 3, 2015: the court ruled";
/// - a time inside a relative clause on another noun after the trigger dates that noun: "talks
///   over extending his deal which ends in 2007", "met Ann Roe, who resigned in 2003".
extension EventFinder {
    /// Prepositions that tie a time to the clause before it.
    static let timePrepositions: Set<String> = ["on", "in", "at", "since", "by", "until", "from", "during", "said", "says"]

    /// Relative pronouns that open a clause of their own after a comma.
    static let relativeOpeners: Set<String> = ["who", "whom", "which", "whose"]

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
        if inRelativeClauseClosedBefore(t, trigger: k, start: start) { return true }
        // "in negotiations with Arsenal over extending his deal which ends in 2007", "met Ann Roe,
        // who resigned in 2003": a relative clause after the trigger dates the noun it follows, not
        // the meeting ("a summit which took place in March", "the talks, which end on Friday" still
        // date it).
        if type.isMeeting, from > triggerEnd + 1,
           let r = (triggerEnd + 1..<from).last(where: { Self.relativeOpeners.contains(tokens[$0].lower) }),
           r + 1 < from, !(r + 1..<from).contains(where: { tokens[$0].kind == .punct }) {
            let antecedent = tokens[r - 1].text == "," ? r - 2 : r - 1
            if antecedent >= triggerEnd, tokens[antecedent].kind == .word, !isMeetingNoun(antecedent) { return true }
        }
        return false
    }

    /// ", who becomes mayor in March, hopes to meet": `t` stands in a relative clause that closes
    /// (a comma) before the trigger at `k`, in the sentence starting at `start`.
    func inRelativeClauseClosedBefore(_ t: TimeMention, trigger k: Int, start: Int) -> Bool {
        let from = t.tokens.lowerBound, to = t.tokens.upperBound
        guard to <= k, from > start + 1, (to..<k).contains(where: { tokens[$0].text == "," }),
              let r = (max(start + 1, from - 12)..<from).last(where: { Self.relativeOpeners.contains(tokens[$0].lower) })
        else { return false }
        return tokens[r - 1].text == "," && !(r..<from).contains(where: { tokens[$0].text == "," })
    }

    /// A word the trigger lexicon lists as a meeting noun ("meeting", "talks", "summit").
    func isMeetingNoun(_ i: Int) -> Bool {
        Lexicons.shared.triggers[tokens[i].lower]?.contains { $0.isNoun && $0.flags.contains("meeting") } ?? false
    }
}
