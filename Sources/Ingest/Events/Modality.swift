import EventModel

/// Modality from the words around a trigger: negation right before it, a hypothetical cue
/// anywhere earlier in the clause (`potential`, `could`, `risked`, `warned ... that`), a
/// future or schedule before it (`will`, `is due to`, `plans to`), else asserted.
enum ModalityCues {
    static let negation: Set<String> = ["not", "never", "no", "n't", "cannot", "neither", "nor", "without"]
    static let refusal: Set<String> = ["refused", "declined", "failed", "refuses", "refuse", "cancelled", "canceled",
                                       "postponed", "scrapped", "rejected", "ruled"]
    static let hypothetical: Set<String> = ["potential", "possible", "possibly", "could", "would", "might", "may", "if",
                                            "unless", "risk", "risked", "risks", "risking", "threat", "threatened",
                                            "threatening", "warned", "warning", "should", "hope", "hopes", "hoping",
                                            "hoped", "want", "wants", "wanted", "eager", "offered", "proposed",
                                            "requested", "impossible", "urged", "possibility",
                                            "consider", "considering", "likely", "unlikely", "whether", "ready", "willing",
                                            "need", "needs", "must",
                                            // "invited her by telephone to come and see him": not (yet) a visit (set E)
                                            "invited", "invite", "invites", "inviting"]
    static let subordinators: Set<String> = ["when", "where", "while", "after", "before", "since"]
    static let frontedPrepositions: Set<String> = ["on", "in", "with", "for", "about", "regarding", "over", "amid", "despite"]
    static let future: Set<String> = ["will", "'ll", "shall", "plans", "planned", "plan", "scheduled", "expected",
                                      "set", "due", "going", "intends", "upcoming", "forthcoming", "next"]
    /// Verbs that settle a future act when `to` follows: "agreed to meet", "have decided to
    /// begin talks", "promised to visit" (a decided meeting is planned, as the eval conventions say).
    static let settledVerbs: Set<String> = ["agreed", "agree", "agrees", "agreeing", "decided", "decide", "decides",
                                            "arranged", "arrange", "promised", "promises", "pledged", "pledges",
                                            "vowed", "vows", "undertook", "undertakes"]
    /// Verbs that start talks ("to open talks") and nouns of a settled deal ("the deal to open talks").
    static let startVerbs: Set<String> = ["open", "start", "begin", "launch", "resume", "reopen", "hold"]
    static let settledNouns: Set<String> = ["deal", "agreement", "decision", "accord"]
    static let clauseBreaks: Set<String> = [";", ":", "but", "while", "although", "whereas", ".", "and", "|"]

    /// Verbs that tell how talks end: as the predicate of a conditioned nominal trigger they
    /// make the outcome, not the talks, conditional.
    static let outcomes: Set<String> = ["fail", "fails", "failed", "collapse", "collapses", "collapsed", "break", "breaks",
                                        "stall", "stalls", "stalled", "falter", "falters", "founder", "founders",
                                        "succeed", "succeeds", "succeeded", "produce", "produces", "yield", "yields"]

    /// The nominal trigger at `k` is the subject of an outcome verb within its next eight words
    /// ("talks with the lenders fail", "the negotiations do not succeed").
    static func outcomeFollows(_ tokens: [Token], _ k: Int) -> Bool {
        var j = k + 1
        while j < min(tokens.count, k + 9) {
            let w = tokens[j].lower
            if [".", ";", ",", ":", "and", "but", "that", "which", "who"].contains(w) { return false }
            if outcomes.contains(w) { return true }
            j += 1
        }
        return false
    }

