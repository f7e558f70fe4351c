import EventModel

/// "departed Abuja for Germany": a trip only when what is left is a place.
/// "landed in", "stopped in", "arrival in", "went to", "a mission to": arrivals that are visits only when a
/// person makes them ("Ann Roe landed in Lima"). Missiles, planes and markets land, stop and go
/// too ("the missile landed in the sea", "the contract went to France"), and the clause's nearest
/// name is then no traveller. "Went to" and "came to" take the place right after it: "went to see
/// his mother in Lima" is the encounter, not a visit; "came to power in Lima" is no visit at all.
/// "Came to" is a trip only with a time of its own ("came to Lima on Monday").
extension EventFinder {
    static let personArrivalHeads: Set<String> = ["landed", "lands", "landing", "stopped", "stops", "arrival", "went",
                                                  "came", "come", "comes", "coming", "mission"]
    /// Verbs of going whose place must follow `to` at once ("went to see", "came to power").
    static let goingVerbs: Set<String> = ["went", "came", "come", "comes", "coming"]

    /// Verbs of leaving that name the place left before `for` and the destination after it. (Not
    /// `EntityLinker.departureVerbs`: its `heads`/`headed` take their place after `to`, with none left.)
    static let leavingVerbs: Set<String> = ["departed", "departs", "depart", "left", "leaves", "leaving"]

    func dropArrivalsOfThings(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .visit, let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            // "left London for Washington": what is left before `for` is a place ("left her job for a
            // post in Lima" is no trip).
            if Self.leavingVerbs.contains(tokens[k].lower), k + 1 < tokens.count, tokens[k + 1].lower != "for" {
                guard let left = state.argAt[k + 1], state.entities[left.entity].type == .location,
                      left.tokens.upperBound < tokens.count, tokens[left.tokens.upperBound].lower == "for" else { return true }
            }
            guard Self.personArrivalHeads.contains(tokens[k].lower) else { return false }
            if !f.event.participants.contains(where: { $0.role == .agent && state.entities[$0.entity].type == .person }) { return true }
            guard Self.goingVerbs.contains(tokens[k].lower) else { return false }
            // "came to Britain as a high jumper", "was born in India but came to England": coming to
            // a country is often a life's move; with a day or a date of its own it is a trip.
            if tokens[k].lower != "went", f.event.time == nil { return true }
            var j = k + 2
            if j < tokens.count, tokens[j].lower == "the" { j += 1 }
            guard j < tokens.count, let place = state.argAt[j] else { return true }
            return place.entity != f.event.location
        }
    }
}
