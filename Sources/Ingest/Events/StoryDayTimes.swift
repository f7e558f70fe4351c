import EventModel

/// The day of a meeting that its own clause does not date, when the story says which day it is
/// (issue 3, branch meetI; docs/unseen-kinds.md, "meetI"). The annotation convention dates an
/// event from "a coreferent sentence about the same event" and never from the publication date
/// alone; these are the shapes where the words themselves tie the meeting to a day:
/// - a part of a day with no day named: "Ann Roe met Tom Obi in the afternoon", "later that day",
///   "later in the day": the day the passage was last dated to (a day-precise time in the three
///   sentences before), else, for a bare part of a day, the article's own day when the article
///   names that day somewhere (a report of its own day);
/// - a meeting told as the next step or a side strand of a dated meeting: "Roe then met Obi",
///   "Later, Roe met Obi", "Eva Lind met separately with Nina Holt", "After meeting Obi, Roe had
///   lunch with Hans Vogel": the day of the last dated meeting within five sentences, when no
///   other day is named between them;
/// - a day counted from the passage's last day: "Eva Lind landed on Monday. Ann Roe met Tom Obi
///   the next day." (Tuesday), "a day earlier", "the previous day";
/// - the news present of a dated article: "Ann Roe heads to Lima", "Ann Roe meets Tom Obi" (a
///   caption's or a report's present tense, no time of its own, nothing habitual): the article's
///   day, when the article names that day somewhere; never a title's present.
/// - the lead's day of a dated wire story: "LIMA - Ann Roe said on Monday ... Roe, speaking after
///   a summit with Tom Obi, ...", "Ivo Berg met Tom Obi in Lima" anywhere in the body after the lead,
///   told in the past, with no time of its own, no time named in the two sentences before (another
///   strand's "last month" dates its own passage) and no word timing it otherwise ("twice",
///   "before", "one day after"): the one day, in the week up to the article's date, that the lead
///   names. "Freed after negotiations" is a process that ended that day, not the day's meeting.
/// Near misses that take nothing: "in the morning of his career", "has also met", "meets Obi every
/// month", a quoted "he meets", a plan ("will then meet"), a dated meeting five sentences back
/// with another day named in between.
extension EventFinder {
    /// Words before or right after a trigger that tell the meeting as the next step or a side strand.
    static let sequenceCues: Set<String> = ["then", "later", "afterwards", "afterward", "subsequently", "separately",
                                            "also", "meanwhile", "followed"]

    /// Words that make a present tense habitual or general: no day.
    static let presentHabitualCues: Set<String> = ["every", "each", "often", "usually", "regularly", "always", "never", "sometimes",
                                            "routinely", "frequently", "rarely", "generally", "typically", "annually",
                                            "weekly", "monthly", "daily", "whenever", "if", "when", "unless"]

    /// Present-tense light verbs before a noun trigger: "holds talks", "has a meeting".
    static let presentLightVerbs: Set<String> = ["holds", "has", "pays", "makes"]

    func storyDayTimes(_ found: inout [Found], times: [[TimeMention]]) {
        let lead = leadDay(times)
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.time == nil {
            let e = found[i].event
            let si = e.sentence
            let s = sentences[si]
            guard let k = triggerToken(e, s, isNoun: found[i].isNoun) else { continue }
            if let rel = relativeDay(s, trigger: k) {
                // "the next day", "a day earlier": a day from the day the passage was last dated to.
                let before = times[si].last { $0.tokens.upperBound <= rel.range.lowerBound && $0.value.map { $0.start == $0.end } ?? false }?.value
                if let base = before ?? lastDay(before: si, times: times, within: 3) {
                    let d = DayArithmetic.date(DayArithmetic.dayNumber(base.start) + rel.offset)
                    found[i].event.time = TimeValue(value: d.description, mod: nil, text: rel.words, start: d, end: d,
                                                    span: TextSpan(start: tokens[rel.range.lowerBound].start, end: tokens[rel.range.upperBound - 1].end))
                }
                continue
            }
            if let part = dayPartWithoutDay(s, trigger: k) {
                if var t = lastDay(before: si, times: times, within: 3) ?? (part.bare ? storyOfArticleDay(times) : nil) {
                    t.text = part.words
                    t.span = TextSpan(start: tokens[part.range.lowerBound].start, end: tokens[part.range.upperBound - 1].end)
                    found[i].event.time = t
                }
                continue
            }
            guard e.modality == .asserted else { continue }
            if hasSequenceCue(s, trigger: k), toldInPast(s, trigger: k, isNoun: found[i].isNoun),
               var t = lastDatedMeeting(found, before: i, sentence: si, times: times) {
                t.span = nil  // the expression dates another sentence's meeting
                found[i].event.time = t
                continue
            }
            // Not the title: a headline's present also heads the next day's analysis of the meeting.
            if si > 0, isNewsPresent(s, trigger: k, isNoun: found[i].isNoun), var t = storyOfArticleDay(times) {
                t.text = "article date"
                found[i].event.time = t
                continue
            }
            // "TOKYO - Trump said on Monday ... Trump, speaking after a summit with Abe, ...": the lead's day.
            // (Not the lead's own meeting, whose time was weighed already; not one a sequence cue ties
            // to the last dated meeting; none within two sentences after another time is named.)
            if let lead, si > lead.sentence,
               (max(lead.sentence + 1, si - 2)...si).allSatisfy({ times[$0].isEmpty }), !hasSequenceCue(s, trigger: k),
               toldAsTheStorysDay(s, trigger: k, isNoun: found[i].isNoun) {
                var t = lead.day
                t.span = nil  // the expression is the lead's
                found[i].event.time = t
            }
        }
    }

