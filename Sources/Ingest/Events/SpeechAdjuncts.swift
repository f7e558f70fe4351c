/// A trip or meeting told as the occasion of a saying belongs to the speaker: in "Ann Roe said on
/// a visit to Lima that ..." or "Roe said after meeting Ivo Berg that ..." the phrase after `said`
/// is no reported clause but where and when Roe spoke, so Roe is the visitor. (A reported clause
/// opens with a subject or a verb instead: "Roe said a visit to Lima was planned" names no visitor.)
extension EventFinder {
    /// Prepositions that open the occasion of a saying.
    static let speechOccasionOpeners: Set<String> = ["on", "during", "while", "after", "at"]

    /// Whether the trigger at `k` sits in a phrase right after the verb of saying at `said`:
    /// an occasion opener, then only articles and modifiers of a nominal trigger ("on his first
    /// visit"), or the trigger as a gerund ("while visiting").
    func isAdjunctOfSaying(_ said: Int, _ k: Int) -> Bool {
        let opener = said + 1
        guard opener < k, Self.speechOccasionOpeners.contains(tokens[opener].lower) else { return false }
        if opener + 1 == k { return tokens[k].lower.hasSuffix("ing") }
        return (opener + 1..<k).allSatisfy { Self.determiners.contains(tokens[$0].lower) || Self.nounTriggerModifiers.contains(tokens[$0].lower) }
    }
}