    static func modality(_ tokens: [Token], trigger k: Int, sentenceStart: Int, isNoun: Bool, hasTime: Bool = false) -> Modality {
        if raisedNegation(tokens, k, sentenceStart) { return .negated }
        // Negation in the three words before ("did not meet", "didn't visit", "no talks")
        var j = k - 1
        while j >= max(sentenceStart, k - 3) {
            // A capitalised word inside the sentence is a name ("Theresa May"), not a cue.
            if tokens[j].isCap, j > sentenceStart { j -= 1; continue }
            let w = tokens[j].lower
            if negation.contains(w) || w.hasSuffix("n't") { return .negated }
            if refusal.contains(w) { return .negated }
            j -= 1
        }
        // "there are no plans to enter into negotiations", "has no intention of meeting"
        j = k - 1
        while j >= max(sentenceStart + 1, k - 8) {
            let w = tokens[j].lower
            if w == "." || w == ";" || w == "but" { break }
            if ["plans", "plan", "intention", "intentions"].contains(w), tokens[j - 1].lower == "no" { return .negated }
            j -= 1
        }
        if k + 2 < tokens.count, isNoun, ["cancelled", "canceled", "postponed", "called"].contains(tokens[k + 2].lower) || ["cancelled", "canceled", "postponed"].contains(tokens[k + 1].lower) {
            return .negated
        }
        // "X is hoping to ..., having negotiated savings with Y": a perfect participle tells what
        // was done before; the hedge of the clause it hangs on is not its own.
        if let h = (max(sentenceStart, k - 3)..<k).last(where: { tokens[$0].lower == "having" }),
           !(h + 1..<k).contains(where: { tokens[$0].kind == .punct }) {
            // ("denied having met X": what is denied did not happen.)
            return h > sentenceStart && ["denied", "denies", "deny", "denying"].contains(tokens[h - 1].lower) ? .negated : .asserted
        }
        // "seemed to open the door to negotiations", "paved the way for talks": what is made
        // possible has not happened.
        if isNoun, opensTheWay(tokens, k, sentenceStart) { return .hypothetical }
        // Hypothetical cue earlier in the sentence, up to fifteen words back; "would hold a
        // meeting today" is reported future, so a dated "would" right before is planned.
        j = k - 1
        while j >= max(sentenceStart, k - 15) {
            if tokens[j].isCap, j > sentenceStart || isSentenceInitialName(tokens, j, sentenceStart) { j -= 1; continue }
            let w = tokens[j].lower
            // ("Fund boss may quit | 0:30 X met Y": a caption's bar ends the headline's hedge.)
            if w == ";" || w == "|" { break }
            // '"Rates must fall," said X after talks with Y': a hedge inside a quotation that closed
            // before the trigger is the speaker's words, not the narrator's about the talks.
            if closesQuote(tokens, j, sentenceStart) { break }
            // ", when the members gather": a new clause, out of reach of "could" before it.
            if j + 1 < k, tokens[j].text == ",", subordinators.contains(tokens[j + 1].lower) { break }
            // "likely to hold output when it meets next week": WhenClauseMeetings.
            if opensTimedWhenClause(tokens, j, k, hasTime: hasTime) { return whenClauseModality(tokens, j, k) }
            // "On the subject of possible investment, X is in talks": a hedge inside a fronted
            // prepositional phrase qualifies the topic, not the clause after the comma.
            if tokens[j].text == ",", frontedPrepositions.contains(tokens[sentenceStart].lower),
               !(sentenceStart..<j).contains(where: { tokens[$0].text == "," }) { break }
            // "is looking forward to meeting him" is ahead; "was looking forward to visiting London"
            // (said after a cancellation) is a wish that did not come true.
            if w == "forward", j > sentenceStart, ["look", "looks", "looking", "looked"].contains(tokens[j - 1].lower), k - j <= 4 {
                return (max(sentenceStart, j - 3)..<j).contains { ["was", "were", "had"].contains(tokens[$0].lower) } ? .hypothetical : .planned
            }
            if hypothetical.contains(w) {
                // "will go bust if rescue talks with creditors fail": the talks are under way; only
                // their outcome is conditional.
                if isNoun, w == "if" || w == "unless", k - j <= 3, outcomeFollows(tokens, k) { return .asserted }
                if w == "would", hasTime, k - j <= 4 { return .planned }
                if reportedWould(tokens, j, k, sentenceStart: sentenceStart) { return .planned } // ("said she would meet X": ReportedWould)
                // "reported that X and Y would discuss it at a meeting on Tuesday": ReportedDatedFuture.
                if reportedDatedFuture(tokens, j, k, sentenceStart: sentenceStart) { return .planned }
                // "hoping to strike a deal at a June summit": the hedge is on the deal; the
                // gathering it is to be struck at is taken as given, and still ahead.
                if isNoun, isVenueObject(tokens, k, sentenceStart) { return .planned }
                return .hypothetical
            }
            j -= 1
        }
        if isNoun, isAwaited(tokens, k, sentenceStart) { return .planned }
        // Future in the six words before: "will meet", "is due to visit", "is to hold talks"
        // ("agreed to cut tariffs after talks on Tuesday": what was agreed comes after the talks,
        // which are over, so `agreed to` does not put them ahead.)
        let afterTalks = isNoun && (max(sentenceStart, k - 3)..<k).contains { ["after", "following"].contains(tokens[$0].lower) }
        // "Opec members are next meeting on 16 March": the next time they meet is ahead.
        if !isNoun, k - 2 >= sentenceStart, tokens[k - 1].lower == "next", ["is", "are"].contains(tokens[k - 2].lower) { return .planned }
        j = k - 1
        while j >= max(sentenceStart, k - 6) {
            if tokens[j].isCap, j > sentenceStart || isSentenceInitialName(tokens, j, sentenceStart) { j -= 1; continue }
            let w = tokens[j].lower
            if clauseBreaks.contains(w) && w != "and" { break }
            if closesQuote(tokens, j, sentenceStart) { break }
            if isFutureCue(tokens, j) { return .planned } // (PlanNouns)
            if settledVerbs.contains(w), j + 1 < k, tokens[j + 1].lower == "to", !afterTalks { return .planned }
            // "agreed on Friday to open membership talks", "the deal to open formal talks": talks
            // settled to start are still to come.
            if isNoun, w == "to", j + 1 < k, startVerbs.contains(tokens[j + 1].lower), k - j <= 4,
               (max(sentenceStart, j - 4)..<j).contains(where: { settledVerbs.contains(tokens[$0].lower) || settledNouns.contains(tokens[$0].lower) }) {
                return .planned
            }
            if w == "to", j > sentenceStart, ["is", "are", "was", "were"].contains(tokens[j - 1].lower),
               j == k - 1 || isNoun && isLightVerbPhrase(tokens, from: j + 1, to: k) {
                return .planned
            }
            j -= 1
        }
        // "He will present a plan in a meeting with X", "Changes are due to be agreed at an economic
        // summit": the gathering where a future act is to happen is itself ahead, however far back
        // the act's `will` stands (a quoted title between them is skipped).
        if isNoun, let p = venuePreposition(tokens, k, sentenceStart), futureActBefore(tokens, p, sentenceStart) { return .planned }
        // A nominal trigger's own verb follows it: "A summit is set to take place", "talks will resume".
        if isNoun {
            // "The negotiations will continue": the talks are under way.
            let own = (k + 1)..<min(tokens.count, k + 4)
            if let c = own.first(where: { ["continue", "continues", "continuing"].contains(tokens[$0].lower) }),
               !(k + 1..<c).contains(where: { [".", ";", ","].contains(tokens[$0].lower) }) { return .asserted }
            // "The summit is thought unlikely to produce a deal": what the meeting will bring is
            // guessed at, so the meeting itself is still to come (unless it is what is doubted:
            // "is unlikely to take place").
            if let m = outcomeForecast(tokens, after: k) { return m }
            var j = k + 1
            while j < min(tokens.count, k + 4) {
                let w = tokens[j].lower
                if w == "." || w == ";" || w == "," { break }
                if isFutureCue(tokens, j) { return .planned } // (PlanNouns)
            if settledVerbs.contains(w), j + 1 < k, tokens[j + 1].lower == "to" { return .planned }
                j += 1
            }
        }
        return .asserted
    }

