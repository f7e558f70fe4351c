import EventModel

/// A dated meeting told in a `when` clause is presupposed, not hedged: "the cartel was likely to
/// keep output unchanged when it meets next week", "prices could rise once the ministers meet on
/// Friday" (issue 3, branch meetE). The hedge of the main clause ("likely", "could") is about
/// what happens at the meeting; the meeting itself is scheduled. Without a time of its own the
/// clause stays in reach of the hedge ("could fall when they meet" is a generic statement).
extension ModalityCues {
    /// Whether `j` opens a `when`/`once` clause holding the trigger at `k` close by, with a time
    /// expression for the event: a resolved one, or time words right after the trigger ("next
    /// week", "on Friday"; undated articles resolve neither).
    static func opensTimedWhenClause(_ tokens: [Token], _ j: Int, _ k: Int, hasTime: Bool) -> Bool {
        guard j < k, k - j <= 5, ["when", "once"].contains(tokens[j].lower) else { return false }
        let after = (k + 1)..<min(tokens.count, k + 6)
        return hasTime && after.contains { Lexicons.shared.timeWords[tokens[$0].lower] != nil }
            || after.contains { ["next", "later", "tomorrow", "tonight"].contains(tokens[$0].lower) }
            || after.contains { tokens[$0].lower == "on" && $0 + 1 < tokens.count && Lexicons.shared.timeWords[tokens[$0 + 1].lower] != nil }
    }

    /// The modality of the meeting in such a clause: planned when a future word stands between
    /// `when` and the trigger, a `next`/`later` right after it, or a time after a present-tense
    /// trigger ("once X meets Y on Friday"); asserted for a past one ("when they met on Friday").
    static func whenClauseModality(_ tokens: [Token], _ j: Int, _ k: Int) -> Modality {
        if (j + 1..<k).contains(where: { future.contains(tokens[$0].lower) }) { return .planned }
        let after = (k + 1)..<min(tokens.count, k + 6)
        if after.contains(where: { ["next", "later"].contains(tokens[$0].lower) }) { return .planned }
        let w = tokens[k].lower
        let past = w == "met" || w.hasSuffix("ed")
        if !past, after.contains(where: { Lexicons.shared.timeWords[tokens[$0].lower] != nil }) { return .planned }
        return .asserted
    }
}
