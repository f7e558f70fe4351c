import EventModel

/// In a sports report (three sports words, `EventFinder.find`), meeting words between players
/// and touring teams are contests, not meetings (the "sports fixtures" of the `note` in
/// `../shared/eval/meetings-dev-*.json`):
/// - a tour, trip or journey: "the Lions tour to New Zealand", "toured Australia in 1888",
///   "ahead of the trip to Madrid", "a needless trip by X", a side's "travel to Rome with high hopes"
///   (a player travelling on his own, "travelled to Spala for treatment", stays a visit);
/// - a meeting of players in a contest: "will meet X in the second round", "set up a meeting
///   with X" after a scoreline, "met Y on 14 May, winning by two goals", and in a results report
///   (two scorelines) "She will now meet Y";
/// - clubs and places visiting each other, as `EventFinder.find` drops in the reports it counts as
///   sport ("Leicester will visit the winners of the replay").
/// Talks stay ("the club are in talks with an investor"), and so do a meeting about something
/// ("the chairman met league officials to discuss the stadium") and people meeting with someone
/// ("the coach meets with his quarterback after the game").
extension EventFinder {
    static let contestCues = EventCues.words("contest")
    /// Visit words that in sport name a team's travel to play.
    static let sportsTravelTriggers: Set<String> = ["tour", "tours", "toured", "touring", "trip", "trips", "travel",
                                                    "travels", "travelled", "traveled", "travelling", "traveling"]
    /// Words that give a meeting in a sports report a purpose other than playing.
    static let purposeCues: Set<String> = ["discuss", "discussed", "discussing", "talks", "negotiate", "negotiations",
                                           "contract", "deal", "transfer", "agent", "officials", "minister", "chairman",
                                           "boss", "manager", "owner", "president", "executive", "director", "secretly",
                                           "reportedly", "hotel", "dinner", "lunch"]

    func dropSportsContests(_ found: inout [Found], _ state: DocumentState, sportsDocument: Bool) {
        // Only visits, meetings and hostings can be dropped; most reports have none worth the scan.
        guard found.contains(where: { [.visit, .meet, .host].contains($0.event.type) }),
              sportsDocument || isSportsReportBySportWords() else { return }
        // A results report (scorelines): its players meeting are opponents even with no contest word.
        var scorelines = 0
        for j in tokens.indices where isScoreline(j) { scorelines += 1 }
        found.removeAll { f in
            guard f.event.type == .visit || f.event.type == .meet || f.event.type == .host,
                  let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            let s = sentences[f.event.sentence]
            // Clubs and places only ("Leicester will visit the winners of the replay"), as
            // `EventFinder.find` does for the reports it counts as sport.
            // (Visits only: "the club's officials met with its banks" in a business report on a club stays.)
            if f.event.type == .visit, f.event.participants.allSatisfy({ p in
                let e = state.entities[p.entity]
                return e.type == .location || e.type == .organization && e.subtype != "intergovernmental"
            }) { return true }
            if f.event.type == .host { return false }
            if f.event.type == .visit {
                guard Self.sportsTravelTriggers.contains(tokens[k].lower) else { return false }
                // "Ann Roe travelled to Spala for treatment": a player's own journey; a side travels to play.
                let traveller = f.event.participants.first { $0.role == .agent }.map { state.entities[$0.entity] }
                return !tokens[k].lower.hasPrefix("travel") || traveller?.type != .person
            }
            guard ["meet", "meets", "met", "meeting", "meetings"].contains(tokens[k].lower) else { return false }
            // "the coach meets with his quarterback after the game": a verb with `with` is people meeting.
            let verb = ["meet", "meets", "met"].contains(tokens[k].lower) || k > s.tokens.lowerBound && Self.beVerbs.contains(tokens[k - 1].lower)
            if verb, k + 1 < s.tokens.upperBound, tokens[k + 1].lower == "with" { return false }
            var contest = scorelines >= 2
            for j in s.tokens {
                let w = tokens[j].lower
                if Self.purposeCues.contains(w) { return false }
                if Self.contestCues.contains(w) || isScoreline(j) { contest = true }
            }
            return contest
        }
    }

    /// The sports-report test of `TypeRefiner` (`sports-cues.tsv`): words only sport uses and
    /// scorelines 2 points, words sport shares with other news 1, a report at 4 with at least one
    /// of the first kind. A side's tour report often lacks the league words that
    /// `EventFinder.find` counts ("the team that beat Peru 38-8 for Saturday's trip to Lima").
    /// Stricter than `TypeRefiner` on the strong side: a scoreline or two different sport-only
    /// words ("Boxing Day" twice is not a sports report).
    private func isSportsReportBySportWords() -> Bool {
        var score = 0, scoreline = false
        var sportWords = Set<String>()
        for (j, t) in tokens.enumerated() {
            if isScoreline(j) { score += 2; scoreline = true } else if t.kind == .word {
                if SportsCues.shared.sport.contains(t.lower) { score += 2; sportWords.insert(t.lower) } else if SportsCues.shared.result.contains(t.lower) { score += 1 }
            }
            if score >= 4 && (scoreline || sportWords.count >= 2) { return true }
        }
        return false
    }

    /// "6-3", "2-1": a score (one token, or number, hyphen, number).
    private func isScoreline(_ j: Int) -> Bool {
        let t = tokens[j]
        // Most tokens are words: one byte settles them before the split allocates.
        guard t.kind == .number || t.kind == .word, let first = t.lower.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        let parts = t.lower.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }) { return true }
        if t.kind == .number, j + 2 < tokens.count, tokens[j + 1].lower == "-", tokens[j + 2].kind == .number,
           tokens[j + 1].start == t.end, tokens[j + 2].start == tokens[j + 1].end { return true }
        return false
    }
}
