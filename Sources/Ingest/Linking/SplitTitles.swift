/// A title whose first word the name finder leaves out because it is a common word: "First
/// Minister Ann Roe", "First Lady Ann Roe" start their run at "Minister" / "Lady" (issue 3, set
/// E: "had a meeting with First Lady Ann Roe" then read "First" between `with` and the name, so
/// the meeting lost its counterpart). The whole title belongs to the name's phrase and is its title.
enum SplitTitles {
    /// The token the name's phrase starts at and its title, taking in a capitalised word right
    /// before the stripped title when the two make a title.
    static func widened(_ c: Candidate, _ tokens: [Token]) -> (start: Int, title: String?) {
        let from = c.titleStart ?? c.tokens.lowerBound
        guard let title = c.title, from > 0, tokens[from - 1].isCap, tokens[from - 1].kind == .word else { return (from, c.title) }
        let wider = tokens[from - 1].lower + " " + title
        guard Lexicons.shared.titles[wider] != nil else { return (from, title) }
        return (from - 1, wider)
    }
}
