import EventModel

/// Meetings of a named body and talks named by a noun, on top of what `EventFinder.build`
/// found (see the gold notes in ../shared/eval/meetings-dev-*.json: a session of an
/// intergovernmental body is a meeting, the body its sole participant when no attendee is
/// named; talks need a counterpart the passage makes clear; a meeting asked for is not one
/// that takes place).
///
/// Each rule amends the found events in place or adds one; `EventFinder.find` calls
/// `amendBodyMeetings` once, before definite mentions are resolved.
extension EventFinder {
    /// Nouns after `X's` that make talks about X joining the body after them:
    /// "talks on Serbia's accession to the EU".
    static let joiningNouns = EventCues.words("joining")
    /// Nouns that stand for a body's members after `BODY's` ("the next meeting of one of the EU's
    /// ministerial councils").
    static let bodyMemberNouns = EventCues.words("body-member")
    /// Verbs that ask for a meeting on their own ("demanded an urgent session").
    static let requestVerbs = EventCues.words("request")
    /// Verbs of taking part in a body's meeting named by its modifier ("attended the G7 summit").
    static let attendVerbs = EventCues.words("attend")
    /// Members whose meeting makes a named organisation before it a body ("X meeting of ministers").
    static let gatheringNouns = EventCues.words("gathering")
    /// Verbs that put a meeting forward as advice ("suggested countries conduct dialogue with X").
    static let adviceVerbs = EventCues.words("advice")
    /// Words that make a speech one given at a session of the body addressed.
    static let addressWords = EventCues.words("address")
    /// Address words that take the body addressed as their object, with no `to`.
    static let directAddressVerbs: Set<String> = ["address", "addresses", "addressed", "addressing", "told", "tells", "telling",
                                                  "briefed", "briefs", "briefing"]
    /// Words of a body's name that make its gathering a session (the UN General Assembly or
    /// Security Council), not a conference with speeches.
    static let sessionBodyWords: Set<String> = ["assembly", "council"]

    func amendBodyMeetings(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for i in found.indices where found[i].event.type.isMeeting {
            guard let k = triggerToken(found[i].event) else { continue }
            membersOfBody(&found[i], k, state)
            if found[i].isNoun { gerundWithObject(&found[i], k); bodyModifier(&found[i], k, state) }
            bodyMembersTalk(&found[i], k, state)
            if found[i].isNoun { upcomingBodyMeeting(&found[i], k, state) }
        }
        for i in found.indices where found[i].event.type.isMeeting && found[i].isNoun {
            guard let k = triggerToken(found[i].event) else { continue }
            joiningTalks(&found[i], k, state)
            bodyMembers(&found[i], k, state)
            scheduledNextMeeting(&found[i], k, state)
            partyFromPreviousSentence(&found[i], k, state)
            headlineTalksParty(&found[i], k, &state) // ("talks are continuing with a union": HeadlineTalksParty)
            attendee(&found[i], k, state)
            namedGatheringOfMinisters(&found[i], k, state)
        }
        for i in found.indices where found[i].event.type == .meet && !found[i].isNoun {
            guard let k = triggerToken(found[i].event) else { continue }
            ownBodyMet(&found[i], k, state)
        }
        for i in found.indices where found[i].event.type.isMeeting {
            guard let k = triggerToken(found[i].event) else { continue }
            askedFor(&found[i], k)
        }
        sessionFollowUps(&found, state)
        let sessions = addressedSessions(&state, times)
        if !sessions.isEmpty {
            found.append(contentsOf: sessions)
            // Later passes look back through `found` in sentence order.
            found = found.enumerated().sorted { ($0.element.event.sentence, $0.offset) < ($1.element.event.sentence, $1.offset) }.map(\.element)
        }
    }

    /// The token of the trigger word itself (the last of its span: "held talks" -> `talks`).
    private func triggerToken(_ e: Event) -> Int? {
        let r = sentences[e.sentence].tokens
        return r.last { tokens[$0].end == e.triggerSpan.end }
    }

    private func isBody(_ entity: Int, _ state: DocumentState) -> Bool {
        state.entities[entity].subtype == "intergovernmental"
    }

