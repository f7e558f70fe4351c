import EventModel

/// "Kelso General Hospital cut beds. ... The hospital held talks with the health board.": news
/// names a body in full once, then calls it by the last word of its name (`the hospital`, `the
/// board`, `the university`, `the party`). Such a phrase stands for that body, so that every
/// event rule reads it as a party:
/// - the phrase is `the`, at most two modifiers, then a lowercase word of the `name-head` class of
///   event-cues.tsv, ending its phrase (`endsPhrase`: not "the party leader", "the board of");
/// - the body is a name in one of the five sentences before whose last word is that word
///   (`Kelso General Hospital`), an organisation or a named building; the nearest sentence with
///   one decides, and two different bodies there ("Kelso Hospital and Leith Hospital") give none;
/// - a name in the phrase's own sentence is not taken: "talks between Kelso Hospital and the
///   board" are with another body, as in DescribedBodies.
/// Body words of the `org-role` class ("the firm", "the club") stay DescribedBodies', which
/// reads them without a name to match.
extension DescriptorLinker {
    func linkNameHeadBodies(_ state: inout DocumentState) {
        let heads = EventCues.words("name-head").subtracting(EventCues.bodyRoles)
        for (si, s) in sentences.enumerated() where !s.isHeading && si > 0 {
            var k = s.tokens.lowerBound
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                guard let head = describedHead(after: k, s, heads: heads, modifiers: 2, state, isModifier: { isBodyModifier($0, state) }),
                      let body = namedBody(endingWith: tokens[head].lower, before: si, state) else { continue }
                state.set(Arg(tokens: k..<(head + 1), entity: body, kind: .descriptor))
                k = head
            }
        }
    }

    /// The one body named in the nearest of the five sentences before `si` whose name ends in `word`.
    private func namedBody(endingWith word: String, before si: Int, _ state: DocumentState) -> Int? {
        for back in 1...5 where si - back >= 0 {
            let found = Set(names(in: sentences[si - back].tokens, state).filter { a in
                let e = state.entities[a.entity]
                return a.tokens.count >= 2 && tokens[a.tokens.upperBound - 1].lower == word
                    && (e.type == .organization || e.type == .location && e.subtype == "facility")
            }.map(\.entity))
            if !found.isEmpty { return found.count == 1 ? found.first : nil }
        }
        return nil
    }
}
