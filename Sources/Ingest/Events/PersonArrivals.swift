import EventModel

/// "landed in", "stopped in", "arrival in", "went to": arrivals that are visits only when a
/// person makes them ("Ann Roe landed in Lima"). Missiles, planes and markets land, stop and go
/// too ("the missile landed in the sea", "the contract went to France"), and the clause's nearest
/// name is then no traveller. "Went to" takes the place right after it: "went to see his mother
/// in Lima" is the encounter, not a visit.
extension EventFinder {
    static let personArrivalHeads: Set<String> = ["landed", "lands", "landing", "stopped", "stops", "arrival", "went"]

    func dropArrivalsOfThings(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .visit, let k = tokenIndex(at: f.event.triggerSpan.start),
                  Self.personArrivalHeads.contains(tokens[k].lower) else { return false }
            if !f.event.participants.contains(where: { $0.role == .agent && state.entities[$0.entity].type == .person }) { return true }
            guard tokens[k].lower == "went" else { return false }
            var j = k + 2
            if j < tokens.count, tokens[j].lower == "the" { j += 1 }
            guard j < tokens.count, let place = state.argAt[j] else { return true }
            return place.entity != f.event.location
        }
    }
}
