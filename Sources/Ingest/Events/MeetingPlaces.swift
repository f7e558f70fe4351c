import EventModel

/// Where an event took place, beyond the plain `in`/`at` + gazetteer place of `location(...)`
/// (issue 3, branch meetG; kinds tallied in docs/unseen-kinds.md, "meetG dates and places of
/// meetings"):
/// - a government named by its seat after `at`/`in`/`outside`/`inside` is the building the
///   meeting was held in: "met Y at the Kremlin", "greeted Y outside Downing Street",
///   "held talks with Y in the Oval Office";
/// - `on` before a street or a hill: "met union leaders on Burgess Hill";
/// - a place right before `to` + the trigger: "... and on Burgess Hill to meet Y";
/// - no place a later journey reaches: "met Y and then flew to Lima";
/// - a place that only qualifies a person or a body is no scene: "in the Ohio governor's office",
///   "stock in UK grocery chain Harlow Stores";
/// - a place that only locates the speaker is no scene: "Officials in Lima said X met Y";
/// - `, where` before the trigger points back at the place before it, even when the main clause
///   names another place: "landed in Chile, coming from Peru, where he had met X".
extension EventFinder {
    /// Prepositions after which a government's seat is the venue.
    static let seatPrepositions: Set<String> = ["at", "in", "outside", "inside"]

    /// The last words of a government's name that make it a building: "White House", "Oval Office",
    /// "Downing Street", "Kremlin".
    static let buildingWords: Set<String> = ["house", "office", "street", "palace", "hall", "kremlin", "pentagon", "whitehall",
                                             "building", "chancellery", "residence", "mansion", "capitol"]

    /// The last words of names that stand `on`: a street, a hill, an island.
    static let onPlaceHeads: Set<String> = ["hill", "street", "avenue", "boulevard", "island", "square"]

    /// A government body named by its building ("White House", "Kremlin", "Foreign Office"), after
    /// a locative preposition: the meeting's venue. A whole government ("the Kenyan Government")
    /// is no building.
    /// For events other than meetings only a building's name counts ("announced in the Oval Office"):
    /// "'we thank the staff at the FBI,' X said" does not place the saying.
    func isSeatVenue(_ entity: Entity, preposition p: String, anyBody: Bool) -> Bool {
        guard entity.type == .organization, entity.subtype == "government" else { return false }
        let last = Self.lastWord(of: entity)
        if last == "government" || last == "governments" { return false }
        if !anyBody, !Self.buildingWords.contains(last) { return false }
        return Self.seatPrepositions.contains(p) || p == "on" && Self.onPlaceHeads.contains(last)
    }

    /// `on` + a street or hill that is a place: "on Burgess Hill", "on Ryder Street".
    func isOnPlace(_ entity: Entity, preposition p: String) -> Bool {
        guard p == "on", entity.type == .location else { return false }
        return Self.onPlaceHeads.contains(Self.lastWord(of: entity))
    }

    /// The last word of a name, lowercased: what says a building ("House") or a street ("Hill").
    private static func lastWord(of entity: Entity) -> String {
        entity.name.split(separator: " ").last.map { $0.lowercased() } ?? ""
    }

    /// A place that qualifies a person or thing owned ("the Ohio governor's office": a place,
    /// a lowercase noun, then `'s`), or the speaker's own place before a reporting verb that comes
    /// before the trigger ("Officials in Lima said ..."): no scene for the event.
    func placeQualifiesOther(_ a: Arg, trigger k: Int, _ s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        let n = a.tokens.upperBound
        if n + 1 < end, tokens[n].kind == .word, !tokens[n].isCap, tokens[n + 1].lower == "'s" { return true }
        // "stock in UK grocery chain Harlow Stores", "talks with US lender Tally Bank": the place before
        // one or two content words and a name describes that name.
        if n + 1 < end, isContentWord(tokens[n]) {
            let m = n + 1 < end && isContentWord(tokens[n + 1]) ? n + 2 : n + 1
            if m < end, tokens[m].isCap, tokens[m].kind == .word, Lexicons.shared.timeWords[tokens[m].lower] == nil { return true }
        }
        // The speaker's place: "X in Lima said", "officials in Lima told reporters ...".
        if n < k, n < end, Self.reportingVerbs.contains(tokens[n].lower) || tokens[n].lower == "announced" { return true }
        return false
    }

