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
}
