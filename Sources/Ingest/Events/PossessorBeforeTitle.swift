/// A subject qualified by its country or body in the possessive before a title: "Peru's
/// President Ana Soto began a two-day visit to Quito" (issue 3, branch meetE). With a light
/// verb and a nominal trigger the name is not next to the trigger, so it must open its clause,
/// and the possessor before the title hid that it does. Only across a title: in "the late Tom
/// Berg's Radio Northfield slot ... hosted by four presenters" the station stays out of the
/// subject position.
extension EventFinder {
    /// From `j` (the token before a subject's title words, walked back by `canBeSubject`), the
    /// token before a capitalised possessor ("Peru 's"), or nil when `j` is no possessive `'s`
    /// after a capitalised word.
    func beforeCapitalisedPossessor(_ j: Int, _ start: Int) -> Int? {
        guard j - 1 >= start, tokens[j].lower == "'s", tokens[j - 1].isCap, tokens[j - 1].kind == .word else { return nil }
        var p = j - 1
        // A possessor of up to three capitalised words: "South Korea's"; "the Bank of Peru's" stops at `of`.
        while p - 1 >= start, p > j - 3, tokens[p - 1].isCap, tokens[p - 1].kind == .word { p -= 1 }
        return p - 1
    }
}
