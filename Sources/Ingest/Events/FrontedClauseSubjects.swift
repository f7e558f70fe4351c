import EventModel

/// A meeting or an arrival told in a phrase that opens the sentence belongs to the subject of
/// the main clause after the comma (issue 3, world-news visits and talks, branch meetF):
/// - "Upon arriving in Peru on Sunday, President Ann Roe praised ...", "After landing in Lima,
///   Roe met ...": the arrival had no traveller and was dropped;
/// - "Following the collapse in talks with the Greens and the Free Democrats, Chancellor Kahl
///   turned to ...", "After talks with the unions, the airline said ...": the talks kept only
///   their counterparts and were dropped.
/// Only when the main clause's subject is a name (a person for arrivals; a person or a body
/// for talks) followed by its verb: "After arriving in Lima, the plane refuelled" and "After
/// talks with X, it was agreed" stay as they were. TripRules already gives a fronted trip
/// noun ("During his visit, X ...") its traveller.
extension EventFinder {
    /// Words that open a fronted adverbial phrase.
    static let frontedOpeners: Set<String> = ["upon", "on", "after", "following", "before", "ahead", "during", "amid", "since", "while",
                                              "in", "at"]
    /// Talks nouns, and the gerunds of arrival that a fronted phrase holds.
    static let frontedTalkHeads: Set<String> = ["talks", "negotiations", "discussions", "meeting", "meetings", "summit"]
    static let frontedArrivalHeads: Set<String> = ["arriving", "landing", "visiting", "touring", "travelling", "traveling"]
    /// Gerunds of meeting verbs a fronted phrase may hold with their object ("After meeting X,").
    static let frontedMeetingGerunds: Set<String> = ["meeting", "hosting", "greeting"]

