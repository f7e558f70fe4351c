import EventModel

/// "Japan's Prime Minister Ken Sato held talks with ...", "Germany's Chancellor Hans Vogel began
/// a three-day visit to Beijing": a titled name owned by a country or body is the subject when
/// its owner could be one (issue 3, world-news visits and talks, branch meetF). The `'s` before
/// the title made `canBeSubject` read the name as inside a possessive phrase, so a trigger that
/// is not right after the name (a light verb and a noun: "held talks", "began a visit") lost its
/// agent and the event was dropped; a verb right after the name ("visited") was never affected.
extension EventFinder {
    func isPossessedSubject(_ a: Arg, _ k: Int, _ start: Int, _ state: DocumentState) -> Bool {
        guard state.entities[a.entity].type == .person else { return false }
        var j = a.tokens.lowerBound - 1
        // Back over the title: capitalised words or title words that are no argument of their own.
        var steps = 0
        while j > start, steps < 4, state.argAt[j] == nil, tokens[j].kind == .word, tokens[j].lower != "'s",
              tokens[j].isCap || Lexicons.shared.titles[tokens[j].lower] != nil || Lexicons.shared.stopWords[tokens[j].lower] == nil && !tokens[j].isCap && steps < 2 {
            j -= 1
            steps += 1
        }
        guard j > start, tokens[j].lower == "'s", let owner = state.argAt[j - 1], owner.kind == .name,
              state.entities[owner.entity].type != .person else { return false }
        return canBeSubject(owner, k, start)
    }
}