    /// Words that put a meeting at another time than the story's day, or at none: "had met him
    /// before", "has met her twice", "once met".
    static let otherTimeCues: Set<String> = presentHabitualCues.union(["ever", "before", "previously", "once", "twice", "times",
        "repeatedly", "earlier", "former", "last", "past", "recent", "recently", "since", "years", "months", "weeks", "ago", "day", "days"])

    /// The first sentence of the body (the lead; a title on the date line is read as a sentence).
    private var leadSentence: Int { sentences.firstIndex { !$0.isHeading } ?? 0 }

    /// The day the lead of a dated wire story names ("said on Monday", "on Thursday" in its first
    /// sentence, or the next when the first is a title with no time): exactly one day-precise time
    /// there, in the week up to the article's date.
    private func leadDay(_ times: [[TimeMention]]) -> (sentence: Int, day: TimeValue)? {
        guard let a = articleDate, a.day != nil else { return nil }
        guard let lead = (leadSentence..<min(times.count, leadSentence + 2)).first(where: { !times[$0].isEmpty }) else { return nil }
        let days = times[lead].compactMap(\.value).filter { $0.start == $0.end }
        guard days.count == 1, let d = days.first, d.start <= a,
              DayArithmetic.dayNumber(a) - DayArithmetic.dayNumber(d.start) <= 6 else { return nil }
        return (lead, d)
    }

    /// A meeting told in the past (or as a participle's object: "speaking after a summit with"),
    /// not in a perfect or future tense and with no word that times it otherwise.
    private func toldAsTheStorysDay(_ s: Sentence, trigger k: Int, isNoun: Bool) -> Bool {
        let clause = max(s.tokens.lowerBound, k - 8)..<min(s.tokens.upperBound, k + 6)
        if clause.contains(where: { Self.otherTimeCues.contains(tokens[$0].lower) }) { return false }
        let before = max(s.tokens.lowerBound, k - 4)..<k
        if before.contains(where: { ["has", "have", "had", "'s", "'ve", "will", "would", "to", "could", "may", "might", "should"].contains(tokens[$0].lower) }) { return false }
        if isSimplePast(trigger: k, isNoun: isNoun, start: s.tokens.lowerBound) { return true }
        // "speaking after a summit with", "after talks with", "following a meeting with": a noun after
        // after/following, in a clause told in the past or as a participle.
        // ("freed after negotiations": a process of weeks that ended that day, not a meeting of the day.)
        return isNoun && k >= 2 && tokens[k].lower != "negotiations"
            && (max(s.tokens.lowerBound, k - 3)..<k).contains { ["after", "following"].contains(tokens[$0].lower) }
    }

    /// The trigger's head token: the verb a verb trigger starts with, the noun a noun trigger
    /// ends with ("held talks", "had a meeting").
    private func triggerToken(_ e: Event, _ s: Sentence, isNoun: Bool) -> Int? {
        if isNoun { return s.tokens.last { tokens[$0].end == e.triggerSpan.end } }
        return s.tokens.first { tokens[$0].start == e.triggerSpan.start }
    }

