import EventModel

/// The noun right before a bare participle is its victim, not its doer (issue 3, branch evt;
/// `Scripts/eval/event_audit.py`): "four soldiers killed in the ambush were buried", "she was
/// the third guard killed at the border this month", "the two men arrested on Monday". With no
/// be-verb the build takes the noun for an agent; a participle followed by no object (a
/// preposition, a clause word, a verb of its own, the sentence end) is a reduced passive, so the
/// noun is the patient and only a `by` phrase names the agent.
/// Kept as agent: "gunmen killed two guards" (an object follows), "troops killed and wounded
/// dozens" (coordinated verbs), "rebels attacked, killing five" (a comma: a clause of its own).
extension EventFinder {
    static let reducedPassiveFollowers: Set<String> = ["in", "on", "at", "when", "after", "during", "since", "while", "near",
                                                       "outside", "inside", "last", "this", "earlier", "have", "has", "had",
                                                       "was", "were", "is", "are", "by", "before", "following", "amid", "over",
                                                       "across", "around", "from", "under", "for", "as", "so", "were", "will"]

    func reducedRelativeVictim(_ type: EventType, trigger k: Int, triggerEnd: Int, end: Int, passive: Bool, isNoun: Bool,
                               agent: inout Arg?, objects: inout [Arg], byArg: Arg?) {
        guard type == .kill || type == .arrest || type == .attack, !passive, !isNoun, tokens[k].lower.hasSuffix("ed"),
              let a = agent, a.tokens.upperBound == k else { return }
        let next = triggerEnd < end ? tokens[triggerEnd] : nil
        guard next.map({ Self.reducedPassiveFollowers.contains($0.lower) || [".", "!", "?"].contains($0.text) }) ?? true else { return }
        if !objects.contains(where: { $0.entity == a.entity }) { objects.insert(a, at: 0) }
        agent = byArg.flatMap { $0.entity == a.entity ? nil : $0 }
    }

    /// "an increase in Europeans travelling to the UK", "people visiting the city": a participle's
    /// doer is the plural noun right before it. When that noun names no one (a nationality's
    /// plural, a lowercase noun that is no group of the lexicon), the trip has no traveller; the
    /// agent found further left ("It found that the figures had been boosted by ...") is not it.
    func unnamedParticipleSubject(_ type: EventType, trigger k: Int, isNoun: Bool, agent: Arg?, _ state: DocumentState) -> Bool {
        guard type.isMeeting, !isNoun, tokens[k].lower.hasSuffix("ing"), k > 0, let a = agent, a.tokens.upperBound < k else { return false }
        let before = tokens[k - 1]
        guard before.kind == .word, before.lower.hasSuffix("s") else { return false }
        // ("Europeans" after "an increase in" may have been guessed a place: a place travels nowhere.)
        if let b = state.argAt[k - 1] { return before.isCap && state.entities[b.entity].type == .location }
        if before.isCap { return Gazetteer.shared.country(adjective: before.text) != nil }
        let lex = Lexicons.shared
        return lex.stopWords[before.lower] == nil && lex.groupNouns[before.lower] == nil && lex.triggers[before.lower] == nil
            && !Self.auxiliaries.contains(before.lower) && !Self.beVerbs.contains(before.lower)
    }
}
