import EventModel

/// The subject of a relative clause that describes a name in apposition (issue 3): in "Ann Roe,
/// a UK investment banker who has held talks with Rovers" the talks are Roe's, not the UK's —
/// the nearest name before the verb sits inside the description. Only `, a/an/the ... who|which
/// VERB` counts, or a trip noun after `on`/`during` (`, a police officer on vacation in Nice,`),
/// with the described name right before the comma and no verb in the description.
extension EventFinder {
    /// Words between `who` and the trigger that belong to its verb group.
    private static let relativeVerbGroup: Set<String> = ["been", "be", "being", "also", "already", "recently", "reportedly",
                                                         "allegedly", "since", "secretly", "then", "later", "once"]

    /// The name the relative clause before trigger `k` describes, or nil.
    func relativeClauseAntecedent(_ k: Int, _ start: Int, _ state: DocumentState) -> Arg? {
        var w = k - 1
        while w > start, Self.auxiliaries.contains(tokens[w].lower) || Self.lightVerbs.contains(tokens[w].lower)
                || Self.nounTriggerModifiers.contains(tokens[w].lower) || Self.relativeVerbGroup.contains(tokens[w].lower)
                || tokens[w].lower.hasSuffix("ly") && !tokens[w].isCap { w -= 1 }
        // "Ann Roe, a police officer on vacation in Nice, saw ...": a trip told inside the description.
        guard w > start + 2 else { return nil }
        let onTrip = ["on", "during"].contains(tokens[w].lower) && Lexicons.shared.triggers[tokens[k].lower]?.contains(where: \.isNoun) == true
        // (A description that itself stands for a body, "the Czech envoy", yields to the name it describes.)
        guard ["who", "which"].contains(tokens[w].lower) || onTrip, state.argAt[w - 1].map({ $0.kind == .name }) != true else { return nil }
        // The description: back to its comma, articles, adjectives and nouns only.
        var c = w - 1
        while c > start, w - c <= 8, tokens[c].text != "," {
            let t = tokens[c]
            if t.kind == .punct && t.text != "-" || Self.auxiliaries.contains(t.lower) || Self.speechVerbs.contains(t.lower)
                || ["that", "and", "or", "but"].contains(t.lower) { return nil }
            c -= 1
        }
        guard c > start, tokens[c].text == ",", c + 1 < w, ["a", "an", "the"].contains(tokens[c + 1].lower),
              let named = state.argAt[c - 1], named.kind == .name, state.entities[named.entity].type != .location else { return nil }
        return named
    }
}
