import EventModel

/// "But when the king of Holland visited China", "Ann Roe met the president of Chile": an office
/// holder the article does not name is a party by the office and the place it is of ("king of
/// Holland"), so that both say who met; the place after `of` is no venue (issue 3, session 22).
/// A description the linker resolved to a named person ("the chief of the Quds Force" ... Qaani)
/// is that person and never reaches here.
extension EventFinder {
    /// The office holder whose lowercase title ends at `t`, followed by "of" and a place.
    func officeHolderGroup(title t: Int, _ si: Int, _ state: inout DocumentState) -> Arg? {
        guard let (a, place) = officeOfPlace(title: t, si, state) else { return nil }
        let text = ScalarClass.string(scalars[tokens[a].start..<tokens[place.tokens.upperBound - 1].end])
        return groupArg(key: text.lowercased(), text: text, over: a..<place.tokens.upperBound, si, &state, person: true) { text }
    }

    /// The office holder ending right before the verb at `k` ("the king of Holland visited"), with
    /// only auxiliaries or adverbs between.
    func officeHolderSubject(_ j: Int, _ k: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        guard j + 2 < k, let (_, place) = officeOfPlace(title: j, si, state),
              (place.tokens.upperBound..<k).allSatisfy({ x in
                  let w = tokens[x].lower
                  return Self.auxiliaries.contains(w) || Self.plannedLinks.contains(w) || w.hasSuffix("ly")
                      || ["been", "not", "also", "then", "later", "first", "never"].contains(w)
              }) else { return nil }
        return officeHolderGroup(title: j, si, &state)
    }

    /// Where the phrase "the TITLE of (the) PLACE" with its title ending at `t` starts (after its
    /// article; "the foreign minister of Chile" starts at "foreign"), and its place.
    private func officeOfPlace(title t: Int, _ si: Int, _ state: DocumentState) -> (Int, Arg)? {
        let lex = Lexicons.shared
        let s = sentences[si].tokens
        guard t + 2 < s.upperBound, state.argAt[t] == nil, tokens[t].kind == .word, !tokens[t].isCap,
              lex.titles[tokens[t].lower] != nil, tokens[t + 1].lower == "of" else { return nil }
        var q = t + 2
        if tokens[q].lower == "the", q + 1 < s.upperBound { q += 1 }
        guard let place = state.argAt[q], place.kind == .name, place.tokens.lowerBound == q,
              state.entities[place.entity].type == .location else { return nil }
        var a = t
        if a - 1 >= s.lowerBound, !tokens[a - 1].isCap, lex.titles[tokens[a - 1].lower + " " + tokens[t].lower] != nil { a -= 1 }
        guard a - 1 >= s.lowerBound, ["the", "a", "an"].contains(tokens[a - 1].lower) else { return nil }
        return (a, place)
    }
}
