import EventModel

/// A private meal given by one person for others is a meeting of all of them (`note` of
/// `../shared/eval/meetings-dev-bbc.json`, clarification 7): "at a dinner hosted by Ann Roe,
/// Lars Berg told Eva Lind ...", "Ann Roe hosted a dinner where Lars Berg told Eva Lind ...".
/// The people of the sentence are the guests; the meal itself takes no party, so no other rule
/// finds it. A charity, gala or awards dinner is an occasion attended, not a meeting.
extension EventFinder {
    static let publicMealModifiers: Set<String> = ["gala", "charity", "fundraising", "fund-raising", "awards", "annual",
                                                   "celebrity", "black-tie", "ticketed", "public"]
    static let publicOccasions: Set<String> = ["ceremony", "ceremonies", "awards", "gala", "festival", "concert", "telethon",
                                               "fundraiser", "guests", "attended", "attending", "tickets"]

    func hostedMeals(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let start = s.tokens.lowerBound, end = s.tokens.upperBound
            for m in s.tokens where Self.meals.contains(tokens[m].lower) && tokens[m].kind == .word && !tokens[m].isCap {
                if m > start, Self.publicMealModifiers.contains(tokens[m - 1].lower) { continue }
                if s.tokens.contains(where: { Self.publicOccasions.contains(tokens[$0].lower) }) { continue }
                guard let (host, guestsFrom) = mealHost(m, start, end, si, &state), state.entities[host.entity].type == .person else { continue }
                var guests: [Int] = []
                var j = guestsFrom
                while j < end {
                    if j == host.tokens.lowerBound { j = host.tokens.upperBound; continue }
                    let a = state.argAt[j] ?? (["he", "she", "him"].contains(tokens[j].lower) ? pronoun(j, &state) : nil)
                    if let a {
                        if state.entities[a.entity].type == .person, a.entity != host.entity, !guests.contains(a.entity) { guests.append(a.entity) }
                        j = max(j + 1, a.tokens.upperBound)
                    } else {
                        j += 1
                    }
                }
                guard !guests.isEmpty else { continue }
                let parties = [host.entity] + guests
                // Already a meeting of these people in the sentence ("hosted Y for dinner").
                if found.contains(where: { f in
                    f.event.sentence == si && f.event.type.isMeeting && parties.filter { p in f.event.participants.contains { $0.entity == p } }.count >= 2
                }) { continue }
                let time = nearestTime(to: m, times[si])
                let modality = ModalityCues.modality(tokens, trigger: m, sentenceStart: start, isNoun: true, hasTime: time != nil)
                let event = Event(type: .host, trigger: tokens[m].text, triggerSpan: TextSpan(start: tokens[m].start, end: tokens[m].end),
                                  sentence: si, modality: modality,
                                  participants: [Participant(entity: host.entity, role: .agent)]
                                      + guests.map { Participant(entity: $0, role: .participant) },
                                  location: location(m, s, state, exclude: parties)?.entity, time: time, confidence: 0.6)
                found.append(Found(event: event, anaphoric: false, isNoun: true, flags: ["meeting"]))
            }
        }
    }

    /// "a dinner hosted by X" (guests anywhere in the sentence) or "X hosted a (private) dinner"
    /// (guests after the meal: "X and Y hosted a dinner" are two hosts).
    private func mealHost(_ m: Int, _ start: Int, _ end: Int, _ si: Int, _ state: inout DocumentState) -> (Arg, Int)? {
        if m + 2 < end, ["hosted", "given", "thrown"].contains(tokens[m + 1].lower), tokens[m + 2].lower == "by" {
            return argument(at: m + 3, end, &state, si).map { ($0, start) }
        }
        var h = m - 1
        while h > start, h >= m - 3, tokens[h].kind == .word, !["hosted", "hosts", "hosting", "gave", "threw"].contains(tokens[h].lower) { h -= 1 }
        guard h > start, ["hosted", "hosts", "hosting", "gave", "threw"].contains(tokens[h].lower),
              (h + 1..<m).allSatisfy({ ["a", "an", "the", "private", "small", "informal", "quiet", "working", "his", "her"].contains(tokens[$0].lower) })
        else { return nil }
        return leftArguments(h, start, &state, si).last.map { ($0, m + 1) }
    }
}
