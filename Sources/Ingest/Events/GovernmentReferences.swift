import EventModel

/// "The government has been negotiating with the rebels for months": a bare `the government`
/// (or `the administration`, `the authorities`) in an article about one country is that
/// country's side (issue 3), as the dev conventions give a group tied to a country as the
/// country. Only when one country clearly dominates the article: named at least three times and
/// at least twice as often as any other; otherwise the group keeps its head noun. A qualifier
/// that tells which government ("the interim government") keeps it the country's.
extension EventFinder {
    static let governmentHeads: Set<String> = ["government", "administration", "authorities", "regime"]

    func governmentAsCountry(_ found: inout [Found], _ state: DocumentState) {
        let bare = state.groupByHead.filter { Self.governmentHeads.contains($0.key) && Self.isBareGovernment(state.entities[$0.value].name.lowercased(), head: $0.key) }
        guard !bare.isEmpty else { return }
        let dominant = dominantCountry(state)
        let groups = Set(bare.values)
        for i in found.indices where found[i].event.type.isMeeting {
            guard found[i].event.participants.contains(where: { groups.contains($0.entity) }),
                  let country = dominant ?? countryOfLeaderNear(found[i].event.sentence, state) else { continue }
            var seen = Set<Int>()
            var parties: [Participant] = []
            for var p in found[i].event.participants {
                if groups.contains(p.entity) { p.entity = country }
                if seen.insert(p.entity).inserted { parties.append(p) }
            }
            found[i].event.participants = parties
        }
    }

    /// Words that say which government of the country, not whose: "the transition government",
    /// "the interim administration", "the military regime" (branch meetK, wide recall sample).
    static let governmentQualifiers: Set<String> = ["transition", "transitional", "interim", "caretaker", "provisional",
                                                    "new", "military", "federal", "central", "national", "coalition",
                                                    "unity", "current", "incoming", "outgoing", "ruling"]

    static func isBareGovernment(_ name: String, head: String) -> Bool {
        if name == head { return true }
        let words = name.split(separator: " ")
        return words.count == 2 && words[1] == head && governmentQualifiers.contains(String(words[0]))
    }

    /// "negotiations between the administration and the rebels, said a spokesman for President X":
    /// with no country ahead in the article, the government is the country whose head on the
    /// article's date (office-holders.tsv) the sentence or the one before names, when only one
    /// country's is named there and the article names that country.
    private func countryOfLeaderNear(_ si: Int, _ state: DocumentState) -> Int? {
        var people: [String] = []
        for s in max(0, si - 1)...si {
            for t in sentences[s].tokens {
                // (`nameAt`: "a spokesman for President X" stands for the spokesman, and still names X.)
                if let a = state.nameAt[t], a.tokens.lowerBound == t, state.entities[a.entity].type == .person {
                    people.append(state.entities[a.entity].name)
                }
            }
        }
        let codes = OfficeHolders.shared.countriesLed(by: people, on: articleDate)
        guard codes.count == 1, let code = codes.first else { return nil }
        return state.entities.firstIndex { $0.countryCode == code && $0.subtype == "country" }
    }

    /// The country an article is about: its most mentioned one, if clearly ahead.
    private func dominantCountry(_ state: DocumentState) -> Int? {
        var counts: [Int: Int] = [:]
        for m in state.mentions where state.entities[m.entity].subtype == "country" { counts[m.entity, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= 3 else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > top.value { return nil }
        return top.key
    }
}
