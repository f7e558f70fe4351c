import EventModel

/// "The two sides" with more than two candidates (issue 3, precision audit of branch meetJ on
/// unseen BBC business news): "X is suing Y over its new service; Y uses Z's logo. Months of
/// talks between the two sides had broken down" gave the talks to the last two bodies named (Y and
/// Z), not to the two sides of the dispute (X and Y); "Peru and Chile have quarrelled over state
/// aid to two airlines. The two sides resumed talks" gave them to a country and an airline. `sides` says nothing of what the two are, so the walk back to
/// the last two bodies or countries is a guess once a third one stands in the passage it
/// searches: then the talks are left without parties (and are dropped) rather than given a wrong
/// pair. With exactly two named ("Peru and Chile have been at odds ... The two sides agreed to
/// reopen talks") the pair stands.
extension EventFinder {
    /// Sentences before the one saying "the two sides" that the pair walk searches (`pairReference`).
    static let sidesWindow = 3

    func dropAmbiguousSides(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].event.type.isMeeting {
            let si = found[i].event.sentence
            let s = sentences[si].tokens
            guard let sides = s.first(where: { k in
                tokens[k].lower == "sides" && k >= s.lowerBound + 2 && tokens[k - 1].lower == "two" && tokens[k - 2].lower == "the"
            }) else { continue }
            var bodies = Set<Int>()
            for k in sentences[max(0, si - Self.sidesWindow)].tokens.lowerBound..<sides {
                guard let a = state.argAt[k], a.kind == .name, a.tokens.lowerBound == k else { continue }
                let e = state.entities[a.entity]
                if e.type == .organization && e.subtype != "group" || e.type == .location && e.subtype == "country" {
                    bodies.insert(a.entity)
                }
            }
            // The pair walk gave two of the bodies named before `sides` (one may stand in the
            // sentence itself: "a Chilean minister said the two sides would talk again").
            let walked = found[i].event.participants.filter { bodies.contains($0.entity) }
            if walked.count == 2, bodies.count > 2 {
                let roles = walked.map(\.role)
                found[i].event.participants.removeAll { p in walked.contains { $0.entity == p.entity } }
                // "The US and EU stepped back from a dispute over aid to Airbus and Boeing. The two
                // sides agreed to reopen talks": the pair named together as a clause's subject (or
                // "between A and B") are the sides, not the last two names.
                if let pair = lastSidesPair(from: sentences[max(0, si - Self.sidesWindow)].tokens.lowerBound, to: sides, state) {
                    found[i].event.participants += zip(pair, roles).map { Participant(entity: $0, role: $1) }
                }
            }
        }
    }

    /// The last "A and B" of two bodies (organisations or countries) in `a..<b` that is a clause's
    /// subject (a verb follows: "the US and EU stepped back", "Peru and Chile have quarrelled") or
    /// follows `between`.
    private func lastSidesPair(from a: Int, to b: Int, _ state: DocumentState) -> [Int]? {
        let isBody = { (e: Int) -> Bool in
            let x = state.entities[e]
            return x.type == .organization && x.subtype != "group" || x.type == .location && x.subtype == "country"
        }
        return lastCoordinatedPair(from: a, to: b, state, fits: isBody) { first, second in
            let after = second.tokens.upperBound
            // (A verb follows, an auxiliary or a past form: not "Airbus and US firm Boeing".)
            let subject = after < b && tokens[after].kind == .word && !tokens[after].isCap
                && (Self.auxiliaries.contains(tokens[after].lower) || tokens[after].lower.hasSuffix("ed")
                    || Self.speechVerbs.contains(tokens[after].lower))
            return subject || first.tokens.lowerBound > 0 && tokens[first.tokens.lowerBound - 1].lower == "between"
        }
    }
}
