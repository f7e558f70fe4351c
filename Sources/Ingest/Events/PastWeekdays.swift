import EventModel

/// A weekday told in the simple past lies behind the article date, whatever else the sentence
/// says of the future (issue 3, branch meetG): "X, who will step down next month, met Y on
/// Friday" and "X met Y on Friday and will meet Z next week" had Friday resolved ahead, because
/// `will` and `next` make the resolver read the whole sentence as future, and the meeting
/// became planned. `next Friday`, `will meet on Friday` and `is to be hosted on Friday` keep the
/// coming day.
extension EventFinder {
    /// Light verbs in the past before a noun trigger: "held talks", "paid a visit".
    static let pastLightVerbs: Set<String> = ["held", "had", "made", "paid", "began", "opened", "launched", "carried"]
    /// Words right before a past form that make it no simple past: "will be hosted", "to be met".
    static let nonPastAuxiliaries: Set<String> = ["be", "been", "being", "will", "would", "to", "'ll", "shall", "can",
                                                  "could", "may", "might", "must", "should", "is", "are", "am", "has",
                                                  "have", "had"]

    /// Whether the trigger at `k` is told in the simple past: "met", "visited", "held talks".
    func isSimplePast(trigger k: Int, isNoun: Bool, start: Int) -> Bool {
        var v = k
        if isNoun {
            guard let j = (max(start, k - 4)..<k).last(where: { Self.pastLightVerbs.contains(tokens[$0].lower) }) else { return false }
            v = j
        } else {
            let w = tokens[k].lower
            guard w.hasSuffix("ed") || Self.irregularPastVerbs.contains(w) else { return false }
        }
        // Past an adverb or two: "later met", "had also met".
        var p = v - 1, skipped = 0
        while p >= start, skipped < 2, tokens[p].kind == .word, !tokens[p].isCap,
              tokens[p].lower.hasSuffix("ly") || ["also", "later", "then", "first", "already", "again", "briefly"].contains(tokens[p].lower) {
            p -= 1; skipped += 1
        }
        return !(p >= start && Self.nonPastAuxiliaries.contains(tokens[p].lower))
    }

    /// The weekday a week back when a simple-past trigger got a bare weekday that lies after the
    /// article date; nil when nothing needs to change.
    func pastWeekday(_ t: TimeValue, trigger k: Int, isNoun: Bool, start: Int) -> TimeValue? {
        guard let a = articleDate, a.day != nil, t.start > a, t.start == t.end else { return nil }
        let words = t.text.lowercased().split(separator: " ")
        guard words.count <= 2, let last = words.last, Lexicons.shared.weekday(String(last)) != nil,
              words.count == 1 || !["next", "coming"].contains(String(words[0])),
              isSimplePast(trigger: k, isNoun: isNoun, start: start) else { return nil }
        let d = DayArithmetic.date(DayArithmetic.dayNumber(t.start) - 7)
        var back = t
        back.value = d.description
        back.start = d
        back.end = d
        return back
    }
}
