/// A capitalised modal opening a sentence that is someone's name (`May met X`, `May and Roe
/// held talks`): a modal there opens a question or a wish and is followed by a base verb or a subject
/// (`May I`, `Will they meet`), a name by a past verb, `and`, `has`/`was`
/// (issue 3, party probes: "Carla May ... May met X" was read as hypothetical).
extension ModalityCues {
    static let nameFollowers: Set<String> = ["and", "met", "meets", "held", "holds", "has", "had", "was", "is", "said", "says",
                                             "told", "visited", "visits", "hosted", "hosts", "also", "then", "later", "'s"]

    static func isSentenceInitialName(_ tokens: [Token], _ j: Int, _ sentenceStart: Int) -> Bool {
        guard j == sentenceStart, tokens[j].isCap, !tokens[j].isAllCaps, j + 1 < tokens.count else { return false }
        // (A capital after it proves nothing: "Will Roe meet Ann Lee?" is a question.)
        let n = tokens[j + 1]
        return nameFollowers.contains(n.lower) || n.kind == .word && n.lower.hasSuffix("ed") && n.lower.count > 3
    }
}
