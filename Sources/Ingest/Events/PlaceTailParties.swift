import EventModel

/// The second half of a place or a name taken as a party (issue 3, precision audit of branch
/// meetJ on unseen dated US news):
/// - "arrives in Springfield, IL, on Thursday", "landed at the airport in Fresno, California," gave
///   the parties `IL` and `California`: the state or district after a city and a comma is part of
///   the place, no one met (a country after a city, "Lima, Peru", is a place already; a list of
///   countries, "talks with the UK, Germany and France", has no city before the comma, and a list
///   of stops, "visits Leeds, York, Dorset and Kent", keeps every stop);
/// - "will also meet Senator Tom Reed, D-Ohio, to talk about the budget" gave the party `D-Ohio`: a
///   party-and-state tag after a name is the person's affiliation.
extension EventFinder {
    func dropPlaceTailParties(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].event.type.isMeeting {
            let s = sentences[found[i].event.sentence].tokens
            found[i].event.participants.removeAll { p in
                guard p.role != .agent else { return false }
                let e = state.entities[p.entity]
                guard e.type != .person, !(e.type == .location && e.subtype == "country") else { return false }
                let mentions = s.filter { state.argAt[$0]?.entity == p.entity && state.argAt[$0]?.tokens.lowerBound == $0 }
                guard !mentions.isEmpty else { return false }
                return mentions.allSatisfy { m in
                    guard m - 2 >= s.lowerBound, tokens[m - 1].text == "," else { return false }
                    if isPartyTag(e.name) { return true }
                    guard let before = state.argAt[m - 2] else { return false }
                    let b = state.entities[before.entity]
                    // A list of places visited ("visits Leeds, York, Dorset and Kent") is no city and its state.
                    let start = before.tokens.lowerBound, end = state.argAt[m]?.tokens.upperBound ?? m + 1
                    if start > s.lowerBound, tokens[start - 1].text == "," { return false }
                    if end < s.upperBound, ["and", "or"].contains(tokens[end].lower) { return false }
                    return b.type == .location && b.subtype == "city"
                }
            }
        }
    }

    /// "D-Ohio", "R-Utah", "I-Maine".
    private func isPartyTag(_ name: String) -> Bool {
        let u = Array(name.unicodeScalars)
        return u.count >= 4 && ["R", "D", "I"].contains(u[0]) && u[1] == "-" && u[2].properties.isUppercase
    }
}
