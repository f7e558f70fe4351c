import EventModel

/// A meeting told without a place, by a party whose visit to a place the article told earlier,
/// took place on that visit (issue 3): "The Pakistani president's visit to Lima ... Later in the
/// story: General Roe held talks with the prime minister on Monday" (Lima). The convention takes a
/// meeting's place from the article's account of the same trip; `NarrativePlaces` covers only the
/// sentence right before, carried on by a pronoun.
///
/// The scene is the party's last place before the meeting: the nearest earlier visit of theirs
/// told in the same modality (a visit made says nothing of where a talk still to come will be:
/// "was in Lima on Thursday ... is due to hold talks on Friday"), with no placed meeting or trip of
/// theirs in between (a tour moves on: "met Y in Lima, then flew to Quito") and no second place in
/// the visit's sentence ("visited Lima and Quito"). Times must agree: a
/// visit and a meeting whose dates are both known lie within the same fortnight, the meeting not
/// before the visit ("visited Lima in 2019 ... met Y on Monday" takes nothing); one dated and
/// the other not takes nothing either.
extension EventFinder {
    /// Days after a visit's stated time that a meeting of the same trip may fall on: a state
    /// visit or a tour rarely lasts longer.
    static let visitSceneDays = 14

    func visitScenes(_ found: inout [Found], _ state: DocumentState) {
        let order = found.indices.sorted {
            (found[$0].event.sentence, found[$0].event.triggerSpan.start) < (found[$1].event.sentence, found[$1].event.triggerSpan.start)
        }
        // Kept as the walk goes, so each meeting costs its parties, not the whole document (a
        // 1 MB line of one sentence holds tens of thousands of events): each entity's latest
        // placed meeting-type event so far (its position in `order`), and per sentence the
        // places of each entity's placed events.
        var lastPlaced: [Int: Int] = [:]
        var placesIn: [Int: [Int: Set<Int>]] = [:]
        func note(_ i: Int, at n: Int) {
            let ev = found[i].event
            guard ev.type.isMeeting, let place = ev.location else { return }
            for p in ev.participants {
                lastPlaced[p.entity] = n
                placesIn[ev.sentence, default: [:]][p.entity, default: []].insert(place)
            }
        }
        for (n, i) in order.enumerated() {
            defer { note(i, at: n) }
            let e = found[i].event
            guard e.type.isMeeting, e.type != .visit, e.location == nil,
                  e.modality == .asserted || e.modality == .planned else { continue }
            let parties = Set(e.participants.map(\.entity))
            // The nearest earlier placed event of one of the parties.
            guard let priorAt = parties.compactMap({ lastPlaced[$0] }).max() else { continue }
            let visit = found[order[priorAt]].event
            // One place in that sentence: "visited Lima and Quito on Sunday" says not which.
            var placesThere = Set<Int>()
            for p in parties { placesThere.formUnion(placesIn[visit.sentence]?[p] ?? []) }
            guard visit.type == .visit, let place = visit.location, placesThere.count == 1, !parties.contains(place),
                  visit.modality == e.modality,
                  Self.isTripScene(state.entities[place]),
                  let visitor = visit.participants.first(where: { $0.role == .agent })?.entity, parties.contains(visitor),
                  Self.sameTrip(visit.time, e.time) else { continue }
            found[i].event.location = place
        }
    }

    /// A city or a region within one country ("Texas"): a place a meeting can be said to be in.
    /// A region of several countries ("Asia", "the Middle East") is a tour's whole, not any one
    /// meeting's place. A country is left out: it also stands for its government, a party of
    /// the trip's meetings ("X visited Peru ... X met Peruvian officials"), and a meeting placed
    /// in it would read as one with it.
    static func isTripScene(_ place: Entity) -> Bool {
        guard place.type == .location else { return false }
        return place.subtype == "city" || place.subtype == "region" && place.countryCode != nil
    }

    /// Whether a meeting at `meeting` can belong to a visit at `visit`: both unknown, or both
    /// known and the meeting within the fortnight from the visit. One side dated and the other
    /// not is a story of two times ("is touring Kenya ... the dinner in November 2003").
    static func sameTrip(_ visit: TimeValue?, _ meeting: TimeValue?) -> Bool {
        guard let visit, let meeting else { return visit == nil && meeting == nil }
        return meeting.end.dayNumber >= visit.start.dayNumber
            && meeting.start.dayNumber <= visit.end.dayNumber + visitSceneDays
    }
}
