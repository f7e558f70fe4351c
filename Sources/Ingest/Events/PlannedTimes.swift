import EventModel

/// The time of a meeting told as still to come lies ahead of the article date (issue 3, branch
/// meetL, found by the sentence-shape probe grid `Scripts/eval/probe_meetings.py`): "X and Y are
/// to meet on Friday", "X is expected to meet Y in December", "X is meeting Y on Friday" had the
/// weekday or month resolved behind the article date, because the resolver reads a sentence as
/// future only from words like `will`, `next` or `due`, not from "are to", "expected to" or a
/// present progressive. The mirror of PastWeekdays: there a simple past pulls the day back.
extension EventFinder {
    /// Tense words before the trigger that put the plan itself in the past ("was to meet on
    /// Friday" tells what had been planned, its Friday the one behind).
    static let pastPlanWords: Set<String> = ["was", "were", "had", "did"]

    /// The same expression resolved forward when the event at `k` is planned (or a present
    /// progressive, "is meeting") and its time was resolved behind the article date; nil when
    /// nothing needs to change.
    func plannedTimeAhead(_ t: TimeValue, trigger k: Int, isNoun: Bool, modality: Modality, sentence s: Sentence) -> TimeValue? {
        guard let a = articleDate, a.day != nil, t.end < a else { return nil }
        let start = s.tokens.lowerBound
        var p = k - 1
        while p >= start, tokens[p].kind == .word, !tokens[p].isCap, tokens[p].lower.hasSuffix("ly") { p -= 1 }
        let progressive = !isNoun && tokens[k].lower.hasSuffix("ing") && p >= start && ["is", "are", "am"].contains(tokens[p].lower)
        // "X meets Y on Friday", "X hosts Y in December": a simple present with a time is a timetable.
        let w = tokens[k].lower
        let present = !isNoun && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && tokens[k].kind == .word
            && !(p >= start && (Self.auxiliaries.contains(tokens[p].lower) || Self.beVerbs.contains(tokens[p].lower)))
        guard modality == .planned || progressive || present else { return nil }
        if (max(start, k - 6)..<k).contains(where: { Self.pastPlanWords.contains(tokens[$0].lower) }) { return nil }
        // "X, who is expected to resign, met Y on Tuesday": a simple past is behind, whatever the plan.
        if isSimplePast(trigger: k, isNoun: isNoun, start: start) { return nil }
        let ahead = TimeResolver(articleDate: articleDate, scalars: scalars).find(tokens, in: s.tokens, future: true)
        // The same words, now read forward: only an expression that moved is taken.
        guard let v = ahead.compactMap(\.value).first(where: { $0.text == t.text }), v.start > a else { return nil }
        return v
    }
}
