import EventModel

/// "met Roe's wife, Gina Roe", "talks with Hale's son-in-law Ivo Kerr": the relative named after
/// the possessor is the party, not the possessor (issue 3, set E: the possessor's name took the
/// meeting, so the spouse who met was lost and the husband, who was elsewhere, was named).
extension EventFinder {
    /// The person named right after a kin noun at `q` (behind a possessive `'s`), with or
    /// without a comma between: nil when no name follows ("met Roe's wife at the airport").
    func namedRelative(afterPossessive q: Int, _ end: Int, _ state: DocumentState) -> Arg? {
        guard q < end, KinNouns.all.contains(tokens[q].lower) else { return nil }
        var r = q + 1
        if r < end, tokens[r].text == "," { r += 1 }
        guard r < end, let p = state.argAt[r], p.kind == .name, p.tokens.lowerBound == r,
              state.entities[p.entity].type == .person else { return nil }
        return p
    }
}
