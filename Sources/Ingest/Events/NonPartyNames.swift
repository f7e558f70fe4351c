import EventModel

/// Names beside a meeting that cannot be its parties (issue 3, precision audit of branch meetJ on
/// unseen dated news, and the extras of the visible dated set E):
/// - one capitalised word after `a` / `an`: "A Marine kept watch by the gate while the two
///   leaders were meeting" gave the party `Marine`; a name takes no indefinite article, so such a word
///   is a common noun written with a capital (a guard, a party member, a resident);
/// - a room or a building: "waved from the Morgan Balcony. While the two leaders met, ..." gave
///   the balcony, read as a person, as one of the pair; a balcony, lawn, garden, wing, residence, hotel, stadium or airport receives
///   nobody (a visit's place stays: only meetings, talks and hostings lose such a party).
extension EventFinder {
    static let buildingNouns: Set<String> = ["balcony", "room", "lawn", "garden", "gardens", "wing", "residence", "hotel",
                                             "stadium", "airport", "arena", "ballroom", "terrace", "courtyard", "corridor"]

    func dropNonPartyNames(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].event.type.isMeeting {
            let s = sentences[found[i].event.sentence].tokens
            let isVisit = found[i].event.type == .visit
            found[i].event.participants.removeAll { p in
                let e = state.entities[p.entity]
                if e.type == .location && e.subtype == "country" { return false }
                let last = e.name.split(separator: " ").last.map { $0.lowercased() } ?? ""
                if !isVisit, Self.buildingNouns.contains(last) { return true }
                guard !e.name.contains(" ") else { return false }
                let mentions = s.filter { state.argAt[$0]?.entity == p.entity && state.argAt[$0]?.tokens.lowerBound == $0 && state.argAt[$0]?.kind == .name }
                return !mentions.isEmpty && mentions.allSatisfy { m in m > s.lowerBound && ["a", "an"].contains(tokens[m - 1].lower) }
            }
        }
    }
}
