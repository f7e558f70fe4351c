import EventModel

/// "landed in", "stopped in", "arrival in": arrivals that are visits only when a person makes
/// them ("Ann Roe landed in Lima"). Missiles, planes and markets land and stop too ("the missile
/// landed in the sea", "shares landed in negative territory"), and the clause's nearest name is
/// then no traveller.
extension EventFinder {
    static let personArrivalHeads: Set<String> = ["landed", "lands", "landing", "stopped", "stops", "arrival"]

    func dropArrivalsOfThings(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .visit, let k = tokenIndex(at: f.event.triggerSpan.start),
                  Self.personArrivalHeads.contains(tokens[k].lower) else { return false }
            return !f.event.participants.contains { $0.role == .agent && state.entities[$0.entity].type == .person }
        }
    }
}
