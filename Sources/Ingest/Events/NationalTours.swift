import EventModel

/// A tour of one's own country, "a nationwide tour", "a helicopter tour of the country", is a
/// trip with no single place (issue 3: the dev conventions give such a tour one visit entry, its
/// named stops one each). Without the words that say so, a placeless tour ("a tour", "the
/// tour") stays no event: it is as often a concert, a sports or a press tour.
extension EventFinder {
    static let nationwideWords: Set<String> = ["nationwide", "countrywide", "country-wide", "national", "whistle-stop",
                                               "whistlestop", "campaign", "election", "pre-election", "regional"]

    func nationalTours(_ found: inout [Found], _ state: DocumentState) {
        splitMultiStopTrips(&found, state)
        for i in found.indices where found[i].event.type == .visit && found[i].event.location == nil
            && !found[i].flags.contains("trip") && found[i].event.participants.count == 1 {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence].tokens
            if found[i].isNoun, Self.tripNouns.contains(tokens[k].lower),
               isMultiStopTrip(k, s, byLength: tokens[k].lower != "visit") {
                found[i].flags.insert("trip")
                continue
            }
            let head = (k..<min(tokens.count, k + 4)).first { ["tour", "tours"].contains(tokens[$0].lower) }
            guard let h = head else { continue }
            let before = (max(s.lowerBound, h - 3)..<h).contains { Self.nationwideWords.contains(tokens[$0].lower) }
            let ofCountry = h + 3 < s.upperBound && tokens[h + 1].lower == "of" && tokens[h + 2].lower == "the"
                && tokens[h + 3].lower == "country"
            if before || ofCountry { found[i].flags.insert("trip") }
        }
    }

    /// "X, who is in Dublin at the start of a four-nation EU visit": the stop and the trip are
    /// two entries (the dev conventions list a trip once with no place, plus each named stop).
    /// A trip whose place is a continent or region ("a four-nation tour of Africa") is the trip.
    private func splitMultiStopTrips(_ found: inout [Found], _ state: DocumentState) {
        var trips: [(at: Int, trip: Found)] = []
        for (i, f) in found.enumerated() where f.event.type == .visit && f.isNoun && f.event.participants.contains(where: { $0.role == .agent }) {
            guard let place = f.event.location, !["continent", "region"].contains(state.entities[place].subtype ?? ""),
                  let k = tokenIndex(at: f.event.triggerSpan.start), Self.tripNouns.contains(tokens[k].lower),
                  isMultiStopTrip(k, sentences[f.event.sentence].tokens, byLength: false) else { continue }
            var trip = f
            trip.event.location = nil
            trip.event.time = nil
            trip.flags.insert("trip")
            trips.append((i, trip))
        }
        // The trip goes before its stop: a reader lists the journey, then where it went.
        for (i, trip) in trips.reversed() { found.insert(trip, at: i) }
    }

    static let tripNouns: Set<String> = ["trip", "tour", "visit", "journey", "swing"]
    /// What a count of stops is counted in: "four-nation", "three-city".
    static let stopUnits: Set<String> = ["nation", "country", "city", "state", "leg", "stop"]
    /// A trip's length: "a 12-day trip" goes somewhere, where is not said ("a two-day visit" is
    /// as often one place named elsewhere, so `byLength` is off for it).
    static let lengthUnits: Set<String> = ["day", "week"]

    /// "a 12-day Asian trip", "his four-nation tour", "a foreign trip": the words before the trip
    /// noun say it has several stops (event-cues `trip-extent`).
    private func isMultiStopTrip(_ k: Int, _ s: Range<Int>, byLength: Bool) -> Bool {
        let extent = EventCues.words("trip-extent")
        return (max(s.lowerBound, k - 3)..<k).contains { j in
            let w = tokens[j].lower
            if extent.contains(w) { return true }
            guard let unit = Self.hyphenUnit(w) else { return false }
            return Self.stopUnits.contains(unit) || byLength && Self.lengthUnits.contains(unit)
        }
    }

    /// The word after the last hyphen: "nation" of "four-nation", "day" of "12-day".
    static func hyphenUnit(_ w: String) -> String? {
        guard let dash = w.lastIndex(of: "-") else { return nil }
        return String(w[w.index(after: dash)...])
    }
}
