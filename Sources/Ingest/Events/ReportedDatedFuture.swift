import EventModel

/// A meeting reported as what someone "would" do on a named day is planned, not conditional:
/// "news agencies reported that Peru's minister Tom Berg and Chile's Luis Vera would discuss the
/// pipeline at a meeting on Tuesday" (issue 3, branch meetE). The rule for "would" with a resolved
/// time right before the trigger misses it when the verb is far from the meeting noun, and in
/// undated articles (BBC) no time resolves at all.
extension ModalityCues {
    static let reportingVerbs: Set<String> = ["said", "says", "reported", "reports", "told", "announced", "confirmed",
                                              "added", "expected", "understood", "believed"]

    /// `would` at `j` in reported speech, with a day or `next ...` after the trigger at `k`, and
    /// no condition (`if`, `unless`) in the sentence.
    static func reportedDatedFuture(_ tokens: [Token], _ j: Int, _ k: Int, sentenceStart: Int) -> Bool {
        guard tokens[j].lower == "would", j > sentenceStart else { return false }
        var end = k + 1
        while end < tokens.count, end < k + 12, ![".", ";", "?", "!"].contains(tokens[end].text) { end += 1 }
        if (sentenceStart..<end).contains(where: { ["if", "unless"].contains(tokens[$0].lower) }) { return false }
        guard (sentenceStart..<j).contains(where: { reportingVerbs.contains(tokens[$0].lower) }) else { return false }
        let after = (k + 1)..<min(end, k + 6)
        return after.contains { t in
            let w = tokens[t].lower
            return ["next", "later", "tomorrow"].contains(w)
                || w == "on" && t + 1 < tokens.count && Lexicons.shared.timeWords[tokens[t + 1].lower] != nil
        }
    }
}
