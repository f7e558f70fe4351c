import EventModel

/// The subject past a restrictive relative clause (issue 3, session 24 blind part G20): in "Two
/// local councillors who back Ann Roe met Tom Obi" the nearest name before `met` is the object
/// of the clause (`back Ann Roe`); the ones who met are the noun the clause describes. Only a
/// short clause counts, `NOUN who VERB [the/a/his] NAME [aux]` right before the trigger, and not a
/// verb of saying or thinking ("officials who said Ann Roe met Tom Obi": there Roe met Obi).
extension EventFinder {
    /// Verbs after `who` whose object is a clause, not a party: the name after them opens the clause.
    private static let clauseTakingVerbs: Set<String> = ["said", "say", "says", "believe", "believes", "believed", "think", "thinks",
                                                         "thought", "claim", "claims", "claimed", "know", "knows", "knew", "fear",
                                                         "fears", "feared", "suspect", "suspects", "suspected", "hope", "hoped",
                                                         "hopes", "insist", "insisted", "insists", "confirmed", "denied", "expect",
                                                         "expected", "reported", "told", "noted", "argue", "argued", "argues"]

    /// The noun or name a `who` clause describes when the argument right before trigger `k` is
    /// that clause's object; nil otherwise.
    func restrictiveRelativeHead(_ k: Int, _ start: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        var e = k - 1
        // (Back over the verb group: auxiliaries, adverbs, and a noun trigger's light verb and article, "held talks".)
        let noun = Lexicons.shared.triggers[tokens[k].lower]?.contains(where: \.isNoun) == true
        while e > start, Self.auxiliaries.contains(tokens[e].lower) || tokens[e].lower.hasSuffix("ly") && !tokens[e].isCap
                || noun && (Self.lightVerbs.contains(tokens[e].lower) || Self.nounTriggerModifiers.contains(tokens[e].lower)) { e -= 1 }
        guard e > start, let object = state.argAt[e], object.kind == .name else { return nil }
        // "who VERB [determiner]" right before the object.
        var v = object.tokens.lowerBound - 1
        while v > start, Self.determiners.contains(tokens[v].lower) || tokens[v].lower == "'s" { v -= 1 }
        guard v - 1 > start, tokens[v].kind == .word, !tokens[v].isCap, tokens[v - 1].lower == "who",
              !Self.clauseTakingVerbs.contains(tokens[v].lower), !Self.auxiliaries.contains(tokens[v].lower),
              Lexicons.shared.triggers[tokens[v].lower] == nil else { return nil }
        let head = v - 2
        guard head >= start, tokens[head].kind == .word else { return nil }
        if let named = state.argAt[head], named.kind == .name, named.entity != object.entity { return named }
        return groupLeft(head, start, &state, si)
    }
}