    private func add(_ entity: Int, _ role: Role, to f: inout Found) {
        guard !f.event.participants.contains(where: { $0.entity == entity }) else { return }
        if role == .agent, f.event.participants.contains(where: { $0.role == .agent }) {
            f.event.participants.append(Participant(entity: entity, role: .participant))
        } else if role == .agent {
            f.event.participants.insert(Participant(entity: entity, role: .agent), at: 0)
        } else {
            f.event.participants.append(Participant(entity: entity, role: role))
        }
    }

    /// "Talks on Serbia's accession to the EU", "negotiations over Kosovo's membership of the
    /// Council of Europe": the country joining and the body it joins are the parties.
    private func joiningTalks(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        guard f.event.type == .negotiate || f.event.type == .meet else { return }
        let end = sentences[f.event.sentence].tokens.upperBound
        var j = k + 1
        guard j < end, ["on", "over", "about"].contains(tokens[j].lower) else { return }
        j += 1
        guard j < end, let joiner = state.argAt[j], joiner.kind == .name,
              ["location", "organization"].contains(state.entities[joiner.entity].type.rawValue) else { return }
        j = joiner.tokens.upperBound
        guard j < end, tokens[j].lower == "'s" else { return }
        j += 1
        // "proposed", "long-delayed": up to two lowercase modifiers before the noun.
        var steps = 0
        while j < end, steps < 2, tokens[j].kind == .word, !tokens[j].isCap, !Self.joiningNouns.contains(tokens[j].lower) { j += 1; steps += 1 }
        guard j < end, Self.joiningNouns.contains(tokens[j].lower) else { return }
        j += 1
        guard j < end, ["of", "to", "into", "in"].contains(tokens[j].lower) else { return }
        j += 1
        if j < end, tokens[j].lower == "the" { j += 1 }
        guard j < end, let body = state.argAt[j], body.kind == .name, body.entity != joiner.entity,
              state.entities[body.entity].type == .organization else { return }
        add(joiner.entity, .agent, to: &f)
        add(body.entity, .participant, to: &f)
    }

    /// "a meeting of one of the EU's ministerial councils", "a session of the UN's member
    /// states": the body gathers.
    private func bodyMembers(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        guard f.event.type == .meet else { return }
        let end = sentences[f.event.sentence].tokens.upperBound
        var j = k + 1
        guard j < end, tokens[j].lower == "of" else { return }
        j += 1
        if j + 1 < end, tokens[j].lower == "one", tokens[j + 1].lower == "of" { j += 2 }
        if j < end, tokens[j].lower == "the" { j += 1 }
        guard j < end, let body = state.argAt[j], body.kind == .name, isBody(body.entity, state) else { return }
        j = body.tokens.upperBound
        guard j < end, tokens[j].lower == "'s" else { return }
        j += 1
        var steps = 0
        while j < end, steps < 2, tokens[j].kind == .word, !tokens[j].isCap, !Self.bodyMemberNouns.contains(tokens[j].lower) { j += 1; steps += 1 }
        guard j < end, Self.bodyMemberNouns.contains(tokens[j].lower) else { return }
        add(body.entity, .participant, to: &f)
        f.flags.insert("body")
    }

    /// "at the G8 summit", "to attend an IMF meeting": a body named right before a meeting
    /// noun is the body that meets, even inside a prepositional phrase (where `build` takes
    /// no agent).
    private func bodyModifier(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        guard f.event.type == .meet, k > sentences[f.event.sentence].tokens.lowerBound, let body = state.argAt[k - 1],
              body.kind == .name, isBody(body.entity, state) else { return }
        add(body.entity, .participant, to: &f)
    }

    /// "towards meeting the targets": `meeting` before a determiner is a gerund, and with a
    /// non-party object (`targets`, `demand`) no meeting at all.
    private func gerundWithObject(_ f: inout Found, _ k: Int) {
        let end = sentences[f.event.sentence].tokens.upperBound
        guard tokens[k].lower == "meeting", k + 1 < end, ["the", "its", "their", "his", "her", "our"].contains(tokens[k + 1].lower) else { return }
        var j = k + 2
        while j < end, j < k + 6, tokens[j].kind == .word, !NonMeetingCues.shared.objects.contains(tokens[j].lower) { j += 1 }
        guard j < end, NonMeetingCues.shared.objects.contains(tokens[j].lower) else { return }
        f.event.participants = []
    }

