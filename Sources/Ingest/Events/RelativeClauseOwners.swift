import EventModel

/// The owner of "his trip" past a relative clause (issue 3, trigger audit on unseen dated news):
/// "President Ann Roe, who has answered Tom Berg's threats with threats of her own, was about to
/// leave on her trip to Asia". The nearest person before `her` is Berg, inside the clause; the
/// traveller is the name the clause describes. A person in the main clause before the pronoun
/// ("Roe said Berg would leave on his trip") keeps the nearest-person reading.
extension EventFinder {
    static let relativeWords: Set<String> = ["who", "whom", "whose", "which"]

    /// The person right before ", who ... ," when that clause closes between the subject and `owner`.
    func personBeforeRelativeClause(_ owner: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        let start = s.tokens.lowerBound
        var j = owner - 1
        // The main clause back to the comma closing the relative clause: no person of its own.
        while j > start, tokens[j].text != "," {
            if let a = state.argAt[j], state.entities[a.entity].type == .person { return nil }
            j -= 1
        }
        guard j > start else { return nil }
        var o = j - 1
        while o > start, owner - o <= 40 {
            if tokens[o].text == ",", o + 1 < owner, Self.relativeWords.contains(tokens[o + 1].lower) {
                guard let a = state.argAt[o - 1], state.entities[a.entity].type == .person else { return nil }
                return a.entity
            }
            o -= 1
        }
        return nil
    }
}