    /// "in the afternoon", "that evening", "later that day", "later in the day": a part of a day
    /// that names no day. `bare` when it could only be the day of the report ("in the afternoon"),
    /// not when it points back ("that evening", "the same day").
    private func dayPartWithoutDay(_ s: Sentence, trigger k: Int) -> (range: Range<Int>, words: String, bare: Bool)? {
        let r = s.tokens
        func w(_ i: Int) -> String { i < r.upperBound ? tokens[i].lower : "" }
        for i in r {
            var hit: (Int, Bool)? = nil
            if w(i) == "in", w(i + 1) == "the", TimeResolver.dayParts.contains(w(i + 2)) || w(i + 2) == "day", w(i + 3) != "of" {
                // "later in the day", "in the afternoon"; "in the day" alone is no part of a day.
                if w(i + 2) != "day" { hit = (i + 3, i == r.lowerBound || w(i - 1) != "later" && w(i - 1) != "earlier") }
                else if i > r.lowerBound, ["later", "earlier"].contains(w(i - 1)) { hit = (i + 3, false) }
            } else if w(i) == "that", TimeResolver.dayParts.contains(w(i + 1)) && (i == r.lowerBound || !Self.speechVerbs.contains(w(i - 1)))
                        || w(i + 1) == "day" && i > r.lowerBound && ["later", "earlier", "on"].contains(w(i - 1)) {
                // "that evening", "later that day"; "said that evening talks ..." is a clause.
                hit = (i + 2, false)
            } else if w(i) == "the", w(i + 1) == "same", w(i + 2) == "day", w(i + 3) != "as" {
                hit = (i + 3, false)
            }
            guard let (end, bare) = hit else { continue }
            // "later in the day" starts at "later".
            let from = i > r.lowerBound && ["later", "earlier"].contains(w(i - 1)) ? i - 1 : i
            // A part of a day of another clause: only one near the trigger dates it.
            guard abs(from - k) <= 12 else { continue }
            let words = tokens[from..<end].map(\.text).joined(separator: " ")
            return (from..<end, words, bare)
        }
        return nil
    }

    /// Phrases that count days from the passage's last day: "the next day", "a day earlier".
    static let relativeDayPhrases: [([String], Int)] = [
        (["the", "next", "day"], 1), (["the", "following", "day"], 1), (["a", "day", "later"], 1),
        (["the", "next", "morning"], 1), (["the", "following", "morning"], 1),
        (["the", "day", "before"], -1), (["the", "previous", "day"], -1), (["a", "day", "earlier"], -1),
    ]

    /// A relative day near the trigger that ends its clause or opens the sentence ("met Y the next
    /// day.", "The next day, X met Y"); "the day before the vote" counts from the vote, not the story.
    private func relativeDay(_ s: Sentence, trigger k: Int) -> (range: Range<Int>, words: String, offset: Int)? {
        let r = s.tokens
        for i in r where abs(i - k) <= 12 {
            for (words, offset) in Self.relativeDayPhrases {
                let end = i + words.count
                guard end <= r.upperBound, (0..<words.count).allSatisfy({ tokens[i + $0].lower == words[$0] }) else { continue }
                let closes = end == r.upperBound || tokens[end].kind == .punct
                let opens = i == r.lowerBound
                guard closes || opens, !(end < r.upperBound && tokens[end].lower == "'s") else { continue }
                return (i..<end, tokens[i..<end].map(\.text).joined(separator: " "), offset)
            }
        }
        return nil
    }

    /// The last day-precise time in the `within` sentences before `si`.
    private func lastDay(before si: Int, times: [[TimeMention]], within: Int) -> TimeValue? {
        var j = si - 1
        while j >= 0, si - j <= within {
            if let t = times[j].last(where: { $0.value.map { $0.start == $0.end } ?? false })?.value { return t }
            j -= 1
        }
        return nil
    }

    /// The article's day, when the article has one and its text names that day somewhere ("today",
    /// "on Monday" in a Monday article): a report of its own day. An article that never names its
    /// day may be a later look back, and its present or its "in the afternoon" has no day.
    private func storyOfArticleDay(_ times: [[TimeMention]]) -> TimeValue? {
        guard let a = articleDate, a.day != nil,
              times.contains(where: { $0.contains { m in m.value.map { $0.start == a && $0.end == a } ?? false } }) else { return nil }
        return TimeValue(value: a.description, text: "article date", start: a, end: a)
    }

