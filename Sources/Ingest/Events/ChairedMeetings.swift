import EventModel

/// "July's G8 summit in Gleneagles - chaired by the prime minister - will ...", "the meeting,
/// chaired by Ann Roe, agreed ...": the chair of a summit or meeting is at it, so a party (issue
/// 3, part 9 proxy set). Only a person (a name or a linked description) within a few words after
/// the meeting noun's phrase.
extension EventFinder {
    func chairedMeetings(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].isNoun && [.meet, .negotiate].contains(found[i].event.type) {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let end = sentences[found[i].event.sentence].tokens.upperBound
            guard let c = (k + 1..<min(end, k + 9)).first(where: { tokens[$0].lower == "chaired" }), c + 2 < end, tokens[c + 1].lower == "by",
                  // (Only the noun's own phrase between: its place, punctuation, names; no verb of another clause.)
                  (k + 1..<c).allSatisfy({ tokens[$0].kind == .punct || state.argAt[$0] != nil || ["in", "at", "of", "on", "the"].contains(tokens[$0].lower) })
            else { continue }
            var j = c + 2
            // ("chaired by the prime minister, Ann Roe": a title, maybe with its holder in apposition.)
            while j < end, j < c + 6, state.argAt[j] == nil,
                  tokens[j].kind == .word && (["the", "a"].contains(tokens[j].lower) || Lexicons.shared.titles[tokens[j].lower] != nil || tokens[j].isCap
                        || j + 1 < end && Lexicons.shared.titles["\(tokens[j].lower) \(tokens[j + 1].lower)"] != nil)
                    || tokens[j].text == "," && j > c + 2 { j += 1 }
            guard j < end, let chair = state.argAt[j], state.entities[chair.entity].type == .person,
                  !found[i].event.participants.contains(where: { $0.entity == chair.entity }) else { continue }
            found[i].event.participants.append(Participant(entity: chair.entity, role: .participant))
        }
    }
}