    /// `door to`, `way for`, `path to`, `door open for` right before a nominal trigger (over an
    /// article and up to two modifiers): "open the door to direct talks", "clear the way for a
    /// summit", "left the door open for talks".
    static func opensTheWay(_ tokens: [Token], _ k: Int, _ sentenceStart: Int) -> Bool {
        var j = k - 1
        while j > sentenceStart, k - j <= 3, tokens[j].kind == .word, !["to", "for"].contains(tokens[j].lower),
              EventFinder.nounTriggerModifiers.contains(tokens[j].lower) || ["peace", "formal", "serious", "meaningful"].contains(tokens[j].lower) { j -= 1 }
        guard j - 1 >= sentenceStart, ["to", "for"].contains(tokens[j].lower) else { return false }
        let ways: Set<String> = ["door", "doors", "way", "path", "road"]
        // ("leave the door open for talks")
        if tokens[j - 1].lower == "open", j - 2 >= sentenceStart { return ways.contains(tokens[j - 2].lower) }
        return ways.contains(tokens[j - 1].lower)
    }

    /// Words that may stand between a venue's `at` and its meeting noun: "at a June summit", "at
    /// next week's meeting", "at the EU's spring summit" (capitalised words and possessives too).
    static let venueModifiers: Set<String> = ["the", "a", "an", "next", "this", "its", "their", "his", "her", "forthcoming",
                                              "upcoming", "planned", "special", "emergency", "annual", "week", "month", "'s", "spring",
                                              "summer", "autumn", "winter"]

