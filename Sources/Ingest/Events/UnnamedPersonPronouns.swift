/// "The woman waited two years to sue because she was trying to negotiate a settlement": a `he`
/// or `she` whose own sentence opens on an unnamed person ("The woman", "A man") means that
/// person, not the last person the article named (issue 3, session 22).
extension EventFinder {
    func openingUnnamedPerson(before j: Int, _ state: inout DocumentState, pronoun: String) -> Arg? {
        let si = state.sentenceOf[j]
        let start = sentences[si].tokens.lowerBound
        guard start + 2 < j, ["the", "a", "an"].contains(tokens[start].lower) else { return nil }
        var k = start + 1
        // One lowercase modifier: "The elderly woman".
        if Lexicons.shared.groupNouns[tokens[k].lower] == nil, tokens[k].kind == .word, !tokens[k].isCap, k + 3 < j { k += 1 }
        guard let noun = Lexicons.shared.groupNouns[tokens[k].lower], noun.person, !noun.plural,
              let sex = HonorificGender.of(personNoun: tokens[k].lower),
              HonorificGender.of(pronoun: pronoun) == sex else { return nil }
        // The noun is the sentence's subject: a verb follows, not "of", a name or an apposition.
        let next = tokens[k + 1]
        guard next.kind == .word, !next.isCap, next.lower != "'s", !Self.prepositions.contains(next.lower) else { return nil }
        // "The man who met Ann Roe said he ...": a person named between is the nearer referent.
        guard !((k + 1)..<j).contains(where: { t in
            state.argAt[t].map { state.entities[$0.entity].type == .person } ?? false || state.nameAt[t] != nil
        }) else { return nil }
        // ("The woman" already linked to a named person is that person.)
        if let known = state.argAt[k] { return known }
        return makeGroup(head: k, start, &state, si)
    }
}
