import EventModel

/// A time in the possessive dates the noun it owns, not the clause around it (issue 3, branch
/// meetI): "Ann Roe met Tom Obi in the wake of Tuesday's vote" (the vote was on Tuesday, the
/// meeting is undated). It still dates a meeting it owns ("Tuesday's meeting between Roe and Obi",
/// "Friday's talks with Obi"), and any meeting word it owns ("before Friday's talks, Roe met Obi"
/// is left as it was: the talks and the meeting are often one).
extension EventFinder {
    /// Whether `t` is a possessive ("Tuesday's", "last week's") that owns another noun than the
    /// trigger at `k`.
    func possessiveTimeOfOther(_ t: TimeMention, trigger k: Int) -> Bool {
        let to = t.tokens.upperBound
        guard to < tokens.count, tokens[to].lower == "'s" || tokens[to].lower == "'" else { return false }
        // "Friday's talks", "Tuesday's long-awaited meeting": the owned noun phrase reaches the trigger.
        if k > to, k - to <= 4 { return false }
        // "Wednesday's meeting" of a run-on caption that tells the same meeting twice still dates it.
        let owned = (to + 1)..<min(tokens.count, to + 4)
        return !owned.contains { Lexicons.shared.triggers[tokens[$0].lower]?.contains { $0.flags.contains("meeting") } ?? false }
    }
}
