import EventModel

/// "Talks with the unions will resume on Monday, the Northfield Exchange said": talks that open
/// the sentence with only their counterparts are the speaker's talks, when the sentence ends with
/// ", X said" and X is a named body or person (a paper reporting it, "the Times reported", is the
/// one exception: `QuotedWe.speakerSide` rules media out the same way).
extension EventFinder {
    static let frontedTalkNouns: Set<String> = ["talks", "negotiations", "discussions"]

    func frontedTalksSpeaker(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].isNoun && (found[i].event.type == .negotiate || found[i].event.type == .meet) {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence]
            var start = s.tokens.lowerBound
            if tokens[start].lower == "the" { start += 1 }
            guard k == start, Self.frontedTalkNouns.contains(tokens[k].lower), k + 1 < s.tokens.upperBound,
                  tokens[k + 1].lower == "with" else { continue }
            guard let speaker = sentenceFinalSpeaker(s, state) else { continue }
            let parties = Set(found[i].event.participants.map(\.entity))
            guard !parties.isEmpty, !parties.contains(speaker) else { continue }
            for j in found[i].event.participants.indices where found[i].event.participants[j].role == .agent {
                found[i].event.participants[j].role = .participant
            }
            found[i].event.participants.insert(Participant(entity: speaker, role: .agent), at: 0)
        }
    }

    /// ", the Northfield Exchange said." / ", said Ann Roe." at the end of the sentence.
    private func sentenceFinalSpeaker(_ s: Sentence, _ state: DocumentState) -> Int? {
        var end = s.tokens.upperBound
        while end > s.tokens.lowerBound, tokens[end - 1].kind == .punct, tokens[end - 1].text != "," { end -= 1 }
        guard let comma = (max(s.tokens.lowerBound, end - 9)..<end).last(where: { tokens[$0].text == "," }) else { return nil }
        var j = comma + 1
        if j < end, Self.speechVerbs.contains(tokens[j].lower) { j += 1 }
        if j < end, tokens[j].lower == "the" { j += 1 }
        guard j < end, let a = state.argAt[j], a.kind == .name else { return nil }
        let e = state.entities[a.entity]
        guard e.type != .location, e.subtype != "media" else { return nil }
        let rest = a.tokens.upperBound
        let said = Self.speechVerbs.contains(tokens[comma + 1].lower) && rest == end
            || rest + 1 == end && Self.speechVerbs.contains(tokens[rest].lower)
        return said ? a.entity : nil
    }
}
