import EventModel

/// "her 12-day Asian trip, which will also take her to Seoul, Beijing and Hanoi", "The tour takes
/// Tom Obi to Lima and Quito": a trip that takes a person to places is a visit by that person to
/// each place (issue 3, session 14 proxy set). The traveller is the object of `take`, not its
/// subject, so the trip noun's own search found no stop past the first. Each stop is one visit,
/// as the convention lists every named stop; a stop the trip already has is not told twice.
/// Near misses: "took him to hospital" (no trip noun is the subject), "the deal takes Roe to
/// court", "the trip takes two days".
extension EventFinder {
    static let takeVerbs: Set<String> = ["take", "takes", "took", "taken", "taking"]

    func tripTakesTo(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let start = s.tokens.lowerBound, end = s.tokens.upperBound
            for k in s.tokens where Self.takeVerbs.contains(tokens[k].lower) && k + 3 < end && k > start {
                // The subject: a trip noun right before, over `which`, a modal, `also` ("trip, which will also take").
                var q = k - 1
                while q > start, ["will", "would", "also", "then", "which", "that", ",", "is", "was", "to", "should", "could"].contains(tokens[q].lower) { q -= 1 }
                guard Self.tripNouns.contains(tokens[q].lower) || tokens[q].lower == "tours" || tokens[q].lower == "trips" else { continue }
                // The traveller right after `take`: a person's name or a personal pronoun.
                let o = k + 1
                guard var traveller = state.argAt[o] ?? pronoun(o, &state), traveller.kind == .pronoun || state.entities[traveller.entity].type == .person
                else { continue }
                // ("his trip, which will take him to Seoul": the trip's own traveller is who `him` is.)
                if traveller.kind == .pronoun, let owner = found.first(where: { $0.event.type == .visit && $0.isNoun
                    && tokenIndex(at: $0.event.triggerSpan.start) == q })?.event.participants.first(where: { $0.role == .agent }),
                   state.entities[owner.entity].type == .person {
                    traveller = Arg(tokens: traveller.tokens, entity: owner.entity, kind: .pronoun)
                }
                var p = traveller.kind == .pronoun ? o + 1 : traveller.tokens.upperBound
                guard p < end, tokens[p].lower == "to" else { continue }
                p += 1
                // The stops: places listed with commas and `and`.
                var stops: [Arg] = []
                while p < end {
                    if let a = state.argAt[p], a.kind == .name, state.entities[a.entity].type == .location {
                        // ("Danang, Vietnam": a country after a city only says where the city is.)
                        if let last = stops.last, tokens[a.tokens.lowerBound - 1].text == ",", state.entities[a.entity].subtype == "country",
                           let code = state.entities[a.entity].countryCode, state.entities[last.entity].subtype != "country",
                           Gazetteer.shared.places(named: state.entities[last.entity].name).contains(where: { $0.countryCode == code }) {
                            p = a.tokens.upperBound; continue
                        }
                        stops.append(a)
                        p = a.tokens.upperBound
                        continue
                    }
                    if [",", "and", "then", "finally"].contains(tokens[p].lower) { p += 1; continue }
                    break
                }
                guard !stops.isEmpty, state.entities[traveller.entity].type == .person else { continue }
                let time = nearestTime(to: k, times[si])
                let modality = ModalityCues.modality(tokens, trigger: k, sentenceStart: start, isNoun: false, hasTime: time != nil)
                // The trip noun's own search took the first stop as the trip's place ("trip, which will
                // take her to Seoul"): the trip is the journey, the stop a visit of its own.
                let mine = { (f: Found) in f.event.type == .visit && f.event.sentence == si && f.isNoun
                    && f.event.participants.contains { $0.entity == traveller.entity } }
                let hasJourney = found.contains { mine($0) && $0.event.location == nil }
                for i in found.indices.reversed() where mine(found[i]) && stops.contains(where: { $0.entity == found[i].event.location }) {
                    if hasJourney { found.remove(at: i) } else { found[i].event.location = nil }
                }
                for stop in stops {
                    if found.contains(where: { $0.event.type == .visit && $0.event.sentence == si && $0.event.location == stop.entity
                        && $0.event.participants.contains { $0.entity == traveller.entity } }) { continue }
                    found.append(verbVisit(at: k, si, by: traveller.entity, to: stop.entity, modality: modality, time: time))
                }
            }
        }
    }

    /// A visit told by the one verb at token `k` of sentence `si` ("take", "see"), by `traveller`
    /// to `stop` (TripTakesTo, SeenFacilities).
    func verbVisit(at k: Int, _ si: Int, by traveller: Int, to stop: Int, modality: Modality, time: TimeValue?) -> Found {
        let event = Event(type: .visit, cameo: EventType.visit.defaultCAMEO, trigger: tokens[k].text,
                          triggerSpan: TextSpan(start: tokens[k].start, end: tokens[k].end), sentence: si, modality: modality,
                          participants: [Participant(entity: traveller, role: .agent)], location: stop, time: time, confidence: 0.6)
        return Found(event: event, anaphoric: false, isNoun: false, flags: ["meeting", "place-object"])
    }
}
