import EventModel

/// "Officers are hunting Ivo Berg, who did not come back after a trip to Leeds": a trip noun
/// inside a relative clause is the described person's, not the main clause subject's (branch
/// meetK, wide recall sample). The nearest `NAME, who` before the trip noun, with no clause
/// break (a comma closes the relative clause) and no other person named between `who` and the
/// noun, owns the trip.
extension EventFinder {
    func relativeTripOwners(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].isNoun && found[i].event.type == .visit {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let start = sentences[found[i].event.sentence].tokens.lowerBound
            var w = k - 1
            while w > start + 1, k - w <= 15, tokens[w].lower != "who" {
                // (A comma closes the relative clause: "X met Y, who heads the bank, before her trip".)
                if [".", ",", ";", ":", "\"", "\u{201C}", "\u{201D}"].contains(tokens[w].text) || ["but", "while", "and"].contains(tokens[w].lower) { w = start; break }
                if let a = state.argAt[w], state.entities[a.entity].type == .person { w = start; break }
                w -= 1
            }
            guard w > start + 1, tokens[w].lower == "who", tokens[w - 1].text == ",", let owner = state.argAt[w - 2],
                  owner.kind == .name, state.entities[owner.entity].type == .person else { continue }
            guard let a = found[i].event.participants.firstIndex(where: { $0.role == .agent }) else {
                found[i].event.participants.insert(Participant(entity: owner.entity, role: .agent), at: 0)
                continue
            }
            if found[i].event.participants[a].entity == owner.entity { continue }
            found[i].event.participants[a].entity = owner.entity
            found[i].event.participants = found[i].event.participants.enumerated().filter { j, p in
                j == a || p.entity != owner.entity }.map(\.element)
        }
    }
}
