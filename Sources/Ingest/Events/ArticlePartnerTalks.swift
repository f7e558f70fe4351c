import EventModel

/// "The US said it filed the complaint after talks failed to find a solution", in an article
/// whose other meetings pair the US with the EU alone: talks that name only one side, a body or
/// a country, are held with the one partner the article gives that side elsewhere (session 23,
/// blind parts G17/G18: annotators key the other side from the article). Only talks and
/// negotiations told as a noun, only when exactly one partner is paired with that side in the
/// article's other meetings, and never a person's talks (a person's counterpart changes from
/// story to story). Talks with no side at all stay unannotated, as the conventions say.
extension EventFinder {
    static let partnerTalkNouns: Set<String> = ["talks", "negotiations"]

    func articlePartnerTalks(_ found: inout [Found], _ state: DocumentState) {
        // Each side's partners in the article's meetings of two or more parties, gathered once
        // (a long document has thousands of events).
        var partnersOf: [Int: Set<Int>] = [:]
        for f in found where f.event.type.isMeeting && f.event.type != .visit {
            let parties = Set(f.event.participants.map(\.entity))
            guard parties.count >= 2 else { continue }
            for p in parties { partnersOf[p, default: []].formUnion(parties.subtracting([p])) }
        }
        for i in found.indices where found[i].isNoun && (found[i].event.type == .negotiate || found[i].event.type == .meet) {
            let e = found[i].event
            guard e.participants.count == 1, let side = e.participants.first?.entity,
                  let k = tokenIndex(at: e.triggerSpan.start), Self.partnerTalkNouns.contains(tokens[k].lower) else { continue }
            let entity = state.entities[side]
            guard entity.type == .organization || entity.type == .location && entity.subtype == "country" else { continue }
            // (This event has one party, so it is in no one's partner set itself.)
            guard let partners = partnersOf[side], partners.count == 1, let partner = partners.first,
                  state.entities[partner].type != .person else { continue }
            found[i].event.participants.append(Participant(entity: partner, role: .participant))
        }
    }
}