    /// "in time for the G8 summit", "ahead of a NATO meeting", "next week's EU summit": a body's
    /// meeting still to come,
    /// so it is one with the scheduled mention of it (the merger joins equal modalities only).
    private func upcomingBodyMeeting(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        let start = sentences[f.event.sentence].tokens.lowerBound
        guard f.event.type == .meet, f.event.modality == .asserted || f.event.modality == .hypothetical, !f.event.participants.isEmpty,
              f.event.participants.allSatisfy({ isBody($0.entity, state) }) else { return }
        if let t = f.event.time { guard let a = articleDate, t.start > a else { return } }
        var j = k - 1
        while j > start, j >= k - 6 {
            let w = tokens[j].lower
            if ["last", "previous", "past", "recent"].contains(w) || tokens[j].kind == .punct && w != "'s" { return }
            // "next week's NATO summit", "the forthcoming EU summit"
            if ["next", "upcoming", "forthcoming"].contains(w) { f.event.modality = .planned; return }
            if ["ahead", "advance"].contains(tokens[j - 1].lower) && w == "of"
                || ["time", "preparation"].contains(tokens[j - 1].lower) && w == "for" || tokens[j - 1].lower == "run-up" && w == "to" {
                f.event.modality = .planned
                return
            }
            j -= 1
        }
    }

    /// "talks with finance ministers of the G8": ministers of a body stand for it.
    private func membersOfBody(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        let s = sentences[f.event.sentence].tokens
        let unnamed = Set(state.groupByHead.values)
        for (pi, p) in f.event.participants.enumerated() where unnamed.contains(p.entity) {
            // The group's own words in this sentence, then `of (the) BODY` right after them.
            guard let last = (s.lowerBound..<s.upperBound).last(where: { state.argAt[$0]?.entity == p.entity && state.argAt[$0]?.kind == .group }),
                  Self.bodyMemberNouns.contains(tokens[last].lower) else { continue }
            var j = last + 1
            guard j < s.upperBound, tokens[j].lower == "of" else { continue }
            j += 1
            if j < s.upperBound, tokens[j].lower == "the" { j += 1 }
            guard j < s.upperBound, let body = state.argAt[j], body.kind == .name, isBody(body.entity, state),
                  !f.event.participants.contains(where: { $0.entity == body.entity }) else { continue }
            f.event.participants[pi].entity = body.entity
        }
    }

    /// "EU leaders are holding talks in Brussels": talks among a body's own leaders or
    /// ministers, with no counterpart, are the body's gathering (a summit), not talks with
    /// someone unnamed.
    private func bodyMembersTalk(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        guard f.event.type == .negotiate || f.event.type == .meet, f.event.participants.count == 1,
              isBody(f.event.participants[0].entity, state) else { return }
        let s = sentences[f.event.sentence].tokens
        let entity = f.event.participants[0].entity
        // "EU leaders", "EU finance ministers": the body's name, then its members' noun.
        guard let named = (s.lowerBound..<k).last(where: { state.argAt[$0]?.entity == entity }) else { return }
        var j = named + 1
        while j < k, j <= named + 3, tokens[j].kind == .word, !tokens[j].isCap, !Self.bodyMemberNouns.contains(tokens[j].lower) { j += 1 }
        guard j < k, Self.bodyMemberNouns.contains(tokens[j].lower) else { return }
        f.event.type = .meet
        f.event.cameo = EventType.meet.defaultCAMEO
        f.flags.insert("body")
    }

    /// "Ann Lind attended the G7 summit in Bari": a named attendee is listed with the body.
    private func attendee(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        let start = sentences[f.event.sentence].tokens.lowerBound
        guard f.event.type == .meet, k > start, let body = state.argAt[k - 1], body.kind == .name, isBody(body.entity, state) else { return }
        var j = body.tokens.lowerBound - 1
        if j >= start, tokens[j].lower == "'s" { return }
        while j >= start, ["the", "a", "an", "this", "last", "next", "latest", "annual"].contains(tokens[j].lower) { j -= 1 }
        guard j > start, Self.attendVerbs.contains(tokens[j].lower) else { return }
        // The subject before the verb ("is expected to attend": past auxiliaries and `to`).
        var p = j - 1
        while p >= start, p >= j - 4, Self.auxiliaries.contains(tokens[p].lower) || tokens[p].lower.hasSuffix("ly") || tokens[p].lower == "to"
            || ["also", "not", "then", "later", "due", "expected", "set"].contains(tokens[p].lower) { p -= 1 }
        guard p >= start, let person = state.argAt[p], person.kind == .name || person.kind == .pronoun,
              state.entities[person.entity].type == .person,
              f.event.participants.allSatisfy({ $0.entity == person.entity || $0.entity == body.entity }) else { return }
        f.event.participants = [Participant(entity: person.entity, role: .agent),
                                Participant(entity: body.entity, role: .participant)]
    }

