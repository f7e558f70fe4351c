import EventModel

/// "The Greens have agreed with the Liberals to enter into talks", "Ann Roe agreed with Ivo Berg
/// to meet next week": the party after `agreed with` is the other side of the talks the clause
/// goes on to, and the subject of `agreed` the first (issue 3, session 13 proxy set: the talks
/// had no party of their own and were dropped).
extension EventFinder {
    static let agreeVerbs: Set<String> = ["agreed", "agree", "agrees", "agreeing"]

    func agreedWithTalks(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.type != .visit
            && found[i].event.participants.count < 2 {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence]
            // `to` and at most two verbs before the trigger ("to enter into", "to hold", "to meet").
            guard let to = (max(s.tokens.lowerBound, k - 3)..<k).last(where: { tokens[$0].lower == "to" }),
                  (to + 1..<k).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCap }),
                  to - 1 > s.tokens.lowerBound, let other = state.argAt[to - 1], other.kind == .name else { continue }
            // "with" before the counterpart, over up to three lowercase modifiers ("the left-leaning").
            var w = other.tokens.lowerBound - 1
            while w > s.tokens.lowerBound, other.tokens.lowerBound - w <= 4, tokens[w].lower != "with",
                  tokens[w].kind == .word, !tokens[w].isCap { w -= 1 }
            guard w > s.tokens.lowerBound, tokens[w].lower == "with", Self.agreeVerbs.contains(tokens[w - 1].lower) else { continue }
            guard let subject = leftArguments(w - 1, s.tokens.lowerBound, &state, found[i].event.sentence).first?.entity,
                  subject != other.entity, isParty(subject, state), isParty(other.entity, state) else { continue }
            found[i].event.participants.removeAll { $0.entity == subject || $0.entity == other.entity }
            found[i].event.participants.insert(contentsOf: [Participant(entity: subject, role: .agent),
                                                            Participant(entity: other.entity, role: .participant)], at: 0)
            // Agreed talks are yet to come (ModalityCues.settledVerbs reads only "agreed to").
            if found[i].event.modality == .asserted { found[i].event.modality = .planned }
        }
    }

    /// A person, a body, or a country: no city or building meets (FrontedTalksPairs asks the same).
    func isParty(_ e: Int, _ state: DocumentState) -> Bool {
        let x = state.entities[e]
        return x.type != .location || x.subtype == "country"
    }
}
