/// A negation before a raising verb negates the meeting after it (issue 3, trigger audit):
/// "the two are never known to have met", "she is not thought to have visited Peru". The plain
/// negation window (three words before the trigger) stops short of it.
extension ModalityCues {
    static let raisingVerbs = EventCues.words("raising")

    /// "NEG RAISING to have TRIGGER" (an adverb may follow the negation: "not publicly known").
    static func raisedNegation(_ tokens: [Token], _ k: Int, _ sentenceStart: Int) -> Bool {
        guard k - 4 >= sentenceStart, tokens[k - 1].lower == "have", tokens[k - 2].lower == "to",
              raisingVerbs.contains(tokens[k - 3].lower) else { return false }
        var j = k - 4
        if j > sentenceStart, tokens[j].lower.hasSuffix("ly") { j -= 1 }
        return negation.contains(tokens[j].lower) || tokens[j].lower.hasSuffix("n't")
    }
}
