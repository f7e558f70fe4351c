/// "The couple", "the pair" after two people were named together and others since: "Crown Prince
/// Ivo and Crown Princess Ana visited Oslo. The pair were at a library to honour the critic Tom
/// Hale. ... The royal couple also visited a school" — the couple is Ivo and Ana, not Tom Hale and
/// whoever was named near him (`pairReference`'s walk back to the last two names).
/// - `couple` (partners, told as "A and B") takes the last two named together within five
///   sentences whenever the last two names are not;
/// - `pair`, `duo` do so only when the last two names stand in different sentences ("Ivo Lund
///   greeted Ed Hale. The pair then met the mayor" keeps Lund and Hale).
extension EventFinder {
    /// Sentences back that `couple` looks for two people named together.
    static let coupleWindow = 5

    /// The two people "the couple" or "the pair" at `j` stands for when they are not the last
    /// two names (`people`, nearest first), else nil.
    func coupleNamedTogether(_ w: String, _ people: [Arg], _ j: Int, limit: Int, _ state: DocumentState,
                             fits: (Int) -> Bool) -> [Int]? {
        guard ["couple", "pair", "duo"].contains(w), people.count == 2, !areCoordinated(people[1], people[0]) else { return nil }
        if w == "couple" {
            let from = sentences[max(0, state.sentenceOf[j] - Self.coupleWindow)].tokens.lowerBound
            return lastCoordinatedPair(from: from, to: j, state, fits: fits)
        }
        guard state.sentenceOf[people[0].tokens.lowerBound] != state.sentenceOf[people[1].tokens.lowerBound] else { return nil }
        return lastCoordinatedPair(from: sentences[max(0, limit)].tokens.lowerBound, to: j, state, fits: fits)
    }

    /// Whether `a` and `b` (in text order) are written "A and B".
    func areCoordinated(_ a: Arg, _ b: Arg) -> Bool {
        a.tokens.upperBound + 1 == b.tokens.lowerBound && tokens[a.tokens.upperBound].lower == "and"
    }

    /// The entities of the last "A and B" (or "A and the B") in `from..<to` whose names both fit
    /// and that `accept` takes.
    func lastCoordinatedPair(from: Int, to: Int, _ state: DocumentState, fits: (Int) -> Bool,
                             accept: (Arg, Arg) -> Bool = { _, _ in true }) -> [Int]? {
        var found: [Int]? = nil
        var k = from
        while k < to {
            defer { k += 1 }
            guard let a = state.argAt[k], a.kind == .name, a.tokens.lowerBound == k, fits(a.entity) else { continue }
            let and = a.tokens.upperBound
            let next = and + 1 < to && tokens[and + 1].lower == "the" ? and + 2 : and + 1
            guard next < to, tokens[and].lower == "and", let b = state.argAt[next], b.kind == .name,
                  b.tokens.lowerBound == next, fits(b.entity), b.entity != a.entity, accept(a, b) else { continue }
            found = [a.entity, b.entity]
        }
        return found
    }
}
