import EventModel

/// "X visited the Blue Room to meet Y" (issue 3, trigger audit on unseen dated news): the one who
/// meets Y is the visitor X, not the room. The subject search of "to meet" stopped at the visited
/// place right before it, so the meeting was (room, Y) and X was lost. The place becomes the
/// meeting's location when it is a location; with no visitor found, the place is at least no party.
extension EventFinder {
    static let visitVerbs: Set<String> = ["visited", "visit", "visits", "visiting", "toured", "tour", "tours"]
    static let motionToVerbs: Set<String> = ["went", "go", "goes", "going", "flew", "fly", "flies", "travelled", "traveled",
                                             "travels", "headed", "heads", "came", "come", "comes", "returned", "drove", "walked"]

    func visitorsMeet(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].event.type == .meet && !found[i].isNoun {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let si = found[i].event.sentence
            let start = sentences[si].tokens.lowerBound
            guard k - 3 >= start, tokens[k - 1].lower == "to", let place = state.argAt[k - 2],
                  let agent = found[i].event.participants.first(where: { $0.role == .agent }), agent.entity == place.entity else { continue }
            // The verb before the place: "visited the X", "went to the X".
            var v = place.tokens.lowerBound - 1
            if v >= start, ["the", "a", "an"].contains(tokens[v].lower) { v -= 1 }
            guard v > start else { continue }
            let verb: Int
            if Self.visitVerbs.contains(tokens[v].lower) { verb = v }
            else if tokens[v].lower == "to", Self.motionToVerbs.contains(tokens[v - 1].lower) { verb = v - 1 }
            else { continue }
            // Visitors are people ("they" read as a body is no better than the room).
            let visitors = leftArguments(verb, start, &state, si).filter {
                $0.entity != place.entity && (state.entities[$0.entity].type == .person || $0.kind == .group)
            }
            // ("they visited the Oval Office to meet the president", with `they` not found: the room
            // still meets no one; it is where the meeting was.)
            guard !visitors.isEmpty else {
                found[i].event.participants.removeAll { $0.entity == place.entity }
                if found[i].event.location == nil, state.entities[place.entity].type == .location { found[i].event.location = place.entity }
                continue
            }
            var parts = visitors.enumerated().map { Participant(entity: $0.element.entity, role: $0.offset == 0 ? .agent : .participant) }
            for p in found[i].event.participants where p.entity != place.entity && !parts.contains(where: { $0.entity == p.entity }) {
                parts.append(Participant(entity: p.entity, role: .participant))
            }
            found[i].event.participants = parts
            if found[i].event.location == nil, state.entities[place.entity].type == .location { found[i].event.location = place.entity }
        }
    }
}
