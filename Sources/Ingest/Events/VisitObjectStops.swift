import EventModel

/// "He will visit an orphanage in Tanzania and a credit union in Mozambique before chairing a
/// meeting in Cape Town": what a visit verb takes as object may each be placed by its own `in` /
/// `at` phrase, and each such place is a stop (issue 3, session 14 proxy set). The stops end
/// where the object phrase does: at a clause word ("before chairing", "where", "said"), or at
/// `and` opening a new verb or subject. Without this the most specific place in the whole
/// sentence won, a city of the next clause over two countries visited.
extension EventFinder {
    static let objectPhraseEnds: Set<String> = ["before", "after", "while", "where", "when", "then", "but", "until", "said",
                                                "says", "told", "to", "during", "as", "because", "which", "who", ";", ":"]

    /// The places of `in`/`at` phrases inside the object of a visit verb at `k`, in order.
    func stopsInVisitObject(_ k: Int, triggerEnd: Int, _ s: Sentence, _ state: DocumentState) -> [Arg] {
        let end = s.tokens.upperBound
        // The object opens with a lowercase word, not a place or a preposition ("visit Peru", "visit in May").
        guard triggerEnd < end, tokens[triggerEnd].kind == .word, !tokens[triggerEnd].isCap,
              !Self.prepositions.contains(tokens[triggerEnd].lower), !Self.objectPhraseEnds.contains(tokens[triggerEnd].lower)
        else { return [] }
        var out: [Arg] = []
        var j = triggerEnd
        while j < end {
            let w = tokens[j]
            if Self.objectPhraseEnds.contains(w.lower) || w.text == "," && j + 1 < end && !["a", "an", "the"].contains(tokens[j + 1].lower) { break }
            // ("and met Y", "and he said"): `and` before a verb or a pronoun opens a new clause.
            if w.lower == "and", j + 1 < end, Self.pronouns[tokens[j + 1].lower] != nil || Lexicons.shared.triggers[tokens[j + 1].lower] != nil
                || tokens[j + 1].lower.hasSuffix("ed") { break }
            if let a = state.argAt[j], a.kind == .name {
                // ("factories in Ohio and Michigan": a place coordinated with a stop is one too.)
                let governed = j > s.tokens.lowerBound && (["in", "at"].contains(tokens[j - 1].lower)
                    || ["and", ","].contains(tokens[j - 1].lower) && out.last.map { $0.tokens.upperBound == j - 1 } == true)
                if state.entities[a.entity].type == .location, governed, !out.contains(where: { $0.entity == a.entity }) {
                    out.append(a)
                }
                j = a.tokens.upperBound
                continue
            }
            j += 1
        }
        return out
    }
}