    func frontedClauseSubjects(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].event.type.isMeeting {
            let e = found[i].event
            guard !e.participants.contains(where: { $0.role == .agent }),
                  let k = tokenIndex(at: e.triggerSpan.start) else { continue }
            let head = tokens[k].lower
            let arrival = e.type == .visit && Self.frontedArrivalHeads.contains(head)
            // ("After meeting Ana Roe, Ivo Berg said": a gerund of meeting with its object, branch meetL.)
            let gerund = !found[i].isNoun && Self.frontedMeetingGerunds.contains(head)
            let talks = (found[i].isNoun && Self.frontedTalkHeads.contains(head) || gerund) && e.type != .visit && !e.participants.isEmpty
            guard arrival || talks else { continue }
            let s = sentences[e.sentence]
            guard let comma = frontedPhraseEnd(k, s) ?? (talks ? commalessPhraseEnd(k, e, s, state) : nil) else { continue }
            guard let subject = mainClauseSubject(after: comma, s.tokens.upperBound, state) else { continue }
            let type = state.entities[subject].type
            if arrival, type != .person { continue }
            // (A named building that acts is its institution: "the hospital called off its plan".)
            if talks, type == .location, !["country", "facility"].contains(state.entities[subject].subtype) { continue }
            guard e.location != subject else { continue }
            // ("Shortly after arriving in Nairobi, Tom Obi, ...": the name after the comma may
            // have been read as one more object of the phrase.)
            found[i].event.participants.removeAll { $0.entity == subject }
            found[i].event.participants.insert(Participant(entity: subject, role: .agent), at: 0)
        }
    }

    /// The comma closing a phrase that opens the sentence with an opener word ("Upon arriving
    /// in Peru on Sunday,", "Following the collapse in talks with X and Y,"): the first comma
    /// after the trigger that is not inside a list of names ("talks with Peru, Chile and Bolivia,").
    func frontedPhraseEnd(_ k: Int, _ s: Sentence) -> Int? {
        guard frontedOpener(k, s) != nil else { return nil }
        let end = min(s.tokens.upperBound, k + 20)
        var j = k + 1
        while j < end {
            if tokens[j].kind == .punct, tokens[j].text != "," , tokens[j].text != "-", tokens[j].text != "'s" { return nil }
            if tokens[j].text == "," {
                // A comma inside a list of names: another name and `and` follow before the next comma.
                let next = (j + 1..<min(end, j + 8)).first { tokens[$0].text == "," }
                let listGoesOn = next.map { n in (j + 1..<n).contains { tokens[$0].lower == "and" || tokens[$0].lower == "or" } } ?? false
                if !listGoesOn { return j }
            }
            j += 1
        }
        return nil
    }

    /// The word opening a fronted phrase that holds the trigger at `k`, at most eight words before it.
    /// "Shortly after", "Just hours before", "Then, after": a few words may come first; ("At a news
    /// conference following talks with X, Y said": the opener may follow a short phrase.)
    private func frontedOpener(_ k: Int, _ s: Sentence) -> Int? {
        let first = s.tokens.lowerBound
        guard let o = (first..<min(k, first + 6)).first(where: { Self.frontedOpeners.contains(tokens[$0].lower) }) else { return nil }
        if tokens[o].lower == "ahead", o + 1 < k, tokens[o + 1].lower != "of" { return nil }
        return k - o <= 8 ? o : nil
    }

    /// "But after talks with Powys Health Board the hospital called off its plan": a fronted talks
    /// phrase that no comma closes ends after its last counterpart when `the` comes next, since a
    /// name cannot go on with `the`. The token before that `the` is returned in the comma's place.
    private func commalessPhraseEnd(_ k: Int, _ e: Event, _ s: Sentence, _ state: DocumentState) -> Int? {
        guard frontedOpener(k, s) != nil else { return nil }
        var last: Int? = nil
        for p in e.participants {
            guard let a = (k + 1..<min(s.tokens.upperBound, k + 20)).lazy.compactMap({ state.argAt[$0] }).first(where: { $0.entity == p.entity })
            else { continue }
            last = max(last ?? 0, a.tokens.upperBound)
        }
        guard let end = last, end < s.tokens.upperBound, tokens[end].lower == "the",
              (k + 1..<end).allSatisfy({ tokens[$0].kind != .punct || tokens[$0].text == "'s" }) else { return nil }
        return end - 1
    }

    /// The name right after the comma, followed by its verb (a lowercase word that is no
    /// preposition or conjunction) or by an apposition closed with a comma.
    private func mainClauseSubject(after comma: Int, _ end: Int, _ state: DocumentState) -> Int? {
        var j = comma + 1
        if j < end, tokens[j].lower == "the" { j += 1 }
        // Titles before the name: "President Ann Roe", "Chancellor Kahl".
        var steps = 0
        while j < end, state.argAt[j] == nil, steps < 3, tokens[j].isCap { j += 1; steps += 1 }
        // (A body or person given by description is a subject too: "the US carmaker said", DescribedBodies.)
        guard j < end, let a = state.argAt[j], a.kind == .name || a.kind == .descriptor else { return nil }
        let after = a.tokens.upperBound
        guard after < end else { return nil }
        let next = tokens[after]
        if next.text == "," { return a.entity }
        // The verb, perhaps after an adverb ("Roe also met", "Kahl then said"): "the pan-European
        // bourse said" has a noun there, and the name is only a modifier.
        var v = after
        if v + 1 < end, ["also", "then", "later", "quickly", "immediately", "finally"].contains(tokens[v].lower) { v += 1 }
        return looksLikeVerb(tokens[v]) ? a.entity : nil
    }

    static let irregularPastVerbs: Set<String> = ["met", "went", "told", "said", "made", "held", "took", "gave", "flew", "left",
                                                  "began", "spoke", "saw", "sent", "came", "sat", "led", "won", "set", "put",
                                                  "laid", "paid", "got", "kept", "found", "brought", "stood", "wrote", "drove", "rode"]

    /// A finite verb: an auxiliary, a past form in -ed or a common irregular one, or a present in -s.
    func looksLikeVerb(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCap, !t.lower.hasPrefix("'") else { return false }
        let w = t.lower
        if Self.auxiliaries.contains(w) || Self.beVerbs.contains(w) || Self.speechVerbs.contains(w) || Self.irregularPastVerbs.contains(w) { return true }
        if Self.prepositions.contains(w) || ["and", "or", "who", "which", "that", "news", "bus", "gas"].contains(w) { return false }
        return w.hasSuffix("ed") || w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
    }
}

/// "flew into Lima", "touched down in Lima", "left for Quito", "departed for Quito", "arrived on
/// Sunday in Lima": journeys that are visits only when a person makes them, like PersonArrivals'
/// ("the plane left for Quito", "the rocket touched down in the sea" are none).
extension EventFinder {
    static let personJourneyTriggers: Set<String> = ["flew into", "flies into", "touched down in", "left for", "departed for"]

    /// Words that may stand between "arrived" and "in": a time ("arrived on Sunday in"), "back".
    /// A manner ("arrived safely in") is a vehicle's or a cargo's more often than a visitor's.
    static let arrivalGapWords: Set<String> = ["on", "back", "late", "early", "earlier", "later", "here", "there", "overnight"]

    func dropJourneysOfThings(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .visit else { return false }
            let words = f.event.trigger.lowercased().split(separator: " ").map(String.init)
            let gapped = words.count > 2 && ["arrived", "arrives"].contains(words[0]) && words.last == "in"
            guard Self.personJourneyTriggers.contains(words.joined(separator: " ")) || gapped else { return false }
            if gapped, !words.dropFirst().dropLast().allSatisfy({ Self.arrivalGapWords.contains($0) || Lexicons.shared.timeWords[$0] != nil }) {
                return true
            }
            return !f.event.participants.contains { $0.role == .agent && state.entities[$0.entity].type == .person }
        }
    }
}
