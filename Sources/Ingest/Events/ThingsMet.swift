import EventModel

/// Meeting words whose object is a thing, where the thing's name is capitalised and so hid it
/// from the object check in `EventFinder.build` ("met targets", `non-meeting-cues.tsv`):
/// - "to meet Wall Street earnings estimates", "proposals to meet the Lisbon goals", "meet
///   HDTV standards": a target met;
/// - "have welcomed the government decision", "welcomed his return": approval, no guest;
/// - "arrived in power", "came to office": an office reached, no place visited.
/// A person met stays ("met Ann Roe to discuss the targets"), and so does a guest welcomed
/// ("welcomed the Peruvian president to Downing Street").
extension EventFinder {
    static let welcomedThings = EventCues.words("welcomed-thing")

    func dropThingsMet(_ found: inout [Found]) {
        found.removeAll { f in
            guard !f.isNoun, f.event.type == .meet || f.event.type == .host,
                  let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            let s = sentences[f.event.sentence]
            let w = tokens[k].lower
            if ["meet", "meets", "met", "meeting"].contains(w) { return objectIs(NonMeetingCues.shared.objects, after: k, s) }
            if w == "welcomed" { return objectIs(Self.welcomedThings, after: k, s) }
            return false
        }
        // "arrived in power", "came to office": an office reached, not a place.
        found.removeAll { f in
            guard f.event.type == .visit, let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            let end = sentences[f.event.sentence].tokens.upperBound
            guard let after = (k..<end).first(where: { tokens[$0].end >= f.event.triggerSpan.end }).map({ $0 + 1 }), after < end else { return false }
            return ["power", "office"].contains(tokens[after].lower)
        }
    }

    /// The first lowercase content word after the trigger, past determiners and capitalised
    /// modifiers, is one of `things`; a grammar word or punctuation first means a party or a clause.
    private func objectIs(_ things: Set<String>, after k: Int, _ s: Sentence) -> Bool {
        var j = k + 1
        while j < min(s.tokens.upperBound, k + 7) {
            let t = tokens[j]
            if t.kind == .punct, !["'s", "'", "\u{2019}"].contains(t.lower) { return false }
            // (A capitalised thing word inside the sentence is a name: "met Tom Price", "met Ann Cost".)
            if things.contains(t.lower), t.isCap, !t.isAllCaps { return false }
            if things.contains(t.lower) { return !cueModifiesParty(j, s.tokens.upperBound) } // (PartyModifierCues)
            if !t.isCap, t.kind == .word, !Self.determiners.contains(t.lower), Lexicons.shared.isStopWord(t.lower) { return false }
            j += 1
        }
        return false
    }
}
