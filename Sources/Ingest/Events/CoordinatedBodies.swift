import EventModel

/// Lists of counterparts that name a body with a lowercase head or an adjective before it
/// (issue 3, world-news talks, branch meetF): "talks with the Green party and the libertarian
/// Free Democrats" kept only the first party, because `party` after the name, and `libertarian`
/// before the second, ended the list.
extension EventFinder {
    /// Lowercase nouns that close a body's name without being part of it ("the Green party").
    static let bodyHeadNouns: Set<String> = ["party", "government", "movement", "alliance", "bloc", "coalition", "group", "camp", "faction"]

    /// The token after a lowercase body head right after a name, when a list goes on after it.
    func skipBodyHeadNoun(_ n: Int, _ end: Int) -> Int {
        guard n + 1 < end, Self.bodyHeadNouns.contains(tokens[n].lower), !tokens[n].isCap,
              tokens[n + 1].lower == "and" || tokens[n + 1].text == "," else { return n }
        return n + 1
    }

    /// "and the libertarian Free Democrats": one lowercase adjective between a determiner and a
    /// name is skipped. Only after `and` and a determiner, and never a verb form ("and thanked Ann Roe").
    func skipAdjectiveBeforeName(_ m: Int, _ end: Int, _ state: DocumentState) -> Int {
        // (Only after "and the": "met with X, his son-in-law Y" is an apposition, not a list.)
        guard m > 1, m + 1 < end, ["the", "a", "an", "his", "her", "their", "its"].contains(tokens[m - 1].lower),
              ["and", "or"].contains(tokens[m - 2].lower), !tokens[m].text.contains("-"),
              state.argAt[m] == nil, tokens[m].kind == .word, !tokens[m].isCap,
              Lexicons.shared.stopWords[tokens[m].lower] == nil, Lexicons.shared.triggers[tokens[m].lower] == nil,
              !tokens[m].lower.hasSuffix("ed"), !tokens[m].lower.hasSuffix("ing"),
              let next = state.argAt[m + 1], next.kind == .name, next.tokens.lowerBound == m + 1 else { return m }
        return m + 1
    }
}
