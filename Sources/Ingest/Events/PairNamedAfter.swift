/// Two more ways a pair of parties is told (issue 3, branch meetE, BBC business reports):
/// - "the two" with no noun, as the subject of a meeting verb: "Ann Roe and Tom Berg were both
///   at the festival. The two met in Leeds" (the last two people named before it; not
///   organisations: in business reports the last two named are often brands or shareholders);
/// - "the two companies" whose names follow in a clause after the trigger: "The two companies
///   held four days of talks after Nortex bought a stake in Alba Group" are Nortex and Alba Group,
///   not two brands named in the sentence before.
extension EventFinder {
    /// `the two` right before a verb group at `j` ("the two held", "the two have met"), in a
    /// sentence that names no plural of firms or countries ("Shares in both companies were
    /// suspended while the two held talks" is about companies, whatever people were named last).
    func isBareTwo(_ j: Int, _ state: DocumentState) -> Bool {
        guard j > 0, j + 1 < tokens.count, tokens[j].lower == "two", tokens[j - 1].lower == "the" else { return false }
        let next = tokens[j + 1].lower
        guard Self.auxiliaries.contains(next) || Self.lightVerbs.contains(next)
                || ["met", "meet", "talked", "agreed", "began", "also"].contains(next) else { return false }
        let plurals = Self.organisationPairNouns.union(Self.firmPluralNouns).union(Self.countryPairNouns)
        // ("Shares in both companies were suspended while the two held talks": "both" names the same pair.)
        return !sentences[state.sentenceOf[j]].tokens.contains { plurals.contains(tokens[$0].lower) && !($0 > 0 && tokens[$0 - 1].lower == "both") }
    }

    /// The two entities that `fits` named after a subordinator ("after", "since", "when", "as")
    /// that follows the trigger at `k` in its sentence, or nil unless exactly two are.
    func pairNamedAfter(_ k: Int, _ state: DocumentState, fits: (Int) -> Bool) -> [Arg]? {
        let end = sentences[state.sentenceOf[k]].tokens.upperBound
        guard let sub = (k + 1..<end).first(where: { ["after", "since", "when", "as"].contains(tokens[$0].lower) }),
              !(k + 1..<sub).contains(where: { tokens[$0].lower == "with" || tokens[$0].lower == "between" }) else { return nil }
        var named: [Arg] = []
        var t = sub + 1
        while t < end {
            if let a = state.argAt[t], a.kind == .name {
                if fits(a.entity), !named.contains(where: { $0.entity == a.entity }) { named.append(a) }
                t = a.tokens.upperBound
                continue
            }
            t += 1
        }
        return named.count == 2 ? named : nil
    }
}
