import EventModel

/// One visit told as under way and as due (issue 3, precision audit of branch meetJ on unseen BBC
/// politics): "She answered questions in parliament before visiting the Polish community in Hull.
/// ... She is expected to visit the Polish community in Hull on Thursday." listed the same visit twice, once
/// asserted and once planned, because a planned meeting and the one that took place are kept
/// apart (`EventMerger`). Two visits by the same parties to the same named place, one asserted and
/// one planned, with times that do not disagree, are one visit when the place is a city, a
/// building or a region, or when they are told in the same or the next sentence. A country visited
/// and due to be visited paragraphs apart may be two trips ("visited Peru ... is due to visit Peru
/// again"); visits on other days ("visited Lima in January ... is due to visit Lima in June") stay two.
extension EventFinder {
    func mergeVisitsToldTwice(_ found: inout [Found], _ state: DocumentState) {
        var i = 0
        while i < found.count {
            let a = found[i].event
            // The place is the event's, or the place visited given as its party ("before visiting Hull").
            let visited = a.location ?? a.participants.first { $0.role != .agent && state.entities[$0.entity].type == .location }?.entity
            guard a.type == .visit, a.modality == .asserted || a.modality == .planned, let place = visited else { i += 1; continue }
            let parties = Set(a.participants.map(\.entity))
            let country = state.entities[place].type == .location && state.entities[place].subtype == "country"
            if let j = found.indices.first(where: { j in
                let b = found[j].event
                return j > i && b.type == .visit && Set([a.modality, b.modality]) == [.asserted, .planned] && b.location == a.location
                    && Set(b.participants.map(\.entity)) == parties && EventMerger.overlap(a.time, b.time)
                    && (!country || abs(a.sentence - b.sentence) <= 1)
            }) {
                if found[i].event.time == nil { found[i].event.time = found[j].event.time }
                found.remove(at: j)
                continue
            }
            i += 1
        }
    }

    /// "his six-day tour of Africa ... in a speech during his African tour": a trip with no place
    /// and the same person's trip to a continent or region, told the same way (both under way, or
    /// both due) on days that do not disagree, are one trip, the one with the place (issue 3,
    /// session 14 proxy set). A placeless trip beside a stop in a country or city is the journey
    /// as a whole (NationalTours) and stays.
    func mergePlacelessTrips(_ found: inout [Found], _ state: DocumentState) {
        let isTrip = { (f: Found) -> Bool in
            f.event.type == .visit && f.isNoun && self.tokenIndex(at: f.event.triggerSpan.start).map { Self.tripNouns.contains(self.tokens[$0].lower) } == true
        }
        let all = found
        found.removeAll { f in
            guard isTrip(f), f.event.location == nil, f.event.participants.contains(where: { $0.role == .agent }) else { return false }
            let parties = Set(f.event.participants.map(\.entity))
            return all.contains { g in
                guard isTrip(g), let place = g.event.location, ["continent", "region"].contains(state.entities[place].subtype ?? ""),
                      state.entities[place].countryCode == nil else { return false }
                return Set(g.event.participants.map(\.entity)) == parties && g.event.modality == f.event.modality
                    && EventMerger.overlap(f.event.time, g.event.time)
            }
        }
    }
}
