import EventModel

/// Talks named by their two sides joined with a hyphen: "the Roe-Berg talks", "US-China trade
/// talks", "a Franco-German summit" is not one (a prefix, no country), "Israeli-Palestinian
/// negotiations". The tokenizer keeps the compound whole and the mention finder takes it for one
/// organisation, so the meeting had a single, made-up party and was dropped. Each half stands
/// for a party when it is a country (by name or nationality word) or a person or organisation the
/// article names elsewhere ("Roe" after "Ann Roe"); otherwise the compound is left alone
/// ("Rolls-Royce talks", "Guinea-Bissau talks").
extension EventFinder {
    static let pairTalkNouns: [String: EventType] = [
        "talks": .negotiate, "negotiations": .negotiate, "dialogue": .negotiate, "discussions": .negotiate,
        "meeting": .meet, "meetings": .meet, "summit": .meet, "consultations": .meet,
    ]

    func hyphenPairTalks(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            for k in s.tokens {
                guard let type = Self.pairTalkNouns[tokens[k].lower], !tokens[k].isCap else { continue }
                // The compound right before the noun, or before up to two lowercase modifiers ("trade", "peace").
                var c = k - 1
                while c >= s.tokens.lowerBound, c >= k - 3, tokens[c].kind == .word, !tokens[c].isCap,
                      !Self.determiners.contains(tokens[c].lower), Lexicons.shared.stopWords[tokens[c].lower] != .function { c -= 1 }
                guard c >= s.tokens.lowerBound, tokens[c].kind == .word, tokens[c].isCap,
                      let sides = pairSides(c, si, &state), sides.0 != sides.1 else { continue }
                let parties = [Participant(entity: sides.0, role: .agent), Participant(entity: sides.1, role: .participant)]
                if let i = found.firstIndex(where: { $0.event.triggerSpan.start == tokens[k].start }) {
                    let compound = state.argAt[c]?.entity
                    let others = found[i].event.participants.filter { p in p.entity != compound && !parties.contains { $0.entity == p.entity } }
                    found[i].event.participants = parties + others
                    continue
                }
                let time = nearestTime(to: k, times[si])
                let modality = ModalityCues.modality(tokens, trigger: k, sentenceStart: s.tokens.lowerBound, isNoun: true, hasTime: time != nil)
                let event = Event(type: type, trigger: tokens[k].text, triggerSpan: TextSpan(start: tokens[k].start, end: tokens[k].end),
                                  sentence: si, modality: modality, participants: parties,
                                  location: location(k, s, state, exclude: [sides.0, sides.1, state.argAt[c]?.entity])?.entity,
                                  time: time, confidence: 0.6)
                found.append(Found(event: event, anaphoric: false, isNoun: true, flags: ["meeting", "object-with"]))
            }
        }
    }

    /// The two parties of the compound at token `c`, or nil when either half names nothing known.
    func pairSides(_ c: Int, _ si: Int, _ state: inout DocumentState) -> (Int, Int)? {
        let t = tokens[c]
        let hyphens = (t.start..<t.end).filter { ScalarClass.isHyphen(scalars[$0]) }
        guard hyphens.count == 1, let h = hyphens.first, h - t.start >= 2, t.end - h >= 3 else { return nil }
        // A country written with a hyphen ("Guinea-Bissau") is one party.
        if Gazetteer.shared.country(named: t.text) != nil { return nil }
        guard let a = pairSide(t.start..<h, si, &state), let b = pairSide((h + 1)..<t.end, si, &state) else { return nil }
        return (a, b)
    }

    private func pairSide(_ span: Range<Int>, _ si: Int, _ state: inout DocumentState) -> Int? {
        guard let first = scalars[span.lowerBound].properties.isUppercase ? scalars[span.lowerBound] : nil else { return nil }
        _ = first
        let text = ScalarClass.string(scalars[span])
        if let country = Gazetteer.shared.country(named: text) ?? Gazetteer.shared.country(adjective: text) {
            return state.country(country, text: text, span: TextSpan(start: span.lowerBound, end: span.upperBound), sentence: si)
        }
        // A person by surname, or an organisation or place by its name or an alias.
        if let p = state.entities.firstIndex(where: { $0.type == .person && $0.name.split(separator: " ").last.map(String.init) == text }) {
            return p
        }
        return state.entities.firstIndex { $0.type != .person && ($0.name == text || $0.aliases.contains(text)) }
    }
}
