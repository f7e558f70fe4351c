import EventModel

/// Attack words that name no force (issue 3, branch evt; `Scripts/eval/event_audit.py`): `attack`
/// is CAMEO 19x, and the press "attacks" plans and pledges far more often than anyone attacks a town.
/// - Words, not force: "X attacked the government's housing plans", "Y attacks Z's 'broken
///   promises'"... "bitter attacks on the mayor". The object is a thing criticised
///   (`event-cues.tsv` class `criticised-thing`) or the noun has a verbal adjective (class
///   `verbal-attack`). With an agent it is criticism, retyped `accuse` with CAMEO 111
///   ("Criticize or denounce"); with none it is a figure of speech ("a direct attack on press
///   freedom"), dropped.
/// - An aim, not a target: "the chain is targeting young shoppers", "the mission is targeting
///   a launch in June". `targeting` is an attack only when its
///   sentence has a violence word (class `violence`: "robberies targeting tourists").
/// Kept: "rebels attacked the convoy", "an attack on the base", "militants attacked government
/// offices" (offices are no criticised thing).
extension EventFinder {
    static let criticisedThings = EventCues.words("criticised-thing")
    static let verbalAttackWords = EventCues.words("verbal-attack")
    /// How far around a trigger its clause is read (tokens): the checks of conflict and accord
    /// events look this far each way, so a huge one-sentence text stays linear.
    static let clauseReach = 30

    /// The tokens of sentence `s` within `clauseReach` of token `k`.
    func near(_ k: Int, _ s: Sentence) -> Range<Int> {
        max(s.tokens.lowerBound, k - Self.clauseReach)..<min(s.tokens.upperBound, k + Self.clauseReach + 1)
    }

    func refineNonViolentAttacks(_ found: inout [Found]) {
        var drop = Set<Int>()
        for i in found.indices where found[i].event.type == .attack {
            guard let k = triggerHead(found[i].event) else { continue }
            let s = sentences[found[i].event.sentence]
            let w = tokens[k].lower
            if w == "targeting" {
                if !near(k, s).contains(where: { Self.violenceWords.contains(tokens[$0].lower) && $0 != k }) { drop.insert(i) }
                continue
            }
            guard w.hasPrefix("attack") else { continue }
            let verbal = k > s.tokens.lowerBound && Self.verbalAttackWords.contains(tokens[k - 1].lower)
            guard verbal || criticisedObject(after: k, s) else { continue }
            if found[i].event.participants.contains(where: { $0.role == .agent }) {
                found[i].event.type = .accuse
                found[i].event.cameo = "111"
            } else {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { found = found.enumerated().filter { !drop.contains($0.offset) }.map(\.element) }
    }

    /// The head token of an event's trigger: its last word ("held talks" -> `talks`).
    func triggerHead(_ e: Event) -> Int? {
        guard var j = tokenIndex(at: e.triggerSpan.start) else { return nil }
        while j + 1 < tokens.count, tokens[j + 1].end <= e.triggerSpan.end { j += 1 }
        return j
    }

    /// The object of the attack word at `k` ("attacked X's plans", "attack on the rights of"):
    /// its first lowercase content word, past `on`/`against`, determiners, possessors and quotes,
    /// is a thing criticised.
    private func criticisedObject(after k: Int, _ s: Sentence) -> Bool {
        var j = k + 1
        let end = min(s.tokens.upperBound, k + 9)
        if j < end, ["on", "against", "upon"].contains(tokens[j].lower) { j += 1 }
        while j < end {
            let t = tokens[j]
            if Self.criticisedThings.contains(t.lower) { return true }
            if t.kind == .punct, !["'s", "'", "\u{2019}", "\"", "\u{201C}", "\u{2018}"].contains(t.lower) { return false }
            // A grammar word or pronoun that is no determiner ends the object ("attacked them after ...").
            if t.kind == .word, !t.isCap, !Self.determiners.contains(t.lower),
               let c = Lexicons.shared.stopWords[t.lower], c == .function || c == .pronoun { return false }
            j += 1
        }
        return false
    }
}
