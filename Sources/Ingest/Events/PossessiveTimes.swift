import EventModel

/// A time in the possessive dates the noun it owns, not the clause around it (issue 3, branch
/// meetI): "Ann Roe met Tom Obi in the wake of Tuesday's vote" (the vote was on Tuesday, the
/// meeting is undated). It still dates a meeting it owns ("Tuesday's meeting between Roe and Obi",
/// "Friday's talks with Obi"), and any meeting word it owns ("before Friday's talks, Roe met Obi"
/// is left as it was: the talks and the meeting are often one).
/// So does a date written before a noun (issue 3, session 21): "met Tom Obi after the Nov. 8
/// election", "Acme's Nov. 6 proposal followed a visit", "ahead of the December vote" date the
/// election, the proposal and the vote; "the 6 May talks" still dates the talks.
extension EventFinder {
    /// Words before a time that open the noun phrase the time modifies.
    static let attributiveTimeOpeners: Set<String> = ["the", "a", "an", "this", "that", "its", "his", "her", "their", "'s", "'"]

    /// Whether `t` modifies a noun after it ("the Nov. 8 election") other than the trigger at `k`
    /// or another meeting word.
    func attributiveTimeOfOther(_ t: TimeMention, trigger k: Int) -> Bool {
        let from = t.tokens.lowerBound, to = t.tokens.upperBound
        guard from > 0, to < tokens.count, Self.attributiveTimeOpeners.contains(tokens[from - 1].lower),
              tokens[to].kind == .word, !tokens[to].isCap, Lexicons.shared.timeWords[tokens[to].lower] == nil,
              Lexicons.shared.stopWords[tokens[to].lower] != .function else { return false }
        let owned = to..<min(tokens.count, to + 3)
        if owned.contains(k) { return false }
        return !owned.contains { q in
            Lexicons.shared.triggers[tokens[q].lower]?.contains { $0.flags.contains("meeting") || EventType(rawValue: $0.type)?.isMeeting == true } ?? false
        }
    }

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
