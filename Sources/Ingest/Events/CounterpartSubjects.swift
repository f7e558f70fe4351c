/// "X and her counterpart Y met", "X and his French counterpart, Y, held talks": the second
/// subject described by a possessive and a role noun (issue 3, branch meetL, found by the
/// sentence-shape probe grid). The coordination reached back over at most two describing words
/// ("X and rival Y"), so "her French counterpart" cut the pair and the meeting kept only Y.
extension EventFinder {
    /// Role nouns that relate the second subject to the first. (Not kin: "X and his wife Y hosted
    /// a dinner" are co-hosts, and a couple acts together rather than meets.) A rival or opponent
    /// is the other side ("X and her rival Y held talks", session 26).
    static let counterpartNouns: Set<String> = ["counterpart", "counterparts", "host", "guest", "guests", "colleague",
                                                "ally", "successor", "predecessor", "deputy", "opposite", "number",
                                                "rival", "opponent", "challenger"]
    static let counterpartPossessives: Set<String> = ["his", "her", "their", "its"]

    /// The index of `and` before "and her (French) counterpart(,)" that ends at `b`, the token
    /// right before the second subject; nil when the words there are not that shape.
    func counterpartCoordination(_ b: Int, _ start: Int, _ state: DocumentState) -> Int? {
        var q = b
        if q > start, tokens[q].text == "," { q -= 1 }
        // The role noun ("counterpart", "opposite number").
        guard q > start, Self.counterpartNouns.contains(tokens[q].lower), !tokens[q].isCap else { return nil }
        q -= 1
        if q > start, tokens[q].lower == "opposite" { q -= 1 }
        // Up to two describing words: a nationality ("French"), a lowercase adjective ("new").
        var steps = 0
        while q > start, steps < 2, tokens[q].kind == .word, !Self.counterpartPossessives.contains(tokens[q].lower),
              tokens[q].isCap ? state.argAt[q].map({ $0.tokens.count == 1 }) ?? true : Lexicons.shared.stopWords[tokens[q].lower] == nil {
            q -= 1; steps += 1
        }
        guard q > start, Self.counterpartPossessives.contains(tokens[q].lower), tokens[q - 1].lower == "and" else { return nil }
        return q - 1
    }
}
