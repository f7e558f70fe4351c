import EventModel

/// The person a description stands for, named in apposition after it (issue 3, trigger audit on
/// unseen dated news): "met with another senior ally, Speaker Ines Kahl", "held talks with an old
/// rival, Governor Tom Reed", "to meet with another key figure in his party, Speaker Ines Kahl". The description names nobody; the name after the comma is the party.
/// Not when the name opens a new clause: "met with the board, Ann Roe said".
extension EventFinder {
    static let descriptionOpeners: Set<String> = ["another", "a", "an", "the", "his", "her", "their", "its", "one", "fellow", "an"]

    /// `from` is the first token after the trigger, `comma` the comma that ends the description.
    func appositionAfterDescription(_ from: Int, _ comma: Int, _ end: Int, isNoun: Bool, _ state: DocumentState) -> Arg? {
        var d = from
        if d < comma, tokens[d].lower == "with" { d += 1 } else if isNoun { return nil }
        guard d < comma, comma - d <= 8, Self.descriptionOpeners.contains(tokens[d].lower) else { return nil }
        // The description is words only, names no person and holds no verb of its own.
        for q in d..<comma {
            if tokens[q].kind != .word { return nil }
            if let a = state.argAt[q], a.kind == .name, state.entities[a.entity].type == .person { return nil }
            if Self.speechVerbs.contains(tokens[q].lower) || Self.auxiliaries.contains(tokens[q].lower) { return nil }
        }
        guard let person = apposedPerson(afterComma: comma, end, state) else { return nil }
        return Arg(tokens: d..<person.tokens.upperBound, entity: person.entity, kind: person.kind)
    }

    /// The person named after the comma at `comma`, over capitalised title words ("Senate Majority
    /// Leader"), unless that person is the sentence's speaker ("..., Ann Roe said", "..., Ann
    /// Roe's office said"). Also used by NamedAfterGroups.
    func apposedPerson(afterComma comma: Int, _ end: Int, _ state: DocumentState) -> Arg? {
        var r = comma + 1
        while r < min(end, comma + 6), state.argAt[r] == nil, tokens[r].kind == .word, tokens[r].isCap { r += 1 }
        guard r < end, let person = state.argAt[r], person.kind == .name, state.entities[person.entity].type == .person else { return nil }
        let after = person.tokens.upperBound
        if after < end, Self.speechVerbs.contains(tokens[after].lower) || ["'s", "'", "\u{2019}"].contains(tokens[after].lower) { return nil }
        if after + 1 < end, tokens[after].text == ",", Self.speechVerbs.contains(tokens[after + 1].lower) { return nil }
        return person
    }
}
