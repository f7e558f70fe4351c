import EventModel

/// Meeting words that report no particular meeting between parties (the "not annotated" lists
/// in the `note` of `../shared/eval/meetings-dev-*.json`):
/// - a habit, not a happening: "met frequently with", "holds regular talks", "meets every month";
/// - a show, party or ceremony hosted: "DJs hosting a series of shows", "will host the awards";
/// - a meeting with one's own side: "called a meeting with his teammates".
extension EventFinder {
    static let habitualCues = EventCues.words("habitual")
    static let hostedShowCues = EventCues.words("hosted-show")
    static let ownSideCues = EventCues.words("own-side")

    func dropLooseMeetingWords(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type.isMeeting, let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            let s = sentences[f.event.sentence]
            return isHabitual(k, s) || f.event.type == .host && hostsAShow(k, s) || isWithOwnSide(f.event, state)
        }
    }

    /// A habit word in the three words before the trigger or the two after it ("often met",
    /// "met regularly with", "held regular talks"), or "every"/"each" + a time unit after it
    /// ("meet every month").
    private func isHabitual(_ k: Int, _ s: Sentence) -> Bool {
        let lo = max(s.tokens.lowerBound, k - 3), hi = min(s.tokens.upperBound, k + 5)
        for j in lo..<hi where j != k {
            let w = tokens[j]
            if w.kind == .punct, j > k { break }
            if j <= k + 2, !w.isCap || j == s.tokens.lowerBound, Self.habitualCues.contains(w.lower) { return true }
            if ["every", "each"].contains(w.lower), j > k, j + 1 < s.tokens.upperBound,
               ["day", "week", "month", "year", "weekend", "summer", "winter", "spring", "autumn"].contains(tokens[j + 1].lower) { return true }
        }
        return false
    }

    /// "hosting a selection of shows", "will host the awards", "hosted a party".
    private func hostsAShow(_ k: Int, _ s: Sentence) -> Bool {
        var j = k + 1
        while j < min(s.tokens.upperBound, k + 6) {
            let w = tokens[j]
            if w.kind == .punct || w.isCap { return false }
            if Self.hostedShowCues.contains(w.lower) { return true }
            j += 1
        }
        return false
    }

    /// Every other party is the agent's own side: "his teammates", "her colleagues". (Not in
    /// negotiations: "negotiate pay cuts with its staff" has the staff as the other side.)
    private func isWithOwnSide(_ e: Event, _ state: DocumentState) -> Bool {
        guard e.type != .negotiate else { return false }
        let others = e.participants.filter { $0.role != .agent }
        guard !others.isEmpty, e.participants.contains(where: { $0.role == .agent }) else { return false }
        return others.allSatisfy { p in
            let entity = state.entities[p.entity]
            guard entity.subtype == "group", let head = entity.name.split(separator: " ").last else { return false }
            return Self.ownSideCues.contains(head.lowercased())
        }
    }
}
