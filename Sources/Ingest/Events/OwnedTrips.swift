import EventModel

/// Trips told as a noun phrase owned by the traveller (issue 3, kinds found on unseen articles):
/// - "later on his Asia visit", "part of her three-nation tour of Africa": `his` / `her` names
///   nobody by itself; the traveller is the person of the clause, else the person the text is
///   about (a fronted "During his visit, X ..." is TripRules' case and left to it);
/// - "X arrived in Peru on Monday, in the wake of Ann Roe's visit": the place of the earlier
///   clause (before the comma) is X's, not the place of Roe's visit, which names none.
extension EventFinder {
    func ownedTrips(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].event.type == .visit && found[i].isNoun {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence]
            dropPlaceOfEarlierClause(&found[i], k, s, state)
            // A traveller taken from inside ", who ... ," before "his trip": RelativeClauseOwners.
            if let o = ownerPronoun(before: k, s), let x = personBeforeRelativeClause(o, s, state),
               let a = found[i].event.participants.first(where: { $0.role == .agent }), a.entity != x,
               state.entities[a.entity].type == .person {
                found[i].event.participants.removeAll { $0.entity == x || $0.entity == a.entity }
                found[i].event.participants.insert(Participant(entity: x, role: .agent), at: 0)
                continue
            }
            if destinationModifierAgent(&found[i], k, s, &state) { continue }
            guard !found[i].event.participants.contains(where: { $0.role == .agent }) else { continue }
            let owner = ownerPronoun(before: k, s)
            // ("Ann Roe's remarks during a visit to Peru": the possessor of the clause's subject travelled.)
            if owner == nil, let p = possessorOpeningClause(before: k, s, state) {
                found[i].event.participants.removeAll { $0.entity == p }
                found[i].event.participants.insert(Participant(entity: p, role: .agent), at: 0)
                continue
            }
            // "made an Asia trip": the place compound was read as the subject and dropped.
            let compound = k > s.tokens.lowerBound ? state.argAt[k - 1].flatMap { a in
                state.entities[a.entity].type == .location && a.entity == found[i].event.location ? a.tokens.lowerBound : nil } : nil
            guard let modifiers = owner ?? compound else { continue }
            // The subject before the whole phrase: "Reyes angered allies on her Asia visit".
            // ("X, who answered Y's threats, ... on his trip": X, RelativeClauseOwners.)
            var traveller = owner.flatMap { personBeforeRelativeClause($0, s, state) }
                ?? leftArguments(modifiers, s.tokens.lowerBound, &state, found[i].event.sentence).first {
                state.entities[$0.entity].type == .person
            }?.entity
            // No person in the clause: the one the text is about, unless the sentence names
            // someone else before the trip (then `his` is ambiguous) or fronts the phrase.
            if traveller == nil, let owner, owner > s.tokens.lowerBound + 1,
               !(s.tokens.lowerBound..<k).contains(where: { state.argAt[$0].map { state.entities[$0.entity].type == .person } ?? false }) {
                traveller = salientPerson(before: k, state)?.entity
            }
            guard let t = traveller else { continue }
            found[i].event.participants.removeAll { $0.entity == t }
            found[i].event.participants.insert(Participant(entity: t, role: .agent), at: 0)
        }
    }

    /// "Mr Snow, who is in Dublin at the start of a four-nation EU visit": a country or body named
    /// right before the trip noun says where the trip goes, and the traveller is the person
    /// before it in the clause. Only when that person is found: "an IMF visit" alone may be
    /// the fund's own mission, and keeps the body.
    static let tripPhrasePrepositions: Set<String> = ["on", "of", "during", "from", "after"]

    private func destinationModifierAgent(_ f: inout Found, _ k: Int, _ s: Sentence, _ state: inout DocumentState) -> Bool {
        guard k > s.tokens.lowerBound, let modifier = state.argAt[k - 1], modifier.kind == .name,
              let agent = f.event.participants.first(where: { $0.role == .agent }), agent.entity == modifier.entity,
              state.entities[agent.entity].type != .person, modifier.tokens.lowerBound > s.tokens.lowerBound,
              // The trip is an adverbial phrase of the clause ("on a two-day China visit", "at the
              // start of a four-nation EU visit"), not an object ("praised the EU visit").
              (max(s.tokens.lowerBound, modifier.tokens.lowerBound - 4)..<modifier.tokens.lowerBound).contains(where: {
                  Self.tripPhrasePrepositions.contains(tokens[$0].lower) }),
              let traveller = leftArguments(modifier.tokens.lowerBound, s.tokens.lowerBound, &state, f.event.sentence)
                .first(where: { state.entities[$0.entity].type == .person })?.entity else { return false }
        f.event.participants.removeAll { $0.entity == traveller || $0.entity == agent.entity }
        f.event.participants.insert(Participant(entity: traveller, role: .agent), at: 0)
        return true
    }

    /// "Ann Roe's decision to announce the budget while on a trip to Chile", "Ivo Berg's remarks
    /// during a visit to Peru" (session 24, blind part G22): a trip in an adjunct (`during`, `on`,
    /// `while on`) of a clause whose subject is a person's act ("PERSON's NOUN" opening the
    /// sentence) is that person's, when no other person is named before the trip.
    func possessorOpeningClause(before k: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        let start = s.tokens.lowerBound
        guard let a = state.argAt[start], a.kind == .name, state.entities[a.entity].type == .person,
              a.tokens.upperBound + 1 < k, ["'s", "\u{2019}s"].contains(tokens[a.tokens.upperBound].lower),
              tokens[a.tokens.upperBound + 1].kind == .word, !tokens[a.tokens.upperBound + 1].isCap,
              !Self.tripNouns.contains(tokens[a.tokens.upperBound + 1].lower),
              // ("Ann Roe's aide said during a visit ...": a person of hers, not her act.)
              Lexicons.shared.groupNouns[tokens[a.tokens.upperBound + 1].lower] == nil,
              Lexicons.shared.titles[tokens[a.tokens.upperBound + 1].lower] == nil,
              !KinNouns.all.contains(tokens[a.tokens.upperBound + 1].lower),
              !Self.personRoleNouns.contains(tokens[a.tokens.upperBound + 1].lower) else { return nil }
        // The trip is an adjunct: a preposition of a trip phrase within three words before it.
        guard (max(start, k - 4)..<k).contains(where: { ["during", "on", "while"].contains(tokens[$0].lower) }),
              !(a.tokens.upperBound..<k).contains(where: { q in state.argAt[q].map { $0.entity != a.entity && state.entities[$0.entity].type == .person } ?? false })
        else { return nil }
        return a.entity
    }

    /// The token of `his` / `her` owning the trip noun at `k`, over modifiers and a place
    /// name ("his five-nation trip", "her Asia tour").
    func ownerPronoun(before k: Int, _ s: Sentence) -> Int? {
        var j = k - 1
        while j >= s.tokens.lowerBound, k - j <= 4 {
            let w = tokens[j].lower
            if w == "his" || w == "her" { return j }
            guard tokens[j].kind == .word || tokens[j].text == "-" else { return nil }
            if Self.prepositions.contains(w) || Self.determiners.contains(w) || Self.lightVerbs.contains(w) { return nil }
            j -= 1
        }
        return nil
    }

    /// A possessed visit ("Roe's visit") whose place stands before it across a comma, after the
    /// sentence's opening words, took the place of another clause.
    private func dropPlaceOfEarlierClause(_ f: inout Found, _ k: Int, _ s: Sentence, _ state: DocumentState) {
        guard let place = f.event.location, k >= s.tokens.lowerBound + 2, tokens[k - 1].lower == "'s" else { return }
        guard let p = (s.tokens.lowerBound..<k).last(where: { state.argAt[$0]?.entity == place }) else { return }
        let placeStart = state.argAt[p]!.tokens.lowerBound
        guard placeStart > s.tokens.lowerBound + 2, (p..<k).contains(where: { tokens[$0].text == "," }) else { return }
        f.event.location = nil
    }
}
