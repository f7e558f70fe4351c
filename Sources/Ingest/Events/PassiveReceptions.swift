import EventModel

/// A visitor received by a host, told in the passive (issue 3, branch meetL, found by the
/// sentence-shape probe grid): "Ana Roe was received by Ivo Berg at the palace", "Roe was warmly
/// received by Berg". Receptions reads only the active "Berg received Roe" (its passive is
/// skipped there, since "the letter was received by the ministry" is no meeting): here both sides
/// must be people by name, the guest the subject of `was received`, the host the `by` phrase.
extension EventFinder {
    func passiveReceptions(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let start = s.tokens.lowerBound, end = s.tokens.upperBound
            for k in s.tokens where k + 2 < end && Self.receiveVerbs.contains(tokens[k].lower) && tokens[k + 1].lower == "by" {
                // The be-verb, past an adverb ("was warmly received").
                var b = k - 1
                while b > start, tokens[b].kind == .word, !tokens[b].isCap, tokens[b].lower.hasSuffix("ly") { b -= 1 }
                guard b > start, Self.beVerbs.contains(tokens[b].lower), tokens[b].lower != "got", tokens[b].lower != "get" else { continue }
                guard let host = state.argAt[k + 2], host.kind == .name, state.entities[host.entity].type == .person,
                      host.tokens.upperBound >= end || tokens[host.tokens.upperBound].lower != "'s" else { continue }
                // The guest: the name right before the be-verb (an auxiliary may come between:
                // "had been received"), not a possessor ("Roe's letter was received").
                var g = b - 1
                while g >= start, Self.auxiliaries.contains(tokens[g].lower) || Self.beVerbs.contains(tokens[g].lower) { g -= 1 }
                guard g >= start, let guest = state.argAt[g], guest.kind == .name, guest.entity != host.entity,
                      state.entities[guest.entity].type == .person else { continue }
                if found.contains(where: { f in f.event.sentence == si && f.event.type.isMeeting
                    && f.event.participants.contains { $0.entity == host.entity } && f.event.participants.contains { $0.entity == guest.entity } }) { continue }
                guard var f = encounter(k, g, guest, si, s, &state, times[si], agent: host) else { continue }
                f.event.type = .host
                f.event.cameo = EventType.host.defaultCAMEO
                found.append(f)
            }
        }
    }
}
