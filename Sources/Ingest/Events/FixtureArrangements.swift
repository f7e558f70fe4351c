/// A fixture word that a meeting arranges does not make the meeting a fixture: "the manager and
/// league officials met representatives of five nations to arrange the fixture schedule",
/// "club chairmen met to agree next season's fixtures" are meetings about fixtures (the
/// `sportsSentence` test of `EventFinder.find`), while "met the Swiss in the final" stays a contest.
extension EventFinder {
    /// Verbs whose object a meeting settles.
    static let arrangingVerbs: Set<String> = ["arrange", "arranged", "arranging", "agree", "agreed", "agreeing",
                                              "discuss", "discussed", "discussing", "settle", "settled", "finalise",
                                              "finalize", "plan", "planned", "schedule", "decide", "decided", "sort", "draw"]
    /// Words that may stand between such a verb and the fixture word ("to arrange the fixture").
    static let arrangedObjectWords: Set<String> = ["the", "a", "their", "its", "next", "new", "remaining", "season's",
                                                   "out", "up", "dates", "of", "for"]

    /// Whether the fixture word at `j` is the object of an arranging verb at most three words
    /// before it, in its sentence `s`.
    func fixtureWordIsArranged(_ j: Int, _ s: Sentence) -> Bool {
        var i = j - 1
        while i >= max(s.tokens.lowerBound, j - 4) {
            let w = tokens[i].lower
            if Self.arrangingVerbs.contains(w) { return true }
            guard Self.arrangedObjectWords.contains(w) || tokens[i].isCap || tokens[i].kind == .number else { return false }
            i -= 1
        }
        return false
    }
}
