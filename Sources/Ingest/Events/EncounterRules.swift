import EventModel

/// Personal encounters between people, which the gold conventions count as meetings though no
/// meeting word names them (`note` of `../shared/eval/meetings-dev-*.json`):
/// - "spent the afternoon with his sister Ann Roe", "spends time with her father";
/// - "last saw her around Easter", "she last saw him in 2010";
/// - "the freed hostages were met with hugs by the President", "were greeted by X at the airport";
/// - "was reunited with her son" (passive in form, a meeting of the two);
/// - "went to see her mother", "was in the country to see his son"; "had lunch with Ann Roe";
/// - "played golf with Ann Roe", "took a walk with Ann Roe" (an activity shared in person);
/// - "went to meet the mayor": a bare office ("the mayor") is the other party.
extension EventFinder {
    /// Spans of time spent with someone: "spent some time with", "spent the weekend with".
    static let timeSpentNouns = EventCues.words("time-spent")
    /// A welcome in person: "met with hugs", "greeted with embraces".
    static let greetingNouns = EventCues.words("greeting")

    func encounters(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        var added: [Found] = []
        var replaced = Set<Int>()
        for (si, s) in sentences.enumerated() where !s.isHeading {
            var k = s.tokens.lowerBound
            while k < s.tokens.upperBound {
                defer { k += 1 }
                let w = tokens[k].lower
                if ["spent", "spend", "spends", "spending"].contains(w), let f = timeSpent(k, si, s, &state, times[si]) {
                    added.append(f)
                } else if w == "saw" || w == "seen", k > s.tokens.lowerBound, tokens[k - 1].lower == "last",
                          let f = lastSaw(k, si, s, &state, times[si]) {
                    added.append(f)
                } else if ["met", "greeted", "welcomed"].contains(w), let f = greeted(k, si, s, &state, times[si]) {
                    replaced.insert(tokens[k].start)
                    added.append(f)
                } else if w == "see", let f = cameToSee(k, si, s, &state, times[si]) {
                    added.append(f)
                } else if ["had", "have", "has", "having"].contains(w), let f = sharedMeal(k, si, s, &state, times[si]) {
                    added.append(f)
                } else if Self.activityVerbs.contains(w), let f = sharedActivity(k, si, s, &state, times[si]) {
                    added.append(f)
                } else if w == "reunited", let f = reunited(k, si, s, &state, times[si]) {
                    replaced.insert(tokens[k].start)
                    added.append(f)
                }
            }
        }
        // "went to meet the mayor": an unnamed office holder is the other party.
        for i in found.indices where found[i].event.type == .meet && !found[i].isNoun && found[i].event.participants.count == 1 {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start), let holder = officeHolder(after: k, &state) else { continue }
            if holder.entity != found[i].event.participants[0].entity {
                found[i].event.participants.append(Participant(entity: holder.entity, role: .participant))
            }
        }
        guard !added.isEmpty else { return }
        found.removeAll { replaced.contains($0.event.triggerSpan.start) }
        found.append(contentsOf: added)
    }

    /// "spent [some|the|two] TIME [pregame] with X".
    private func timeSpent(_ k: Int, _ si: Int, _ s: Sentence, _ state: inout DocumentState, _ times: [TimeMention]) -> Found? {
        let end = s.tokens.upperBound
        guard let n = (k + 1..<min(end, k + 5)).first(where: { Self.timeSpentNouns.contains(tokens[$0].lower) }),
              (k + 1..<n).allSatisfy({ tokens[$0].kind != .punct && state.argAt[$0] == nil }),
              let w = (n + 1..<min(end, n + 5)).first(where: { tokens[$0].lower == "with" }),
              (n + 1..<w).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCap }),
              let other = encounterObject(w + 1, end, &state) else { return nil }
        return encounter(k, w + 1, other, si, s, &state, times)
    }

    /// "he last saw her around Easter".
    private func lastSaw(_ k: Int, _ si: Int, _ s: Sentence, _ state: inout DocumentState, _ times: [TimeMention]) -> Found? {
        guard let other = encounterObject(k + 1, s.tokens.upperBound, &state) else { return nil }
        return encounter(k, k + 1, other, si, s, &state, times)
    }

    /// "were met with hugs from X", "were greeted by X": the subject and X met.
    private func greeted(_ k: Int, _ si: Int, _ s: Sentence, _ state: inout DocumentState, _ times: [TimeMention]) -> Found? {
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        guard k > start, Self.beVerbs.contains(tokens[k - 1].lower) else { return nil }
        var j = k + 1
        if j < end, tokens[j].lower == "with" {
            // "with warm hugs": a welcome in person; "with criticism" is no meeting.
            j += 1
            while j < min(end, k + 5), !Self.greetingNouns.contains(tokens[j].lower), tokens[j].kind == .word, !tokens[j].isCap { j += 1 }
            guard j < end, Self.greetingNouns.contains(tokens[j].lower) else { return nil }
            j += 1
        } else if tokens[k].lower == "met" {
            return nil
        }
        guard j < end, tokens[j].lower == "by" || tokens[j].lower == "from" else { return nil }
        guard let host = argument(at: j + 1, end, &state, si),
              state.entities[host.entity].type == .person || host.kind == .group else { return nil }
        guard let guest = leftArguments(k, start, &state, si).last, guest.entity != host.entity,
              state.entities[guest.entity].type != .location else { return nil }
        guard var f = encounter(k, j + 1, guest, si, s, &state, times, agent: host) else { return nil }
        f.event.participants = [Participant(entity: host.entity, role: .agent), Participant(entity: guest.entity, role: .participant)]
        return f
    }

    /// Coming somewhere to see someone: "went to see her mother", "was in the country to see his
    /// son and grandchildren". Wanting to see someone is not ("hopes to see").
    private func cameToSee(_ k: Int, _ si: Int, _ s: Sentence, _ state: inout DocumentState, _ times: [TimeMention]) -> Found? {
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        guard k >= start + 2, tokens[k - 1].lower == "to" else { return nil }
        let motion = Self.motionVerbs.contains(tokens[k - 2].lower)
        // "was in the country to see", "flew in to see"
        let there = k >= start + 4 && ["country", "city", "town", "area", "hospital"].contains(tokens[k - 2].lower)
            && ["in", "at"].contains(tokens[k - 4].lower) || tokens[k - 2].lower == "in" && k >= start + 3 && Self.motionVerbs.contains(tokens[k - 3].lower)
        guard motion || there, let other = encounterObject(k + 1, end, &state) else { return nil }
        guard var f = encounter(k, k + 1, other, si, s, &state, times) else { return nil }
        // "his son and grandchildren": each relative is a party.
        var j = other.tokens.upperBound
        while j + 1 < end, tokens[j].lower == "and" || tokens[j].text == ",", let more = encounterObject(j + 1, end, &state) {
            if !f.event.participants.contains(where: { $0.entity == more.entity }) {
                f.event.participants.append(Participant(entity: more.entity, role: .participant))
            }
            j = more.tokens.upperBound
        }
        return f
    }

    static let motionVerbs = EventCues.words("motion")
    static let meals = EventCues.words("meal")

    /// "had lunch with Ann Roe": a meal shared with a named person (a gala dinner attended is not).
    private func sharedMeal(_ k: Int, _ si: Int, _ s: Sentence, _ state: inout DocumentState, _ times: [TimeMention]) -> Found? {
        let end = s.tokens.upperBound
        var j = k + 1
        while j < min(end, k + 4), ["a", "an", "private", "quiet", "long", "informal", "working", "family"].contains(tokens[j].lower) { j += 1 }
        guard j + 1 < end, Self.meals.contains(tokens[j].lower), tokens[j + 1].lower == "with",
              let other = encounterObject(j + 2, end, &state), state.entities[other.entity].type == .person || other.kind == .pronoun
        else { return nil }
        return encounter(k, j + 2, other, si, s, &state, times)
    }

    /// Verbs of an activity done together: "played golf with", "took a walk with", "went for a stroll with".
    static let activityVerbs: Set<String> = ["played", "play", "plays", "playing", "took", "take", "takes", "taking", "went", "go", "goes", "going"]
    static let activities = EventCues.words("activity")

    /// "played [a round of] golf with X", "took a walk with X", "went for a stroll with X".
    private func sharedActivity(_ k: Int, _ si: Int, _ s: Sentence, _ state: inout DocumentState, _ times: [TimeMention]) -> Found? {
        let end = s.tokens.upperBound
        var j = k + 1
        while j < min(end, k + 6), ["a", "an", "the", "for", "round", "rounds", "of", "long", "short", "quick", "brief", "private", "leisurely"].contains(tokens[j].lower) { j += 1 }
        guard j + 1 < end, Self.activities.contains(tokens[j].lower) else { return nil }
        // ("taking a walk around the South Lawn driveway with X": a short place phrase may come first.)
        var w = j + 1
        if w < end, ["around", "on", "in", "through", "along", "across", "at"].contains(tokens[w].lower) {
            while w < min(end, j + 8), tokens[w].lower != "with", tokens[w].kind != .punct { w += 1 }
        }
        guard w < end, tokens[w].lower == "with",
              // (A game is played with a ball, a walk taken with a stick: the one met is a person.)
              let other = encounterObject(w + 1, end, &state), state.entities[other.entity].type == .person || other.kind == .pronoun
        else { return nil }
        // ("played golf" but not "went golf"; "took a walk", "went for a walk", not "played a walk".)
        let golfLike = ["golf", "tennis"].contains(tokens[j].lower)
        let playVerb = ["played", "play", "plays", "playing"].contains(tokens[k].lower)
        guard golfLike == playVerb else { return nil }
        return encounter(k, w + 1, other, si, s, &state, times)
    }

    /// "was reunited with her daughter": the subject and the relative met.
    private func reunited(_ k: Int, _ si: Int, _ s: Sentence, _ state: inout DocumentState, _ times: [TimeMention]) -> Found? {
        let end = s.tokens.upperBound
        guard k > s.tokens.lowerBound, Self.beVerbs.contains(tokens[k - 1].lower) || tokens[k - 1].lower == "be",
              k + 1 < end, tokens[k + 1].lower == "with", let other = encounterObject(k + 2, end, &state) else { return nil }
        return encounter(k, k + 2, other, si, s, &state, times)
    }

    /// "meet the mayor", "met with the governor": a title alone, ending its phrase, names an
    /// unnamed office holder (kept by its head noun, like a group).
    private func officeHolder(after k: Int, _ state: inout DocumentState) -> Arg? {
        let si = state.sentenceOf[k], end = sentences[si].tokens.upperBound
        var j = k + 1
        if j < end, tokens[j].lower == "with" { j += 1 }
        guard j + 1 < end, tokens[j].lower == "the", state.argAt[j + 1] == nil else { return nil }
        let t = j + 1
        guard tokens[t].kind == .word, !tokens[t].isCap, Lexicons.shared.titles[tokens[t].lower] != nil else { return nil }
        let next = t + 1 < end ? tokens[t + 1] : nil
        guard next.map({ $0.kind == .punct || Self.prepositions.contains($0.lower) && $0.lower != "of" || Self.subordinators.contains($0.lower)
            || Lexicons.shared.timeWords[$0.lower] != nil || $0.lower == "and" }) ?? true else { return nil }
        return makeGroup(head: t, t, &state, si)
    }

    /// The person met: a name, a pronoun for a person other than the subject, or a relative
    /// with the name in apposition ("his brother, rookie linebacker Ann Roe") or without.
    func encounterObject(_ j0: Int, _ end: Int, _ state: inout DocumentState) -> Arg? {
        var j = j0
        while j < end, ["his", "her", "their", "the", "a", "an", "some"].contains(tokens[j].lower), state.argAt[j] == nil,
              !(tokens[j].lower == "her" && (j + 1 >= end || tokens[j + 1].kind == .punct || Self.prepositions.contains(tokens[j + 1].lower)
                || Lexicons.shared.timeWords[tokens[j + 1].lower] != nil || tokens[j + 1].lower == "around")) { j += 1 }
        guard j < end else { return nil }
        // "his old friend": an adjective before the relative.
        if j + 1 < end, state.argAt[j] == nil, tokens[j].kind == .word, !tokens[j].isCap, !Self.companionNouns.contains(tokens[j].lower),
           Self.companionNouns.contains(tokens[j + 1].lower) { j += 1 }
        if let a = state.argAt[j], state.entities[a.entity].type == .person {
            // "to see Ivan Petrov's new film": the person only owns the object; "with Tom Obi's
            // son-in-law, Ivo Kerr": the relative named after is the one met.
            guard a.tokens.upperBound < end, tokens[a.tokens.upperBound].lower == "'s" else { return a }
            var r = a.tokens.upperBound + 1
            guard r < end, KinNouns.all.contains(tokens[r].lower) else { return nil }
            r += 1
            if r < end, tokens[r].text == "," { r += 1 }
            guard r < end, let named = state.argAt[r], named.kind == .name, state.entities[named.entity].type == .person else { return nil }
            return named
        }
        if Self.pronouns[tokens[j].lower] == "person", let p = otherPerson(j, &state) { return p }
        guard Self.companionNouns.contains(tokens[j].lower) else { return nil }
        var r = j + 1
        if r < end, tokens[r].text == "," { r += 1 }
        while r < min(end, j + 7), tokens[r].kind == .word, !Self.objectStops.contains(tokens[r].lower), tokens[r].lower != "and" {
            if let a = state.argAt[r], state.entities[a.entity].type == .person { return a }
            r += 1
        }
        if r < end, let a = state.argAt[r], state.entities[a.entity].type == .person { return a }
        return makeGroup(head: j, j, &state, state.sentenceOf[j])
    }

    /// An object pronoun: the person it most likely means other than the subject's ("he last
    /// saw her": not him again).
    private func otherPerson(_ j: Int, _ state: inout DocumentState) -> Arg? {
        let si = state.sentenceOf[j]
        guard let subject = salientPerson(before: j, state) else { return nil }
        for s in stride(from: si, through: max(0, si - 3), by: -1) {
            let r = sentences[s].tokens
            var t = r.lowerBound
            while t < (s == si ? j : r.upperBound) {
                if let a = state.argAt[t], a.kind == .name, state.entities[a.entity].type == .person, a.entity != subject.entity {
                    return Arg(tokens: j..<(j + 1), entity: a.entity, kind: .pronoun)
                }
                t += 1
            }
        }
        return nil
    }

    /// A meeting between the subject of the verb at `k` and `other`.
    func encounter(_ k: Int, _ objectStart: Int, _ other: Arg, _ si: Int, _ s: Sentence, _ state: inout DocumentState,
                           _ times: [TimeMention], agent given: Arg? = nil) -> Found? {
        let start = s.tokens.lowerBound
        guard let agent = given ?? leftArguments(k, start, &state, si).last, agent.entity != other.entity,
              state.entities[agent.entity].type == .person || agent.kind == .group || agent.kind == .pronoun else { return nil }
        var time = nearestTime(to: k, times)
        var modality = ModalityCues.modality(tokens, trigger: k, sentenceStart: start, isNoun: false, hasTime: time != nil)
        // ("is expected to receive Y on Tuesday": PlannedTimes.)
        if let t = time, let ahead = plannedTimeAhead(t, trigger: k, isNoun: false, modality: modality, sentence: s) { time = ahead; modality = .planned }
        let span = TextSpan(start: tokens[k].start, end: tokens[k].end)
        let event = Event(type: .meet, cameo: EventType.meet.defaultCAMEO, trigger: tokens[k].text, triggerSpan: span, sentence: si,
                          modality: modality,
                          participants: [Participant(entity: agent.entity, role: .agent), Participant(entity: other.entity, role: .participant)],
                          location: location(k, s, state, exclude: [agent.entity, other.entity])?.entity, time: time, confidence: 0.6)
        return Found(event: event, anaphoric: false, isNoun: false, flags: ["meeting", "encounter"])
    }
}
