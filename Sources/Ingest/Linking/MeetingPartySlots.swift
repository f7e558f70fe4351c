/// The slots of a simple meeting clause a lone name can fill: right before a meeting verb
/// (`Tembo met ...`, `Roe has met ...`, `Roe held talks ...`) or right after `met`/`meets`
/// (`... met Tembo`). A place cannot meet anyone, and a lone unknown word there is a party,
/// most often a person's surname (issue 3, party probes: a sentence-initial surname as a first
/// mention was dropped, and a surname that is also a town, `Darwin`, `Hastings`, was typed a place).
enum MeetingPartySlots {
    /// Verbs a person does as a party of a meeting.
    /// (Not `hosted` or `welcomed`: a town hosts games and welcomes visitors.)
    static let subjectVerbs: Set<String> = ["met", "meets", "visited", "visits"]
    /// `held talks`, `holds talks`.
    static let talkVerbs: Set<String> = ["held", "holds", "hold", "began", "opened"]
    /// Words that may stand between the subject and its verb: auxiliaries and a few adverbs.
    static let between: Set<String> = ["has", "had", "have", "will", "would", "also", "then", "later", "first",
                                       "finally", "briefly", "again", "already", "recently", "subsequently"]
    /// `is to meet`, `was meeting`: a be-verb before `to` or an -ing form (not a passive: `Bergen
    /// was visited by X` keeps the town).
    static let beVerbs: Set<String> = ["is", "was", "are", "were"]

    /// The word at `b` (just after a name) opens a meeting clause with the name as its subject.
    static func opensMeetingClause(_ tokens: [Token], after b: Int) -> Bool {
        var k = b
        var skipped = 0
        while k < tokens.count, skipped < 2, between.contains(tokens[k].lower) { k += 1; skipped += 1 }
        if k + 1 < tokens.count, beVerbs.contains(tokens[k].lower) {
            if tokens[k + 1].lower == "to" { k += 2; skipped += 1 }
            else if ["meeting", "visiting"].contains(tokens[k + 1].lower) { return true }
            else { return false }
        }
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCap else { return false }
        // (`met by`, `visited by`: a passive's subject is the one met or visited.)
        if k + 1 < tokens.count, tokens[k + 1].lower == "by" { return false }
        let w = tokens[k].lower
        if subjectVerbs.contains(w) { return true }
        // `will meet`, `is to meet`: the base form only after an auxiliary.
        if skipped > 0, w == "meet" || w == "visit" { return true }
        if talkVerbs.contains(w), k + 1 < tokens.count, tokens[k + 1].lower == "talks" { return true }
        return false
    }

    /// The words before `a` (the first word of a name) are `met`, `meets`, `met with`, `meets
    /// with` or `meeting with`: the name is the one met.
    static func followsMeetingVerb(_ tokens: [Token], before a: Int) -> Bool {
        guard a > 0 else { return false }
        if ["met", "meets"].contains(tokens[a - 1].lower) { return true }
        return a > 1 && tokens[a - 1].lower == "with" && ["met", "meets", "meeting"].contains(tokens[a - 2].lower)
    }
}

extension MeetingPartySlots {
    /// Towns below this size, named alone in a meeting slot, are read as a person's surname.
    static let maxTownPopulation = 1_000_000

    /// A lone town's name (not a capital, a country or a region) in a meeting slot is a person:
    /// `Darwin met X`, `X met Hastings` (`met in Hastings` keeps the town; a capital acting for its
    /// government keeps its own reading). Typed here, before short forms link to full names.
    static func townsAsPersons(_ cs: inout [Candidate], _ tokens: [Token]) {
        let gaz = Gazetteer.shared
        for k in cs.indices where cs[k].type == .location && cs[k].subtype == "city" && cs[k].tokens.count == 1 && !cs[k].isHeading {
            let a = cs[k].tokens.lowerBound, b = cs[k].tokens.upperBound
            guard !tokens[a].isAllCaps, a == 0 || !EntityLinker.townPrepositions.contains(tokens[a - 1].lower),
                  let place = gaz.places(named: cs[k].text).first, !place.isCapital, place.population < maxTownPopulation,
                  gaz.country(named: cs[k].text) == nil,
                  subjectSlot(tokens, after: b) || followsMeetingVerb(tokens, before: a) else { continue }
            cs[k].type = .person
            cs[k].subtype = nil
            cs[k].countryCode = nil
            cs[k].canonical = nil
            cs[k].isMetonym = false
            cs[k].evidence = .cue
        }
    }

    /// A lone name no lexicon types (not a common English word, not in capitals) in a meeting
    /// slot is a person's surname: `Tembo met X`, `X met Tembo`.
    /// A capitalised common word right after `met` inside a sentence is a name too (`met Straw`),
    /// unless it names a group (`met Officials` in a caption).
    static func isUnknownParty(_ c: Candidate, _ tokens: [Token]) -> Bool {
        guard c.tokens.count == 1 else { return false }
        let a = c.tokens.lowerBound
        guard !tokens[a].isAllCaps else { return false }
        if Lexicons.shared.commonWords.contains(tokens[a].lower) {
            return isCommonWordMet(a, tokens)
        }
        return subjectSlot(tokens, after: c.tokens.upperBound) || followsMeetingVerb(tokens, before: a)
    }

    static func isCommonWordMet(_ a: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[a]
        return t.isCap && !t.isAllCaps && Lexicons.shared.groupNouns[t.lower] == nil && !t.lower.hasSuffix("s")
            && followsMeetingVerb(tokens, before: a)
    }

    /// A meeting clause opens at `b`, or after `and` and another capitalised name there (`Tembo
    /// and Ann Roe met`).
    static func subjectSlot(_ tokens: [Token], after b: Int) -> Bool {
        if opensMeetingClause(tokens, after: b) { return true }
        guard b + 1 < tokens.count, tokens[b].lower == "and", tokens[b + 1].isCap else { return false }
        var k = b + 1
        while k < tokens.count, k < b + 6, tokens[k].kind == .word,
              tokens[k].isCap || MentionFinder.nameParticles.contains(tokens[k].lower) { k += 1 }
        return opensMeetingClause(tokens, after: k)
    }
}
