import EventModel

/// A tour of one's own country, "a nationwide tour", "a helicopter tour of the country", is a
/// trip with no single place (issue 3: the dev conventions give such a tour one visit entry, its
/// named stops one each). Without the words that say so, a placeless tour ("a tour", "the
/// tour") stays no event: it is as often a concert, a sports or a press tour.
extension EventFinder {
    static let nationwideWords: Set<String> = ["nationwide", "countrywide", "country-wide", "national", "whistle-stop",
                                               "whistlestop", "campaign", "election", "pre-election", "regional"]

    func nationalTours(_ found: inout [Found]) {
        for i in found.indices where found[i].event.type == .visit && found[i].event.location == nil
            && !found[i].flags.contains("trip") && found[i].event.participants.count == 1 {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let head = (k..<min(tokens.count, k + 4)).first { ["tour", "tours"].contains(tokens[$0].lower) }
            guard let h = head else { continue }
            let s = sentences[found[i].event.sentence].tokens
            let before = (max(s.lowerBound, h - 3)..<h).contains { Self.nationwideWords.contains(tokens[$0].lower) }
            let ofCountry = h + 3 < s.upperBound && tokens[h + 1].lower == "of" && tokens[h + 2].lower == "the"
                && tokens[h + 3].lower == "country"
            if before || ofCountry { found[i].flags.insert("trip") }
        }
    }
}
