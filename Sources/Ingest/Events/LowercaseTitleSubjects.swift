import EventModel

/// "As X and Y talked, first lady Ann Roe held talks with Z": a two-word title in lowercase
/// before a subject's name is outside the name, so the subject test walked back only to
/// "first", read the name as inside a phrase, and took the earlier clause's people instead
/// (issue 3, set E).
extension EventFinder {
    /// Whether token `j` (before a name starting at `first`) is one of the two words of a title
    /// written in lowercase outside the name: "first lady Ann Roe" opens its clause at "first".
    func isTwoWordTitle(_ j: Int, _ start: Int, before first: Int) -> Bool {
        guard tokens[j].kind == .word, !tokens[j].isCap else { return false }
        if j > start, Lexicons.shared.titles[tokens[j - 1].lower + " " + tokens[j].lower] != nil { return true }
        return j + 1 < first && Lexicons.shared.titles[tokens[j].lower + " " + tokens[j + 1].lower] != nil
    }
}
