import EventModel

/// "The band consists of Tom Vale, Ray Dunne and Mia Holt, who met in their teens in Leeds": the
/// people of a list, described by a relative clause whose `met` has no object, met each other
/// (a personal encounter between named people, `note` of `../shared/eval/meetings-dev-*.json`).
/// The subject finder cannot see the list when it is the object of a preposition ("consists of").
/// With an object ("who met the producer") the ordinary rules apply; one person alone ("Tom Vale,
/// who met in Leeds") met nobody named.
extension EventFinder {
    /// Words that can follow an objectless `met`: a place, time, age or manner, not a party.
    static let afterObjectlessMet: Set<String> = ["in", "at", "aged", "as", "while", "when", "during", "on", "through",
                                                  "after", "before", "years", "decades", "months", "shortly", "soon",
                                                  "first", "back", "later", "again", ",", "."]

    func relativeWhoMet(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            for k in s.tokens where tokens[k].lower == "met" && k >= s.tokens.lowerBound + 3 && k + 1 < s.tokens.upperBound {
                guard tokens[k - 1].lower == "who", Self.afterObjectlessMet.contains(tokens[k + 1].lower) else { continue }
                if found.contains(where: { $0.event.triggerSpan.start == tokens[k].start && $0.event.participants.count >= 2 }) { continue }
                // Back over "A, B and C," to the first word that is no name, comma or `and`.
                var people: [Arg] = []
                var j = k - 2
                if j >= s.tokens.lowerBound, tokens[j].text == "," { j -= 1 }
                while j >= s.tokens.lowerBound {
                    if let a = state.argAt[j], a.kind == .name {
                        guard state.entities[a.entity].type == .person else { break }
                        if !people.contains(where: { $0.entity == a.entity }) { people.insert(a, at: 0) }
                        j = a.tokens.lowerBound - 1
                    } else if tokens[j].text == "," || tokens[j].lower == "and" {
                        j -= 1
                    } else { break }
                }
                guard people.count >= 2,
                      var f = encounter(k, k + 1, people[1], si, s, &state, times[si], agent: people[0]) else { continue }
                for more in people.dropFirst(2) { f.event.participants.append(Participant(entity: more.entity, role: .participant)) }
                found.removeAll { $0.event.triggerSpan.start == tokens[k].start }
                found.append(f)
            }
        }
    }
}