    /// A place inside a relative clause that does not hold the trigger at `k` is that clause's:
    /// "Tom Roe, who runs a shop in Leeds, met Ann Berg", "met Ann Berg, who was born in Leeds",
    /// "Ann Berg, whom he met in Leeds in 1994, visited Roe" (for the visit). A clause on a
    /// meeting noun tells the meeting's own place ("the talks, which were held in Geneva, ended").
    func placeInOtherRelativeClause(_ a: Arg, trigger k: Int, _ s: Sentence) -> Bool {
        let start = s.tokens.lowerBound, from = a.tokens.lowerBound
        guard let r = (max(start + 1, from - 10)..<from).last(where: { Self.relativeOpeners.contains(tokens[$0].lower) }),
              tokens[r - 1].text == ",", !(r..<from).contains(where: { tokens[$0].text == "," || startsRunOnSentence($0) }) else { return false }
        let end = (a.tokens.upperBound..<s.tokens.upperBound).first { tokens[$0].text == "," } ?? s.tokens.upperBound
        if (r..<end).contains(k) { return false }
        return !(r >= start + 2 && isMeetingNoun(r - 2))
    }

    /// A capitalised function word inside a sentence ("... in January While in Washington, Trump
    /// plans"): a caption run on into the next sentence, so no clause goes on past it.
    private func startsRunOnSentence(_ j: Int) -> Bool {
        tokens[j].isCap && !tokens[j].isAllCaps && Lexicons.shared.stopWords[tokens[j].lower] == .function
    }

    /// Verbs of a journey that start a clause of their own after the trigger.
    static let journeyVerbs: Set<String> = ["flew", "landed", "arrived", "travelled", "traveled", "headed", "returned",
                                            "left", "went", "drove", "moved", "flies", "lands", "arrives", "heads", "returns"]

    /// A place after the trigger that a journey of another clause reaches: "met Y and then flew to
    /// Lima", "met Y, who arrived in Lima", a run-on caption "had a meeting with Y Roe flew in and
    /// landed at Carver Airport". "met Y after she arrived in Lima" keeps its place (the journey is the
    /// meeting's own setting).
    func placeOfLaterJourney(_ a: Arg, trigger k: Int) -> Bool {
        guard a.tokens.lowerBound > k + 1 else { return false }
        // The journey's verb stands right before its place ("flew to", "flew in on Monday and landed at").
        for j in max(k + 1, a.tokens.lowerBound - 3)..<a.tokens.lowerBound where Self.journeyVerbs.contains(tokens[j].lower) && !tokens[j].isCap {
            let before = tokens[j - 1]
            if ["and", "then", "who", "which"].contains(before.lower) || before.isCap && before.kind == .word { return true }
        }
        return false
    }

    /// A place right before `to` + the trigger is the place of that purpose: "stopped at the
    /// Kremlin for a meeting with X and on Burgess Hill to meet Y" (Burgess Hill for Y, whatever is
    /// more specific elsewhere in the sentence).
    func placeBeforeInfinitive(_ a: Arg, trigger k: Int) -> Bool {
        a.tokens.upperBound + 1 == k && tokens[a.tokens.upperBound].lower == "to"
    }

    /// A lowercase word that is no function word, time word or number: "banking", "group", "bank".
    private func isContentWord(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && Lexicons.shared.stopWords[t.lower] == nil && Lexicons.shared.timeWords[t.lower] == nil
            && TimeResolver.numberWords[t.lower] == nil
    }

    /// The place before `, where` when the trigger follows within a few words:
    /// "... coming from Peru, where he had met President X".
    func wherePlace(_ k: Int, _ start: Int, _ state: DocumentState) -> Arg? {
        guard let w = (max(start, k - 5)..<k).last(where: { tokens[$0].lower == "where" }), w >= start + 2,
              tokens[w - 1].text == ",", let p = state.argAt[w - 2], state.entities[p.entity].type == .location else { return nil }
        return p
    }
}