    /// The nominal trigger at `k` is the object of `at`: the place and occasion of what the clause
    /// tells ("agree a deal at a June summit"), not what it hedges.
    static func isVenueObject(_ tokens: [Token], _ k: Int, _ sentenceStart: Int) -> Bool {
        guard let j = venuePreposition(tokens, k, sentenceStart, adjectives: false) else { return false }
        return j < k - 1 && tokens[j].lower == "at"
    }

    /// A word of `future` that schedules what follows: not `next` (a date's word) and not a plan as
    /// a thing discussed ("the peace plan": PlanNouns).
    static func isFutureCue(_ tokens: [Token], _ j: Int) -> Bool {
        let w = tokens[j].lower
        return future.contains(w) && w != "next" && !planIsNoun(tokens, j)
    }

    /// The `at`, `in` or `during` whose object the nominal trigger at `k` is ("in a meeting", "at
    /// an economic summit", "during a visit"), over `venueModifiers`, capitalised words and, with
    /// `adjectives`, a lowercase modifier.
    static func venuePreposition(_ tokens: [Token], _ k: Int, _ sentenceStart: Int, adjectives: Bool = true) -> Int? {
        var j = k - 1
        while j > sentenceStart, k - j <= 5,
              tokens[j].isCap || venueModifiers.contains(tokens[j].lower) || adjectives && lowercaseModifier(tokens[j]) { j -= 1 }
        guard j >= sentenceStart else { return nil }
        // ("during talks"; but "is in talks with" tells a state, not a venue.)
        return ["at", "during"].contains(tokens[j].lower) || tokens[j].lower == "in" && j < k - 1 ? j : nil
    }

    /// ("an economic summit", "a monthly meeting": one lowercase adjective-like word.)
    private static func lowercaseModifier(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && (t.lower.hasSuffix("ic") || t.lower.hasSuffix("ly") || t.lower.hasSuffix("al"))
    }

    /// A future cue (`will`, `due to`, `is to`) in the clause before the venue's preposition at `p`,
    /// up to twelve words back, stopping at a comma or a clause break; words inside double quotes
    /// (a quoted title) are stepped over.
    static func futureActBefore(_ tokens: [Token], _ p: Int, _ sentenceStart: Int) -> Bool {
        var j = p - 1, inQuote = false, words = 0
        while j >= sentenceStart, words < 12 {
            let t = tokens[j]
            if EventFinder.doubleQuotes.contains(t.text) { inQuote.toggle(); j -= 1; continue }
            if !inQuote {
                words += 1
                if t.text == "," || clauseBreaks.contains(t.lower) { return false }
                if isFutureCue(tokens, j) { return true }
                if t.lower == "to", j > sentenceStart, ["is", "are"].contains(tokens[j - 1].lower) { return true }
            }
            j -= 1
        }
        return false
    }

