/// Group nouns that head no unnamed group: the word is a title before a person's name, or part
/// of a proper name. Without this, "welfare minister Jon Kale said" made a group "welfare
/// minister" beside Jon Kale (merged with every other "... minister" of the article), "Mother
/// Nature" a group "Mother", and "the group Families Against Hunger" a group "Families".
extension EventFinder {
    /// Whether the group noun at `head` is a word of a proper name, so that no group is made.
    /// Capitalised inside a sentence, the word belongs to a name ("the Union", "the group
    /// Families Against Hunger"); as the sentence's first word, only when a capitalised word
    /// follows ("Mother Nature"; "Officials said" stays a group).
    func isPartOfName(_ head: Int, _ si: Int) -> Bool {
        guard tokens[head].isCap else { return false }
        let end = sentences[si].tokens.upperBound
        let firstWord = sentences[si].tokens.first { tokens[$0].kind == .word }
        return head != firstWord || head + 1 < end && tokens[head + 1].kind == .word && tokens[head + 1].isCap
    }

    /// The person named right after the group noun at `head`, whose title the noun is ("union
    /// leader Petra Anselm", "senior policy adviser Max Lawson").
    func titledPerson(after head: Int, _ state: DocumentState, _ si: Int) -> Arg? {
        let end = sentences[si].tokens.upperBound
        // ("her husband [actor Ryan Obi]", "his wife (Ann Roe)": the name in brackets, past a job word.)
        if head + 2 < end, ["[", "("].contains(tokens[head + 1].text) {
            var q = head + 2
            while q < end, q <= head + 4, tokens[q].kind == .word, !tokens[q].isCap { q += 1 }
            guard q < end, let person = state.argAt[q], person.kind == .name, person.tokens.lowerBound == q,
                  state.entities[person.entity].type == .person, person.tokens.upperBound < end,
                  ["]", ")"].contains(tokens[person.tokens.upperBound].text) else { return nil }
            return person
        }
        guard head + 1 < end, let person = state.argAt[head + 1], person.kind == .name,
              person.tokens.lowerBound == head + 1, state.entities[person.entity].type == .person else { return nil }
        return person
    }

    /// Whether the group noun at `head` is used as an adjective ("an official report", "his
    /// official residence"): a noun marked `adjective` in group-nouns.tsv, followed by a lowercase
    /// word that is no verb (no trigger, no grammar word, no -ed form: "the official said",
    /// "the official confirmed" keep the group).
    func isAdjectiveUse(_ head: Int, _ si: Int) -> Bool {
        let lex = Lexicons.shared
        guard lex.groupNouns[tokens[head].lower]?.adjective == true, head + 1 < sentences[si].tokens.upperBound else { return false }
        let next = tokens[head + 1]
        return next.kind == .word && !next.isCap && lex.stopWords[next.lower] == nil && lex.triggers[next.lower] == nil
            && !next.lower.hasSuffix("ed")
    }
}
