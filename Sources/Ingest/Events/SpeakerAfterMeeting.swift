import EventModel

/// '"Rates must fall," said Kenyan finance minister Ann Roe, after a meeting with her Ugandan
/// counterpart Lars Berg': the speaker of a reporting verb is the one who met, when the meeting
/// follows as "after / following a meeting with Y". The comma closing the speaker's title hides
/// the speaker from the subject search, so the meeting kept only Y and was dropped.
extension EventFinder {
    static let afterWords: Set<String> = ["after", "following"]

    func speakerAfterMeeting(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].isNoun && found[i].event.type.isMeeting && found[i].event.type != .visit {
            let parties = Set(found[i].event.participants.map(\.entity))
            guard parties.count <= 2, let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let start = sentences[found[i].event.sentence].tokens.lowerBound
            // "after a meeting", "following talks", "after his talks"
            var a = k - 1
            while a > start, a >= k - 3, !Self.afterWords.contains(tokens[a].lower), tokens[a].kind == .word, !tokens[a].isCap { a -= 1 }
            guard a > start, Self.afterWords.contains(tokens[a].lower) else { continue }
            var p = a - 1
            if tokens[p].text == "," { p -= 1 }
            // (A name right after a title word is the titled person even when the name finder typed
            // it otherwise: "finance minister Herve Gaymard".)
            guard p >= start, let speaker = state.argAt[p], !parties.contains(speaker.entity),
                  state.entities[speaker.entity].type == .person || speaker.kind == .name && speaker.tokens.lowerBound > start
                    && Lexicons.shared.titles[tokens[speaker.tokens.lowerBound - 1].lower] != nil else { continue }
            // The speaker's clause: "said [title] X" or "X said".
            let before = speaker.tokens.lowerBound
            let saidBefore = (max(start, before - 5)..<before).contains { Self.speechVerbs.contains(tokens[$0].lower) }
            let saidAfter = speaker.tokens.upperBound < a && Self.speechVerbs.contains(tokens[speaker.tokens.upperBound].lower)
            guard saidBefore || saidAfter else { continue }
            // "said French finance minister X, after a meeting with Y": the nationality in the
            // speaker's title was read as the subject; the speaker takes its place (branches meetF and meetE).
            if parties.count == 2 {
                guard let agent = found[i].event.participants.first(where: { $0.role == .agent })?.entity,
                      (max(start, speaker.tokens.lowerBound - 4)..<speaker.tokens.lowerBound).contains(where: { t in
                          state.argAt[t]?.entity == agent || state.entities[agent].countryCode != nil
                              && Gazetteer.shared.country(adjective: tokens[t].text)?.code == state.entities[agent].countryCode })
                else { continue }
                found[i].event.participants.removeAll { $0.entity == agent }
            }
            found[i].event.participants.insert(Participant(entity: speaker.entity, role: .agent), at: 0)
            for j in found[i].event.participants.indices.dropFirst() where found[i].event.participants[j].role == .agent {
                found[i].event.participants[j].role = .participant
            }
        }
    }
}
