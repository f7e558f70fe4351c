import EventModel

/// "The president's visit to London ..." and, further on, "He arrived in Britain on Sunday":
/// an arrival in a country where the same traveller's visit to one of its cities is told too
/// (before or after) is that visit told less precisely, not a second one (issue 3, kind 4: a
/// one-party trip with the wrong place). Only arrivals: "visited Kenya" beside "visited
/// Nairobi" can be two stops of one tour, which `dropCountryStopsToldByCity` decides.
extension EventFinder {
    func dropCountryArrivalsToldByCity(_ found: inout [Found], _ state: DocumentState) {
        var remove = Set<Int>()
        for i in found.indices where found[i].event.type == .visit {
            let e = found[i].event
            guard e.trigger.lowercased().hasPrefix("arriv"), let place = e.location, state.entities[place].subtype == "country",
                  let code = state.entities[place].countryCode,
                  let agent = e.participants.first(where: { $0.role == .agent })?.entity,
                  e.participants.allSatisfy({ $0.entity == agent }) else { continue }
            let toldByCity = found.indices.contains { j in
                let v = found[j].event
                // Told alike: a later day trip planned from there ("is due to visit Agadir on
                // Tuesday") or one dated otherwise is a visit of its own.
                return j != i && v.type == .visit && v.modality == e.modality
                    && (v.time == nil || e.time == nil || v.time?.value == e.time?.value)
                    && v.participants.contains { $0.entity == agent && $0.role == .agent }
                    && v.location.map { state.entities[$0].subtype == "city" && countryCode(ofCity: state.entities[$0]) == code } == true
            }
            if toldByCity { remove.insert(i) }
        }
        guard !remove.isEmpty else { return }
        found = found.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
    }
}
