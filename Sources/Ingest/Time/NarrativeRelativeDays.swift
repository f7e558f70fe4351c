import EventModel

/// "The next day", "the following day", "the previous day" count from the day the story is at,
/// not from the article date (issue 3, branch meetI): "Eva Lind landed on Monday. Ann Roe met Tom
/// Obi the next day." is Tuesday, where the resolver read "next day" as the day after publication.
/// The expression is left unresolved here and the event finder counts it from the passage
/// (`Events/StoryDayTimes.swift`). "Next day" without "the" ("talks resume next day") is unchanged.
extension TimeResolver {
    /// Whether the tokens at `i` are "the next/following/previous day" (with "the" before `i`).
    func isNarrativeRelativeDay(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        guard i > 0, i + 1 < end, tokens[i - 1].lower == "the", tokens[i + 1].lower == "day" else { return false }
        return ["next", "following", "previous"].contains(tokens[i].lower)
    }
}
