import EventModel

/// A performer's tour and a presenter's title are no meetings (the `note` of
/// `../shared/eval/meetings-dev-*.json` leaves out concerts, shows and award ceremonies):
/// - "the band begin a world tour in March", "cancelled her arena tour", "toured the country
///   with his one-man show": a tour whose sentence has a performance word, or any tour in a
///   music article (three different performance words);
/// - "television host Ann Roe", "told by hosts Kim and Joe", "recruited to host the BBC One
///   quiz show": a presenter, or a show hosted, named by capitalised words before the show noun.
/// A politician's tour stays ("a week-long tour of Africa", "toured the flooded towns"), and so
/// does hosting a guest ("hosted the Peruvian president at a state dinner").
extension EventFinder {
    static let performanceCues = EventCues.words("performance")
    static let presenterMedia = EventCues.words("presenter-medium")
    /// Words that make the tour right after them a show: "farewell", "book", "world" (`show-tour`).
    static let showTourWords = EventCues.words("show-tour")
    static let tourTriggers: Set<String> = ["tour", "tours", "toured", "touring"]

    func dropPerformanceTours(_ found: inout [Found]) {
        var performanceWords = Set<String>()
        for t in tokens where Self.performanceCues.contains(t.lower) { performanceWords.insert(t.lower) }
        let musicArticle = performanceWords.count >= 3
        found.removeAll { f in
            guard f.event.type == .visit || f.event.type == .host, let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            let s = sentences[f.event.sentence]
            if f.event.type == .host { return isPresenterTitle(k, s) || hostsANamedShow(k, s) }
            guard Self.tourTriggers.contains(tokens[k].lower) else { return false }
            // "his farewell tour", "a book tour", "their world tour": a kind of show just before the noun.
            if ["tour", "tours"].contains(tokens[k].lower),
               (max(s.tokens.lowerBound, k - 3)..<k).contains(where: { Self.showTourWords.contains(tokens[$0].lower) }) { return true }
            return musicArticle || s.tokens.contains { Self.performanceCues.contains(tokens[$0].lower) }
        }
    }

    /// "television host Ann Roe", "chat-show host", "by hosts Kim and Joe": the noun `host`
    /// after a medium word or a preposition and before a name.
    private func isPresenterTitle(_ k: Int, _ s: Sentence) -> Bool {
        guard ["host", "hosts"].contains(tokens[k].lower), k > s.tokens.lowerBound else { return false }
        let prev = tokens[k - 1].lower
        // "ex-chatshow host", "TV-show host": a medium word inside a hyphenated one too.
        if Self.presenterMedia.contains(prev) || prev.split(separator: "-").contains(where: { Self.presenterMedia.contains(String($0)) })
            || prev.hasSuffix("show") { return true }
        let nameFollows = k + 1 < s.tokens.upperBound && tokens[k + 1].isCap
        return nameFollows && ["by", "with", "and", "of", "from", "fellow", "former", "the"].contains(prev)
    }

    /// "host the BBC One family show", "hosting the Top 20 Video Countdown": the object is a
    /// programme, its name capitalised (LooseMeetingWords stops at a capital, as a guest's name).
    private func hostsANamedShow(_ k: Int, _ s: Sentence) -> Bool {
        var j = k + 1, sawCap = false
        while j < min(s.tokens.upperBound, k + 9) {
            let w = tokens[j]
            if w.kind == .punct || Self.objectStops.contains(w.lower) || ["and", "at", "in", "for", "with", "to", "on"].contains(w.lower) { return false }
            if w.isCap { sawCap = true }
            if sawCap, Self.hostedShowCues.contains(w.lower) || ["countdown", "chart", "contest", "competition"].contains(w.lower) { return true }
            j += 1
        }
        return false
    }
}
