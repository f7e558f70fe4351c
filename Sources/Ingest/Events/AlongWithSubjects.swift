import EventModel

/// "Ann Roe, along with Tom Hale, met Ivo Lund": the subject stands before the
/// parenthetical and the companion is a second party (issue 3, set E). The nearest name
/// before the verb is the companion, so alone it took the subject's place and lost Roe.
/// "Roe and his wife, together with Hale, met Lund": an unnamed relative coordinated with the
/// named subject is left out (the named people are the parties).
extension EventFinder {
    /// Words that open a companion parenthetical, with their length.
    static let companionOpeners: [[String]] = [["along", "with"], ["together", "with"], ["accompanied", "by"], ["alongside"]]
    /// Words allowed between the closing comma and the verb: "..., then met", "..., also held talks".
    static let companionGapWords: Set<String> = ["then", "also", "later", "jointly", "both"]

    /// The subjects and companions of a verb at `k` when a companion parenthetical closes right
    /// before it; nil when there is none.
    func companionSubjects(_ k: Int, _ start: Int, _ state: inout DocumentState, _ si: Int) -> [Arg]? {
        var close = k - 1
        // ("..., then held talks with": a light verb and its article before a noun trigger.)
        while close > start, close > k - 5, tokens[close].text != ",",
              Self.auxiliaries.contains(tokens[close].lower) || Self.companionGapWords.contains(tokens[close].lower)
                || Self.lightVerbs.contains(tokens[close].lower) || ["a", "an"].contains(tokens[close].lower)
                || tokens[close].lower.hasSuffix("ly") { close -= 1 }
        guard close > start, tokens[close].text == "," else { return nil }
        var open = close - 1
        while open > start, close - open <= 12, tokens[open].text != "," { open -= 1 }
        guard open > start, tokens[open].text == "," else { return nil }
        guard let opener = Self.companionOpeners.first(where: { words in
            open + words.count < close && words.indices.allSatisfy { tokens[open + 1 + $0].lower == words[$0] }
        }) else { return nil }
        var companions: [Arg] = []
        var q = open + 1 + opener.count
        while q < close {
            if let a = state.argAt[q], a.kind != .pronoun, a.tokens.upperBound <= close,
               state.entities[a.entity].type != .location {
                companions.append(a)
                q = a.tokens.upperBound
                continue
            }
            q += 1
        }
        guard !companions.isEmpty else { return nil }
        var subjects = leftArguments(open, start, &state, si)
        // "Roe and his wife": the named subject before the relative.
        if subjects.count == 1, isUnnamedRelative(subjects[0], state) {
            var b = subjects[0].tokens.lowerBound - 1
            if b > start, ["his", "her", "their"].contains(tokens[b].lower) { b -= 1 }
            if b > start, tokens[b].lower == "and", let named = state.argAt[b - 1] ?? pronoun(b - 1, &state) { subjects = [named] }
        }
        subjects.removeAll { isUnnamedRelative($0, state) }
        guard !subjects.isEmpty else { return nil }
        return subjects + companions
    }

    /// "his wife", "her son": one unnamed person (a group noun typed person).
    private func isUnnamedRelative(_ a: Arg, _ state: DocumentState) -> Bool {
        let e = state.entities[a.entity]
        return a.kind == .group && e.type == .person
    }
}
