import EventModel

/// "He will see an HIV clinic in Gulu and a farming cooperative in Mbale", "She saw a refugee camp
/// in Chad": a person shown a place of the kind a visitor is taken to (event-cues `seen-facility`)
/// in a named place visited it (session 24, blind part G20: a minister's week-long trip told
/// stop by stop). `see` alone is no visit ("see a doctor", "saw a rise in prices"): only that
/// kind of object with its place after `in`, and a person as the one who sees.
extension EventFinder {
    static let seeVerbs: Set<String> = ["see", "sees", "saw", "seeing"]

    func seenFacilities(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        let facilities = EventCues.words("seen-facility")
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let start = s.tokens.lowerBound, end = s.tokens.upperBound
            for k in s.tokens where Self.seeVerbs.contains(tokens[k].lower) && k > start && k + 4 < end {
                var stops: [Arg] = []
                var p = k + 1
                // Each object: up to five words, the facility noun, then `in PLACE`; joined by `and`.
                while p < end {
                    guard let f = (p..<min(end, p + 6)).first(where: { facilities.contains(tokens[$0].lower) }),
                          // (Its modifiers: "an HIV/Aids orphanage", "a women's credit union"; no clause or phrase between.)
                          (p..<f).allSatisfy({ tokens[$0].kind == .word && !Self.prepositions.contains(tokens[$0].lower)
                              && !["and", "or", "that", "which", "who"].contains(tokens[$0].lower)
                              || ["'s", "'", "\u{2019}", "\u{2019}s", "-", "/"].contains(tokens[$0].text) }),
                          f + 2 < end, ["in", "at"].contains(tokens[f + 1].lower),
                          let place = state.argAt[f + 2], place.kind == .name, state.entities[place.entity].type == .location
                    else { break }
                    stops.append(place)
                    p = place.tokens.upperBound
                    if p + 1 < end, tokens[p].lower == "and" { p += 1 } else if p + 2 < end, tokens[p].text == ",", tokens[p + 1].lower == "and" { p += 2 } else { break }
                }
                guard !stops.isEmpty,
                      let who = leftArguments(k, start, &state, si).first, state.entities[who.entity].type == .person else { continue }
                let time = nearestTime(to: k, times[si])
                let modality = ModalityCues.modality(tokens, trigger: k, sentenceStart: start, isNoun: false, hasTime: time != nil)
                for stop in stops where !found.contains(where: { $0.event.type == .visit && $0.event.sentence == si && $0.event.location == stop.entity }) {
                    found.append(verbVisit(at: k, si, by: who.entity, to: stop.entity, modality: modality, time: time))
                }
            }
        }
    }
}
