import EventModel

/// "X said she would meet Y", "X told reporters he would hold talks with Y": the `would` of
/// reported speech is the speaker's `will`, a plan, not a condition (issue 3, branch meetL, found
/// by the sentence-shape probe grid). ReportedDatedFuture takes it only with a day after the
/// trigger; here the shape itself says it: a reporting verb, (that,) the subject, `would`, the
/// trigger, and no condition after it ("would meet Y if ..."). Wishes ("would like to meet",
/// "would be happy to meet") have another word between `would` and the trigger and stay
/// hypothetical.
extension ModalityCues {
    static let reportedPlanVerbs: Set<String> = ["said", "says", "announced", "confirmed", "added", "insisted", "stated",
                                                 "promised", "pledged", "vowed", "indicated", "revealed"]
    static let hearerVerbs: Set<String> = ["told", "tells", "assured", "informed"]
    /// Words that may stand between `would` and a meeting trigger: light verbs and journeys.
    static let wouldGapWords: Set<String> = ["hold", "have", "pay", "make", "travel", "fly", "go", "also", "then", "later",
                                             "a", "an", "the", "first", "separately", "personally"]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i"]

    static func reportedWould(_ tokens: [Token], _ j: Int, _ k: Int, sentenceStart: Int) -> Bool {
        guard tokens[j].lower == "would", k - j <= 3, (j + 1..<k).allSatisfy({ wouldGapWords.contains(tokens[$0].lower) }) else { return false }
        // No condition after the trigger ("would meet Y if the talks resume"), no vague time
        // ("would meet Y one day", "eventually").
        var e = k + 1
        while e < tokens.count, ![".", ";", "?", "!"].contains(tokens[e].text) {
            let w = tokens[e].lower
            if ["if", "unless", "provided", "someday", "eventually", "sometime"].contains(w) { return false }
            if e + 1 < tokens.count, ["one", "some"].contains(w), ["day", "point", "stage", "time"].contains(tokens[e + 1].lower) { return false }
            e += 1
        }
        // The subject of `would`: a pronoun or a name.
        var s = j - 1
        if s >= sentenceStart, subjectPronouns.contains(tokens[s].lower) {
            s -= 1
        } else {
            var n = 0
            while s >= sentenceStart, tokens[s].isCap, n < 3 { s -= 1; n += 1 }
            guard n > 0 else { return false }
        }
        if s >= sentenceStart, tokens[s].lower == "that" { s -= 1 }
        guard s >= sentenceStart else { return false }
        if reportedPlanVerbs.contains(tokens[s].lower) { return true }
        // "told reporters she would", "told the two leaders that he would": the hearer first.
        var t = s, n = 0
        while t >= sentenceStart, n < 3, tokens[t].kind == .word, !hearerVerbs.contains(tokens[t].lower) { t -= 1; n += 1 }
        return t >= sentenceStart && hearerVerbs.contains(tokens[t].lower)
    }
}