    /// "Tuesday's Eurogroup meeting of the finance ministers of the euro area": an organisation
    /// named before a meeting of ministers or leaders is the body they make up, whether or not
    /// the lexicon knows it.
    private func namedGatheringOfMinisters(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        let s = sentences[f.event.sentence].tokens
        guard f.event.type == .meet, k > s.lowerBound,
              let named = state.argAt[k - 1], named.kind == .name, f.event.participants.contains(where: { $0.entity == named.entity }),
              state.entities[named.entity].type == .organization, k + 1 < s.upperBound, tokens[k + 1].lower == "of" else { return }
        var j = k + 2
        if j < s.upperBound, ["the", "its", "their"].contains(tokens[j].lower) { j += 1 }
        var steps = 0
        while j < s.upperBound, steps < 2, tokens[j].kind == .word, !tokens[j].isCap, !Self.gatheringNouns.contains(tokens[j].lower) { j += 1; steps += 1 }
        guard j < s.upperBound, Self.gatheringNouns.contains(tokens[j].lower) else { return }
        // "... of the finance ministers of all 25 EU members": the ministers' own countries or
        // union are the body's members, not a party beside it.
        var phraseEnd = j + 1
        while phraseEnd < s.upperBound, tokens[phraseEnd].kind != .punct,
              !Self.prepositions.contains(tokens[phraseEnd].lower) || tokens[phraseEnd].lower == "of" { phraseEnd += 1 }
        let members = Set((k + 1..<phraseEnd).compactMap { state.argAt[$0]?.entity })
        f.event.participants.removeAll { $0.entity != named.entity && members.contains($0.entity) }
        guard f.event.participants.count == 1 else { return }
        f.flags.insert("body")
    }

    /// "The IMF board met on Monday": one body's own meeting (the gold notes: internal
    /// meetings of a board, cabinet or committee are no meeting between parties).
    private func ownBodyMet(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        let start = sentences[f.event.sentence].tokens.lowerBound
        var j = k - 1
        while j >= start, Self.auxiliaries.contains(tokens[j].lower) || tokens[j].lower.hasSuffix("ly") || tokens[j].lower == "also" { j -= 1 }
        guard j > start, NonMeetingCues.shared.ownBody.contains(tokens[j].lower), state.argAt[j] == nil,
              let owner = state.argAt[j - 1] ?? (["'s", "'", "\u{2019}"].contains(tokens[j - 1].lower) && j > start + 1 ? state.argAt[j - 2] : nil),
              owner.kind == .name, f.event.participants.allSatisfy({ $0.entity == owner.entity }) else { return }
        f.event.participants = []
    }

    /// "at the next meeting of EU ministers, if ...": the condition is on what the meeting
    /// decides; the meeting itself is scheduled.
    private func scheduledNextMeeting(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        guard f.event.modality == .hypothetical, k > sentences[f.event.sentence].tokens.lowerBound,
              f.event.participants.contains(where: { isBody($0.entity, state) }) else { return }
        let next = ["next", "upcoming", "forthcoming"].contains(tokens[k - 1].lower)
        // "ahead of a meeting of the G7 next week": a body's dated meeting ahead is scheduled.
        let ahead = f.event.time.map { t in articleDate.map { t.start > $0 } ?? false } ?? false
        guard next || ahead && f.event.participants.allSatisfy({ isBody($0.entity, state) }) else { return }
        f.event.modality = .planned
    }

