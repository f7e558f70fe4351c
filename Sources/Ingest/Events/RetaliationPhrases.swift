import EventModel

/// "in retaliation for X", "a revenge attack for X", "in response to X": X is another event, and
/// its place, date and target are not the attack's (issue 3, branch evt;
/// `Scripts/eval/event_audit.py`): "the Ostel Front launched the assault in retaliation for raids
/// on its camps near Marenta last month" dates and places the raids, not the assault.
/// - An attack or killing takes no place, time or patient from the phrase after such a word when
///   its trigger stands before the phrase.
/// - `retaliation` as its own attack trigger in a sentence that tells the attack with another
///   trigger ("launched the attack in retaliation") is the same attack told twice: dropped.
extension EventFinder {
    static let answerWords: Set<String> = ["retaliation", "revenge", "response", "reprisal", "reprisals", "retribution"]

    /// The tokens of the phrase naming the event answered ("for raids on its camps near Marenta last month"),
    /// up to the end of its clause, when it follows the trigger at `k`.
    func answeredEventPhrase(trigger k: Int, _ s: Sentence) -> Range<Int>? {
        let end = near(k, s).upperBound
        var j = k
        while j + 1 < end {
            j += 1
            guard ["for", "to", "against"].contains(tokens[j].lower),
                  (max(s.tokens.lowerBound, j - 3)..<j).contains(where: { Self.answerWords.contains(tokens[$0].lower) }) else { continue }
            var e = j + 1
            while e < end, tokens[e].kind != .punct || ["'s", "'", "\u{2019}", "-"].contains(tokens[e].text) { e += 1 }
            return j..<e
        }
        return nil
    }

    func dropRetaliationTwins(_ found: inout [Found]) {
        var attackSentences: [Int: Int] = [:] // sentence -> attacks by another trigger than `retaliation`
        for f in found where f.event.type == .attack && f.event.trigger.lowercased() != "retaliation" {
            attackSentences[f.event.sentence, default: 0] += 1
        }
        found.removeAll { f in
            f.event.type == .attack && f.event.trigger.lowercased() == "retaliation" && attackSentences[f.event.sentence] != nil
        }
    }
}