    /// `hold membership talks`, `pay a visit`: between `to` and a nominal trigger at `k`, a light
    /// verb and at most two words before the noun, none a clause break ("is to hold membership
    /// talks with Iraq" is still to come, as "is to meet" is).
    static func isLightVerbPhrase(_ tokens: [Token], from a: Int, to k: Int) -> Bool {
        guard a < k, k - a <= 3, EventFinder.lightVerbs.contains(tokens[a].lower) else { return false }
        return !(a + 1..<k).contains { clauseBreaks.contains(tokens[$0].lower) || !tokens[$0].isWord }
    }

    /// Words of a forecast after a nominal trigger's `is`: "is (thought) likely to".
    static let forecastWords: Set<String> = ["likely", "unlikely", "expected", "tipped", "predicted"]
    /// Verbs after such a forecast that doubt the meeting itself, not its outcome.
    static let happeningVerbs: Set<String> = ["take", "happen", "go", "occur", "proceed", "be"]

    /// `is [thought|seen|widely] likely/unlikely/expected to VERB` right after the trigger at `k`:
    /// planned, or hypothetical when the verb is its taking place ("is unlikely to take place").
    static func outcomeForecast(_ tokens: [Token], after k: Int) -> Modality? {
        var j = k + 1
        guard j < tokens.count, ["is", "are"].contains(tokens[j].lower) else { return nil }
        j += 1
        if j < tokens.count, ["thought", "seen", "considered", "widely", "still", "now", "also"].contains(tokens[j].lower) { j += 1 }
        guard j + 2 < tokens.count, forecastWords.contains(tokens[j].lower), tokens[j + 1].lower == "to" else { return nil }
        if happeningVerbs.contains(tokens[j + 2].lower) { return tokens[j].lower == "unlikely" ? .hypothetical : .planned }
        return .planned
    }

    /// Words before `of`/`to` that put what follows still to come: "ahead of talks", "on the eve of
    /// the summit", "in the run-up to Friday's meeting".
    static let awaitingWords: Set<String> = ["ahead", "advance", "eve", "run-up", "lead-up", "preparation", "preparations"]

    /// "Ahead of talks with Y on Friday, X said ...": a gathering told as still awaited is planned,
    /// so its weekday is the coming one. Only articles, modifiers and a possessive time may stand
    /// between (`ahead of next week's crucial talks`). Its twin for bodies' own meetings,
    /// `BodyMeetings.upcomingBodyMeeting`, also turns a hypothetical one planned and reads "in time
    /// for"; merging the two would change either's reach, so both stand.
    static func isAwaited(_ tokens: [Token], _ k: Int, _ sentenceStart: Int) -> Bool {
        var j = k - 1
        while j > sentenceStart, k - j <= 5, tokens[j].kind == .word || tokens[j].lower == "'s", !["of", "to", "for"].contains(tokens[j].lower) { j -= 1 }
        guard j > sentenceStart, ["of", "to", "for"].contains(tokens[j].lower) else { return false }
        // ("ahead of last year's summit": a past one.)
        if (j + 1..<k).contains(where: { ["last", "previous", "past", "recent", "earlier"].contains(tokens[$0].lower) }) { return false }
        return awaitingWords.contains(tokens[j - 1].lower)
    }

    /// A closing quotation mark at `j`: a right double quote, or a straight one right after the
    /// quotation's final punctuation ('... fall," said').
    static func closesQuote(_ tokens: [Token], _ j: Int, _ sentenceStart: Int) -> Bool {
        let t = tokens[j].text
        if t == "\u{201D}" { return true }
        guard t == "\"", j > sentenceStart else { return false }
        return [",", ".", "!", "?"].contains(tokens[j - 1].text)
    }
}
