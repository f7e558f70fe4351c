import EventModel

/// A non-meeting object word that only modifies the people met (branch meetK, wide recall
/// sample): "met the opposition leaders", "met opposition politicians", "met protest
/// organisers". `non-meeting-cues.tsv` lists `opposition`, `protests`, ... as things met ("met
/// with opposition", "met with protests"); before a group noun the word is an adjective and the
/// group is the party. "met with strong opposition from X" stays no meeting (no group noun next).
extension EventFinder {
    func cueModifiesParty(_ j: Int, _ end: Int) -> Bool {
        guard j + 1 < end, tokens[j + 1].kind == .word, !tokens[j + 1].isCap else { return false }
        // ("met dozens of farmers", "hundreds of local officials": a count of people, not "met with
        // hundreds of complaints".)
        if tokens[j + 1].lower == "of" {
            return (j + 2..<min(end, j + 5)).contains { Lexicons.shared.groupNouns[tokens[$0].lower] != nil }
        }
        return Lexicons.shared.groupNouns[tokens[j + 1].lower] != nil
    }
}
