import EventModel

/// "His sister introduced him to the writer Ivo Berg", "Ana Roe was introduced to Ivo Berg at a
/// party": the two people introduced met (a personal encounter, branch meetK wide recall
/// sample). Both sides must be people: "introduced a bill to parliament", "introduced him to
/// jazz" and "introduced the phone to Europe" are no meeting.
extension EventFinder {
    static let introductionVerbs: Set<String> = ["introduced", "introduces", "introduce", "introducing"]

    func introductions(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let end = s.tokens.upperBound
            for k in s.tokens where Self.introductionVerbs.contains(tokens[k].lower) && k + 2 < end {
                // The one introduced: the object right after the verb, or the passive subject.
                var to = k + 1
                var introduced: Arg? = nil
                if let a = state.argAt[to] ?? pronoun(to, &state), state.entities[a.entity].type == .person {
                    introduced = a
                    to = a.kind == .pronoun ? to + 1 : a.tokens.upperBound
                } else if k >= s.tokens.lowerBound + 2, Self.beVerbs.contains(tokens[k - 1].lower) {
                    introduced = leftArguments(k, s.tokens.lowerBound, &state, si).last
                }
                // "his sister introduced him to ...": `him` is not the subject; the person of the
                // sentences before is.
                if let a = introduced, a.kind == .pronoun, let subject = leftArguments(k, s.tokens.lowerBound, &state, si).last,
                   subject.entity == a.entity {
                    introduced = s.tokens.lowerBound > 0 ? salientPerson(before: s.tokens.lowerBound, state) : nil
                }
                guard let one = introduced, state.entities[one.entity].type == .person,
                      to < end, tokens[to].lower == "to" else { continue }
                // "to the actor Ivo Berg", "to Senator Ivo Berg": past a determiner and role words.
                var p = to + 1
                while p < min(end, to + 5), state.argAt[p] == nil, tokens[p].kind == .word,
                      ["the", "a", "his", "her", "their", "fellow"].contains(tokens[p].lower) || Lexicons.shared.titles[tokens[p].lower] != nil
                        || Lexicons.shared.groupNouns[tokens[p].lower]?.person == true || ["actor", "actress", "singer", "writer", "author", "director", "producer"].contains(tokens[p].lower) { p += 1 }
                guard p < end, let other = state.argAt[p], other.kind == .name, state.entities[other.entity].type == .person,
                      other.entity != one.entity else { continue }
                if found.contains(where: { $0.event.type.isMeeting && Set($0.event.participants.map(\.entity)).isSuperset(of: [one.entity, other.entity]) }) { continue }
                if let f = encounter(k, p, other, si, s, &state, times[si], agent: one) { found.append(f) }
            }
        }
    }
}
