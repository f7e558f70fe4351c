import EventModel

/// One meeting told once between bodies and once between their heads: "Euronext met the London
/// Stock Exchange on Monday. Euronext chief Jean-Francois Theodore held talks with LSE boss Clara
/// Furse." The convention lists one event with all four parties; two events gave one match and
/// one extra (issue 3, session 14 proxy set). Two meetings told as the same kind of happening
/// (both under way, or both due), within two sentences, merge when each person of one is titled by
/// a body or country of the other ("Euronext chief X", "LSE boss Y", "Israeli Prime Minister Z")
/// and together they name all of it. A meeting of the heads with someone else stays apart.
extension EventFinder {
    /// Runs on the merged events (after `EventMerger`, so a body meeting told twice is one first).
    func mergeLeaderLevelMeetings(_ found: inout [Event], _ state: DocumentState) {
        var i = 0
        while i < found.count {
            let a = found[i]
            let bodies = Set(a.participants.map(\.entity))
            guard a.type.isMeeting, a.type != .visit, bodies.count >= 2,
                  bodies.allSatisfy({ state.entities[$0].type != .person }) else { i += 1; continue }
            if let j = found.indices.first(where: { j in
                let b = found[j]
                guard j != i, b.type.isMeeting, b.type != .visit, abs(b.sentence - a.sentence) <= 2, b.modality == a.modality,
                      EventMerger.overlap(a.time, b.time) else { return false }
                let people = Set(b.participants.map(\.entity))
                guard people.count == bodies.count, people.allSatisfy({ state.entities[$0].type == .person }) else { return false }
                let heads = people.compactMap { titledBy($0, in: b.sentence, state) }
                return heads.count == people.count && Set(heads) == bodies
            }) {
                let b = found[j]
                for p in b.participants where !found[i].participants.contains(where: { $0.entity == p.entity }) {
                    found[i].participants.append(Participant(entity: p.entity, role: .participant))
                }
                if found[i].time == nil { found[i].time = b.time }
                if found[i].location == nil { found[i].location = b.location }
                found.remove(at: j)
                if j < i { i -= 1 }
            }
            i += 1
        }
    }

    /// The body or country whose title a person bears in sentence `si`: "Euronext chief X",
    /// "LSE boss Y", "LSE's Y", "Israeli Prime Minister Z".
    private func titledBy(_ person: Int, in si: Int, _ state: DocumentState) -> Int? {
        let s = sentences[si].tokens
        for t in s where state.argAt[t]?.entity == person && (t == s.lowerBound || state.argAt[t - 1]?.entity != person) {
            let a = state.argAt[t]!
            var q = a.tokens.lowerBound - 1
            // Back over lowercase title words the argument did not cover ("chief", "boss").
            while q > s.lowerBound, state.argAt[q] == nil, !tokens[q].isCap, Lexicons.shared.titles[tokens[q].lower] != nil { q -= 1 }
            if q >= s.lowerBound, tokens[q].lower == "'s", q > s.lowerBound { q -= 1 }
            guard q >= s.lowerBound else { continue }
            if let owner = state.argAt[q], owner.entity != person, state.entities[owner.entity].type != .person { return owner.entity }
            // A nationality word opening the title: the country, if the article has it as an entity.
            let first = state.argAt[t]!.tokens.lowerBound
            for w in [q, first] where w >= s.lowerBound && tokens[w].isCap {
                if let c = Gazetteer.shared.country(adjective: tokens[w].text),
                   let e = state.entities.indices.first(where: { state.entities[$0].countryCode == c.code && state.entities[$0].subtype == "country" }) {
                    return e
                }
            }
        }
        return nil
    }
}
