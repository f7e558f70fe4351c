import EventModel

/// "He was visiting his partner Ana Roe, whom he met while she was a nurse in Leeds": the person
/// an object relative clause describes met the clause's subject (a personal encounter, branch
/// meetK wide recall sample). `whom` stands for the name right before its comma; the subject is a
/// name or `he`/`she` (the sentence's salient person), with an auxiliary or adverb allowed before
/// `met` ("whom she had first met"). Not when the subject is the described person itself.
extension EventFinder {
    static let whomVerbGroup: Set<String> = ["had", "has", "have", "first", "later", "once", "only", "then", "recently", "originally", "never"]

    func relativeWhomMet(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            for w in s.tokens where tokens[w].lower == "whom" && w >= s.tokens.lowerBound + 2 && w + 2 < s.tokens.upperBound {
                // ("Ana Roe, 47, whom he met": past the age in apposition.)
                var n = w - 2
                if n - 2 >= s.tokens.lowerBound, tokens[n].kind == .number, tokens[n - 1].text == "," { n -= 2 }
                guard tokens[w - 1].text == ",", let other = state.argAt[n], other.kind == .name,
                      state.entities[other.entity].type == .person else { continue }
                let subject: Arg?
                if let a = state.argAt[w + 1], a.kind == .name { subject = a }
                else if ["he", "she"].contains(tokens[w + 1].lower) { subject = salientPerson(before: w + 1, state, pronoun: tokens[w + 1].lower) }
                else { subject = nil }
                var k = w + 2
                if let a = state.argAt[w + 1], a.kind == .name { k = a.tokens.upperBound }
                while k < s.tokens.upperBound, Self.whomVerbGroup.contains(tokens[k].lower) { k += 1 }
                guard k < s.tokens.upperBound, tokens[k].lower == "met" else { continue }
                // A negated clause ("whom he never met") met nobody.
                if (w + 2..<k).contains(where: { tokens[$0].lower == "never" }) { continue }
                guard let agent = subject, agent.entity != other.entity,
                      state.entities[agent.entity].type == .person else { continue }
                if found.contains(where: { $0.event.triggerSpan.start == tokens[k].start && $0.event.participants.count >= 2 }) { continue }
                // ("Roe, who slashed a man in 1994, went to see Ana Berg, whom he met at a dance": a
                // time before `whom` dates the main clause.)
                guard let f = encounter(k, k + 1, other, si, s, &state, times[si].filter { $0.tokens.lowerBound > w },
                                        agent: agent) else { continue }
                found.removeAll { $0.event.triggerSpan.start == tokens[k].start }
                found.append(f)
            }
        }
    }
}
