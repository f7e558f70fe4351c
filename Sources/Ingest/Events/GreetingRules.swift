import EventModel

/// Greeting someone in person is meeting them (issue 3, trigger audit on unseen dated news):
/// "the chancellor greeted the president at the airport", "the two leaders greeted each other".
/// The rows `greeted`/`greeting` in `event-triggers.tsv` find them; this keeps the ones between
/// people. A greeting that is a reaction is none: "supporters greeted the news with relief",
/// "greeted the umpire's decision with jeers", "greeted the pitcher with a single" (a hit in
/// baseball). A passive greeting ("was greeted by his wife") is `EncounterRules.greeted`'s, which
/// knows when the greeters are people ("was greeted by cheers" is not).
extension EventFinder {
    static let greetingHeads: Set<String> = ["greeted", "greeting"]
    static let reactionNouns = EventCues.words("reaction")

    func dropReactionGreetings(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .meet, let k = tokenIndex(at: f.event.triggerSpan.start),
                  Self.greetingHeads.contains(tokens[k].lower) else { return false }
            let s = sentences[f.event.sentence].tokens
            // Passive: EncounterRules.greeted decides.
            var b = k - 1
            while b > s.lowerBound, tokens[b].lower.hasSuffix("ly") { b -= 1 }
            if b >= s.lowerBound, Self.beVerbs.contains(tokens[b].lower) { return true }
            // "greeted Roe's decision": the thing, not its owner, is greeted.
            var j = k + 1
            while j < s.upperBound, ["the", "a", "an", "his", "her", "their", "its"].contains(tokens[j].lower) { j += 1 }
            if j < s.upperBound, let a = state.argAt[j], a.tokens.upperBound < s.upperBound,
               ["'s", "'", "\u{2019}"].contains(tokens[a.tokens.upperBound].lower) { return true }
            if j < s.upperBound, Self.reactionNouns.contains(tokens[j].lower) { return true }
            // "greeted X with jeers": a reaction; "greeted X with a hug" is a welcome in person.
            var w = j
            while w < min(s.upperBound, k + 10), tokens[w].lower != "with", !Self.objectStops.contains(tokens[w].lower) { w += 1 }
            if w < s.upperBound, tokens[w].lower == "with" {
                var n = w + 1
                while n < min(s.upperBound, w + 5), tokens[n].kind == .word, !tokens[n].isCap,
                      !Self.greetingNouns.contains(tokens[n].lower), !Self.reactionNouns.contains(tokens[n].lower) { n += 1 }
                if n < s.upperBound, Self.reactionNouns.contains(tokens[n].lower) { return true }
            }
            // People greet people; greeting a place or a thing is no meeting.
            return f.event.participants.count < 2
        }
    }
}
