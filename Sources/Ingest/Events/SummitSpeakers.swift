import EventModel

/// "President Tom Obi told the Apec summit in Lima that ...", "Ann Roe, who addressed the G8
/// summit, said": whoever speaks to a body's summit is there, and the gold lists named attendees
/// with the body (`note` of `../shared/eval/meetings-dev-*.json`). Only a summit or meeting that
/// has the body as its one party, right after "told/addressed the"; a speech at a conference of
/// no body stays unannotated.
extension EventFinder {
    static let summitSpeechVerbs: Set<String> = ["told", "addressed", "addresses", "tells", "address", "telling", "addressing"]

    func summitSpeakers(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].event.type == .meet && found[i].isNoun && found[i].event.participants.count <= 1 {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start), ["summit", "meeting", "summits"].contains(tokens[k].lower) else { continue }
            let si = found[i].event.sentence
            let start = sentences[si].tokens.lowerBound
            // Back over the body's name (and an abbreviation in brackets) to "the", then the verb.
            // (A name with its abbreviation in brackets may have left the summit with no party.)
            var j = k - 1, named: Int? = nil
            while j > start, tokens[j].isCap || ["(", ")", "-"].contains(tokens[j].text) {
                if let a = state.argAt[j], state.entities[a.entity].subtype == "intergovernmental" { named = named ?? a.entity }
                j -= 1
            }
            guard let body = found[i].event.participants.first?.entity ?? named, state.entities[body].subtype == "intergovernmental" else { continue }
            if found[i].event.participants.isEmpty {
                found[i].event.participants = [Participant(entity: body, role: .participant)]
                found[i].flags.insert("body")
            }
            guard j > start, tokens[j].lower == "the", Self.summitSpeechVerbs.contains(tokens[j - 1].lower) else { continue }
            let verb = j - 1
            var speaker: Arg? = nil
            // "Tom Obi himself, who told": the relative's antecedent.
            if verb >= start + 2, tokens[verb - 1].lower == "who", tokens[verb - 2].text == "," {
                var a = verb - 3
                if a > start, ["himself", "herself"].contains(tokens[a].lower) { a -= 1 }
                if a >= start, let named = state.argAt[a], named.kind == .name { speaker = named }
            } else {
                speaker = leftArguments(verb, start, &state, si).last
            }
            guard let who = speaker, state.entities[who.entity].type == .person, who.entity != body else { continue }
            found[i].event.participants.insert(Participant(entity: who.entity, role: .agent), at: 0)
            found[i].event.participants[1].role = .participant
        }
    }
}