    /// "Discussions have begun with Indonesia on ...": talks that open the sentence with only a
    /// counterpart take as the other party the country or organisation that opens the sentence
    /// before (its subject: "Britain has offered to send troops.").
    private func partyFromPreviousSentence(_ f: inout Found, _ k: Int, _ state: DocumentState) {
        let s = sentences[f.event.sentence]
        guard f.event.participants.count == 1, f.event.participants[0].role != .agent,
              f.event.sentence > 0, !sentences[f.event.sentence - 1].isHeading,
              k == s.tokens.lowerBound || k == s.tokens.lowerBound + 1 && tokens[s.tokens.lowerBound].lower == "the",
              k + 1 < s.tokens.upperBound, !["of", "on", "over", "about", "between"].contains(tokens[k + 1].lower)
        else { return }
        var prev = sentences[f.event.sentence - 1].tokens
        // "Britain has offered troops. The deployment would involve ... Discussions have begun
        // with X": a sentence that opens on a definite common noun continues the one before it.
        if state.argAt[prev.lowerBound] == nil, continuesTopic(prev, state), f.event.sentence > 1, !sentences[f.event.sentence - 2].isHeading {
            prev = sentences[f.event.sentence - 2].tokens
        }
        guard let subject = state.argAt[prev.lowerBound], subject.kind == .name, subject.tokens.lowerBound == prev.lowerBound,
              subject.tokens.upperBound < prev.upperBound, tokens[subject.tokens.upperBound].lower != "'s",
              subject.entity != f.event.participants[0].entity else { return }
        let e = state.entities[subject.entity]
        guard e.type == .organization || e.type == .location && e.subtype == "country" else { return }
        add(subject.entity, .agent, to: &f)
    }

    /// "The deployment would ...", "This offer comes ...": a sentence that opens on a definite
    /// common noun, with no name before its verb, carries over the topic of the one before.
    private func continuesTopic(_ r: Range<Int>, _ state: DocumentState) -> Bool {
        guard r.count > 3, ["the", "this", "these", "that"].contains(tokens[r.lowerBound].lower) else { return false }
        let head = tokens[r.lowerBound + 1]
        return head.kind == .word && !head.isCap && Lexicons.shared.groupNouns[head.lower] == nil
            && (r.lowerBound..<(r.lowerBound + 4)).allSatisfy { state.argAt[$0] == nil }
    }

    /// "asked for an urgent meeting", "called for talks with X", "requested a session": a
    /// meeting wished for, not one held or scheduled (unless the sentence dates it).
    private func askedFor(_ f: inout Found, _ k: Int) {
        guard f.event.modality == .asserted || f.event.modality == .planned else { return }
        let start = sentences[f.event.sentence].tokens.lowerBound
        // Advice earlier in the clause: "He suggested rivals hold talks with X".
        var a = k - 1
        while a >= start, a >= k - 15, tokens[a].lower != ";" {
            if Self.adviceVerbs.contains(tokens[a].lower) { f.event.modality = .hypothetical; return }
            a -= 1
        }
        guard f.event.time == nil else { return }
        // The trigger's own start: "held talks" counts from `held`.
        var j = k - 1
        var steps = 0
        while j >= start, steps < 5 {
            let w = tokens[j]
            if w.kind == .punct { return }
            if Self.requestVerbs.contains(w.lower) { f.event.modality = .hypothetical; return }
            if w.lower == "for", j - 1 >= start, Self.callForVerbs.contains(tokens[j - 1].lower) {
                f.event.modality = .hypothetical
                return
            }
            if w.isCap && j > start || Self.auxiliaries.contains(w.lower) { return }
            j -= 1
            steps += 1
        }
    }

    /// "We have requested an urgent meeting of the Security Council. Diplomats said the
    /// meeting would most likely be Tuesday." A definite `the meeting` / `the session` with a
    /// time and no party of its own, within two sentences of a meeting of a body, is that
    /// body's meeting.
    private func sessionFollowUps(_ found: inout [Found], _ state: DocumentState) {
        // "Diplomats said the meeting ...": an unnamed group before it only reports on it.
        let unnamed = Set(state.groupByHead.values)
        for i in found.indices where found[i].event.type == .meet && found[i].isNoun
            && found[i].event.participants.allSatisfy({ unnamed.contains($0.entity) }) {
            let e = found[i].event
            guard e.time != nil, let k = triggerToken(e), k > sentences[e.sentence].tokens.lowerBound,
                  tokens[k - 1].lower == "the", ["meeting", "session"].contains(tokens[k].lower) else { continue }
            var j = i - 1
            while j >= 0, e.sentence - found[j].event.sentence <= 2 {
                let p = found[j].event
                if p.type == .meet, p.sentence < e.sentence, !p.participants.isEmpty,
                   let body = p.participants.first(where: { isBody($0.entity, state) }) {
                    found[i].event.participants = [Participant(entity: body.entity, role: .participant)]
                    // "the meeting would be Tuesday": a meeting still ahead, its weekday the coming one.
                    let end = sentences[e.sentence].tokens.upperBound
                    if found[i].event.modality == .asserted, (k + 1..<min(end, k + 3)).contains(where: { ["would", "will", "'ll"].contains(tokens[$0].lower) }) {
                        found[i].event.modality = .planned
                        let ahead = TimeResolver(articleDate: articleDate, scalars: scalars).find(tokens, in: sentences[e.sentence].tokens, future: true)
                        if let t = nearestTime(to: k, ahead) { found[i].event.time = t }
                    }
                    break
                }
                j -= 1
            }
        }
    }

