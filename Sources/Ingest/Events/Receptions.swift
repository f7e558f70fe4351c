import EventModel

/// Receiving a visitor and joining someone for talks, told without a meeting word before the
/// counterpart:
/// - "the Kenyan president received Ann Roe at the state house": a host and a guest, when the
///   object is a person by name (not "received a letter", "received Ann Roe's report");
/// - "Ann Roe joined Lars Berg for talks / for dinner in Oslo": the two met (the talks or meal
///   noun after "for" has no `with`, so its own event found no counterpart).
extension EventFinder {
    static let receiveVerbs: Set<String> = ["received", "receives", "receiving", "receive"]
    static let joinVerbs: Set<String> = ["joined", "joins", "joining", "join"]
    static let joinedForNouns: Set<String> = ["talks", "a meeting", "meeting", "meetings", "dinner", "lunch", "breakfast", "discussions", "negotiations"]

    func receptions(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let start = s.tokens.lowerBound, end = s.tokens.upperBound
            for k in s.tokens where k + 1 < end && (Self.receiveVerbs.contains(tokens[k].lower) || Self.joinVerbs.contains(tokens[k].lower)) {
                // A passive ("was received by") or an adjective ("received wisdom") is not this.
                if k > start, Self.beVerbs.contains(tokens[k - 1].lower) || Self.determiners.contains(tokens[k - 1].lower) { continue }
                // The guest by name right after the verb ("received the ... Medal" is a thing, even
                // when a medal's name reads like a person's).
                let j = k + 1
                guard let guest = state.argAt[j], guest.kind == .name, state.entities[guest.entity].type == .person,
                      guest.tokens.upperBound >= end || tokens[guest.tokens.upperBound].lower != "'s" else { continue }
                let joining = Self.joinVerbs.contains(tokens[k].lower)
                if joining {
                    // "joined Ann Roe for talks": the purpose is a meeting or a meal.
                    var f = guest.tokens.upperBound
                    guard f + 1 < end, tokens[f].lower == "for" else { continue }
                    f += 1
                    if ["a", "an", "the"].contains(tokens[f].lower), f + 1 < end { f += 1 }
                    guard Self.joinedForNouns.contains(tokens[f].lower) else { continue }
                }
                guard let host = leftArguments(k, start, &state, si).last, host.entity != guest.entity else { continue }
                let he = state.entities[host.entity]
                guard he.type == .person || he.subtype == "country" || host.kind == .group && he.type != .location else { continue }
                if found.contains(where: { f in f.event.sentence == si && f.event.type.isMeeting
                    && f.event.participants.contains { $0.entity == host.entity } && f.event.participants.contains { $0.entity == guest.entity } }) { continue }
                guard var f = encounter(k, j, guest, si, s, &state, times[si], agent: host) else { continue }
                if !joining {
                    f.event.type = .host
                    f.event.cameo = EventType.host.defaultCAMEO
                }
                found.append(f)
            }
        }
    }
}
