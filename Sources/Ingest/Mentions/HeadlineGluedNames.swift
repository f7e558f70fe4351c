import EventModel

/// "MG Rover China tie-up 'delayed'", "Volvo India plant to close": a headline drops the words
/// between a body's name and a country, so the run of capitals glues the two into what reads as
/// one person's name. When the words before the country are a name the body writes on its own
/// (an organisation, a place, or a name of two words), the run is those two names: one person
/// "MG Rover China" is a junk entity, and it would also hide the body's short form `Rover`.
/// A person whose surname is a country ("Michael Jordan") stays whole: the body does not write
/// the given name alone as a name.
extension TypeRefiner {
    func splitHeadlineGluedNames(_ cands: [Candidate]) -> [Candidate] {
        // (Most headlines have no such run: no pass over the body's names for them.)
        guard cands.contains(where: { $0.isHeading && $0.tokens.count >= 2
            && Gazetteer.shared.country(named: tokens[$0.tokens.upperBound - 1].text) != nil }) else { return cands }
        var bodyNames: [String: Candidate] = [:]
        // (Types are not all known yet: an untyped name counts when it is two words or stands inside
        // a sentence; a lone given name, "Michael", does not.)
        for c in cands where !c.isHeading && bodyNames[LinkKey.of(c.text)] == nil
            && (c.type == .organization || c.type == .location || c.tokens.count >= 2
                || c.type == nil && !c.isSentenceInitial && !Gazetteer.shared.isGivenName(c.text)) {
            bodyNames[LinkKey.of(c.text)] = c
        }
        var out: [Candidate] = []
        out.reserveCapacity(cands.count)
        for c in cands {
            // (Typed by no lexicon: a cue word after it, "Kalmar Peru plant", may have made it a body.)
            guard c.isHeading, c.tokens.count >= 2, c.type == nil || c.evidence < .lexicon && (c.type == .organization || c.type == .person && c.title == nil),
                  let country = Gazetteer.shared.country(named: tokens[c.tokens.upperBound - 1].text),
                  let body = bodyNames[LinkKey.of(text(c.tokens.lowerBound, c.tokens.upperBound - 1))] else {
                out.append(c)
                continue
            }
            var last = part(of: c, (c.tokens.upperBound - 1)..<c.tokens.upperBound)
            last.isSentenceInitial = false
            last.markCountry(country)
            out.append(part(of: c, c.tokens.lowerBound..<(c.tokens.upperBound - 1), typedLike: body))
            out.append(last)
        }
        return out
    }

    private func text(_ a: Int, _ b: Int) -> String {
        ScalarClass.string(scalars[tokens[a].start..<tokens[b - 1].end])
    }
}