    /// "his speech to the UN General Assembly next week", "addressed the Security Council":
    /// the speaker attends a session of the body (the gold notes: a speech at a conference is
    /// no meeting, a session of a UN body is).
    private func addressedSessions(_ state: inout DocumentState, _ times: [[TimeMention]]) -> [Found] {
        var out: [Found] = []
        for (si, s) in sentences.enumerated() where !s.isHeading {
            var k = s.tokens.lowerBound
            while k < s.tokens.upperBound {
                defer { k += 1 }
                guard Self.addressWords.contains(tokens[k].lower) else { continue }
                var j = k + 1
                if j < s.tokens.upperBound, ["to", "before", "at"].contains(tokens[j].lower) { j += 1 }
                // ("told the Security Council", "briefed the council": the verb takes the body as its object.)
                else if !Self.directAddressVerbs.contains(tokens[k].lower) { continue }
                if j < s.tokens.upperBound, tokens[j].lower == "the" { j += 1 }
                guard j < s.tokens.upperBound, let body = state.argAt[j], body.kind == .name, isBody(body.entity, state),
                      state.entities[body.entity].name.lowercased().split(separator: " ").contains(where: { Self.sessionBodyWords.contains(String($0)) })
                else { continue }
                guard let speaker = speaker(before: k, s, state) else { continue }
                let time = nearestTime(to: k, times[si])
                var modality = ModalityCues.modality(tokens, trigger: k, sentenceStart: s.tokens.lowerBound, isNoun: true, hasTime: time != nil)
                // A dated session ahead is scheduled whatever the speaker is urged to say at it.
                if modality != .negated, let t = time, let a = articleDate, t.start > a { modality = .planned }
                else if modality == .hypothetical, time == nil { continue }
                let span = TextSpan(start: tokens[k].start, end: tokens[k].end)
                let event = Event(type: .meet, trigger: tokens[k].text, triggerSpan: span, sentence: si,
                                  modality: modality,
                                  participants: [Participant(entity: speaker, role: .agent), Participant(entity: body.entity, role: .participant)],
                                  location: nil, time: time, confidence: 0.6)
                out.append(Found(event: event, anaphoric: false, isNoun: true, flags: ["meeting", "session"]))
            }
        }
        return out
    }

    /// The person who speaks: `his` / `her` right before the noun is the last person named in
    /// the sentence or the two before; otherwise the nearest person earlier in the sentence.
    private func speaker(before k: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        let possessive = k > s.tokens.lowerBound && ["his", "her"].contains(tokens[k - 1].lower)
        var j = k - 1
        let floor = possessive ? sentences[max(0, state.sentenceOf[k] - 2)].tokens.lowerBound : s.tokens.lowerBound
        while j >= floor {
            if let a = state.argAt[j], a.kind == .name {
                let e = state.entities[a.entity]
                if e.type == .person { return a.entity }
                // `his` / `her` in the same sentence points at a person: a bare name the typer left
                // as an organisation of no known kind is that person.
                if possessive, j >= s.tokens.lowerBound, e.type == .organization, e.subtype == nil, a.tokens.count == 1 { return a.entity }
            }
            // "He said Roe should use his speech": a capitalised word in the sentence that names
            // nothing known is the subject `his` points at; an earlier person would be a guess.
            if possessive, j > s.tokens.lowerBound, state.argAt[j] == nil, tokens[j].kind == .word, tokens[j].isCap, !tokens[j].isAllCaps,
               Lexicons.shared.stopWords[tokens[j].lower] == nil, Lexicons.shared.titles[tokens[j].lower] == nil,
               j + 1 < k, Self.auxiliaries.contains(tokens[j + 1].lower) || tokens[j + 1].lower.hasSuffix("s") && !tokens[j + 1].isCap {
                return nil
            }
            j -= 1
        }
        return nil
    }

}