    /// "then met", "Later, X met", "met separately", "After meeting X, Y had lunch with Z",
    /// "followed up the meeting by ... to meet": a cue in the clause before the trigger or right after it.
    private func hasSequenceCue(_ s: Sentence, trigger k: Int) -> Bool {
        let from = s.tokens.lowerBound, to = min(s.tokens.upperBound, k + 3)
        for j in from..<to where j != k {
            let w = tokens[j].lower
            if Self.sequenceCues.contains(w) { return true }
            // "after meeting Obi", "following his talks with Obi": another meeting before this one.
            if j < k, w == "after" || w == "following",
               (j + 1..<min(k, j + 4)).contains(where: { Lexicons.shared.triggers[tokens[$0].lower]?.contains { $0.flags.contains("meeting") } ?? false }) {
                return true
            }
        }
        return false
    }

    /// "then met", "had lunch", and "followed up the meeting by heading to X to meet Y": the
    /// trigger in the simple past, or a past verb before it in a clause with no future.
    private func toldInPast(_ s: Sentence, trigger k: Int, isNoun: Bool) -> Bool {
        if isSimplePast(trigger: k, isNoun: isNoun, start: s.tokens.lowerBound) { return true }
        let before = s.tokens.lowerBound..<k
        if before.contains(where: { ["will", "would", "'ll", "shall", "plans", "expected", "due"].contains(tokens[$0].lower) }) { return false }
        return before.contains { j in
            let w = tokens[j].lower
            return tokens[j].kind == .word && !tokens[j].isCap && (w.hasSuffix("ed") || Self.irregularPastVerbs.contains(w))
        }
    }

    /// The day-precise time of the last asserted meeting in the five sentences up to `si`, when no
    /// sentence between them names a time that does not overlap it.
    private func lastDatedMeeting(_ found: [Found], before i: Int, sentence si: Int, times: [[TimeMention]]) -> TimeValue? {
        guard let prev = found[..<i].last(where: {
            $0.event.type.isMeeting && $0.event.modality == .asserted && $0.event.sentence <= si && si - $0.event.sentence <= 5
                && $0.event.time.map { $0.start == $0.end } ?? false
                // A meeting of two parties, not a bare "the meeting" that took its time from elsewhere.
                && Set($0.event.participants.map(\.entity)).count >= 2
        }), let t = prev.event.time else { return nil }
        for j in (prev.event.sentence + 1)..<max(prev.event.sentence + 1, si + 1) {
            if times[j].contains(where: { m in m.value.map { !EventMerger.overlap($0, t) } ?? false }) { return nil }
        }
        return t
    }

    /// The `is`/`are` of a trip noun told as under way: "is on a visit to", "is on the second day
    /// of a trip", "is in Dublin at the start of a tour" (the present `be`, then `on`/`at`/`during`
    /// opening the trip's phrase, no punctuation between).
    private func ongoingTripBe(_ s: Sentence, noun k: Int) -> Int? {
        guard Self.tripNouns.contains(tokens[k].lower) else { return nil }
        var j = k - 1
        var opened = false
        while j >= s.tokens.lowerBound, k - j <= 10, tokens[j].kind == .word {
            if ["on", "at", "during"].contains(tokens[j].lower) { opened = true }
            if ["is", "are"].contains(tokens[j].lower) { return opened ? j : nil }
            j -= 1
        }
        return nil
    }

    /// A third-person present verb trigger ("meets", "heads to", "holds talks") with no auxiliary,
    /// not quoted and not habitual: the news present of a report or a caption.
    private func isNewsPresent(_ s: Sentence, trigger k: Int, isNoun: Bool) -> Bool {
        var v = k
        if isNoun, let be = ongoingTripBe(s, noun: k) {
            // "The president is on the second day of a 12-day trip", "X, who is in Dublin at the start of a tour".
            v = be
        } else if isNoun {
            guard let j = (max(s.tokens.lowerBound, k - 3)..<k).last(where: { Self.presentLightVerbs.contains(tokens[$0].lower) }) else { return false }
            v = j
        } else {
            let w = tokens[v].lower
            guard w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else { return false }
        }
        if v > s.tokens.lowerBound, Self.nonPastAuxiliaries.contains(tokens[v - 1].lower) || tokens[v - 1].lower == "'s" { return false }
        for j in s.tokens {
            let t = tokens[j]
            if Self.presentHabitualCues.contains(t.lower) { return false }
            if t.kind == .punct, ["\"", "\u{201C}", "\u{201D}"].contains(t.text) { return false }
        }
        return true
    }
}
