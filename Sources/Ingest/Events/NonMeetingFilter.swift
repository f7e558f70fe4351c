import EventModel

/// Meeting words that report no meeting between real parties (the "not annotated" list in the
/// `note` of `../shared/eval/meetings-dev-*.json`):
/// - fiction: the plot of a film, series or game ("the heroes meet another franchise");
/// - a bare title taken as a party ("Chairman");
/// - a meeting merely called for ("agreed to call for an emergency meeting"): not yet scheduled;
/// - talks by phone or video ("telephone talks", "talks by phone");
/// - adversaries in court ("the firms met in court");
/// - bargaining over a price ("use their size to negotiate down fees"): no talks with anyone named;
/// - a parliamentary party's own meeting ("the Parliamentary Labour Party"), which its leader addresses;
/// - hosts with no guest: "X and Y will each host the late-night timeslot" (a show, not a visitor).
extension EventFinder {
    /// Words of a plot told as a plot.
    static let fictionCues = EventCues.words("fiction")
    /// Words that make a film sentence about real people: "met while filming", "on the set".
    static let productionCues = EventCues.words("production")
    /// Verbs that ask for a meeting that is not yet set: "called for talks", "pushed for a summit".
    static let callForVerbs = EventCues.words("ask-for")
    static let remoteCues = EventCues.words("remote")

    func dropNonMeetings(_ found: inout [Found], _ state: DocumentState) {
        var out: [Found] = []
        out.reserveCapacity(found.count)
        for var f in found {
            guard f.event.type.isMeeting, let k = tokenIndex(at: f.event.triggerSpan.start) else { out.append(f); continue }
            let s = sentences[f.event.sentence]
            if isFiction(s) { continue }
            // A title alone is nobody: "Chairman" as a party.
            f.event.participants.removeAll { p in
                let e = state.entities[p.entity]
                return e.type != .location && e.subtype != "group" && Lexicons.shared.titles[e.name.lowercased()] != nil
            }
            if isRemote(k, s) || isCourtroom(k, s) || isAwayFixture(k, s, f.event.type) { continue }
            if f.isNoun, isRequested(k, s) { f.event.modality = .hypothetical }
            if f.event.type == .negotiate, !f.isNoun, k + 1 < s.tokens.upperBound, ["down", "up"].contains(tokens[k + 1].lower) { continue }
            if hostsAThing(f, k, s, state) { continue }
            out.append(f)
        }
        found = out
    }

    /// A meeting of a parliamentary party ("the Parliamentary Labour Party", "the PLP meeting") with
    /// no other body or country there: its own members' meeting, which its leader addresses.
    /// (Internal meetings are not annotated; a leader told the party's MPs "nothing will stand in
    /// the way" at one, and the meeting had read as the leader meeting the party.)
    /// (Run last: "the meeting" takes its parties from the passage later, in `resolveAnaphora`.)
    func isParliamentaryPartyMeeting(_ e: Event, _ state: DocumentState) -> Bool {
        let bodies = e.participants.map { state.entities[$0.entity] }.filter { $0.type != .person }
        return bodies.count == 1 && bodies[0].subtype == "party" && bodies[0].name.hasPrefix("Parliamentary ")
    }

    private func isFiction(_ s: Sentence) -> Bool {
        var fiction = false
        for j in s.tokens {
            let w = tokens[j].lower
            if Self.productionCues.contains(w) { return false }
            // "on the set of the series": the actors were there.
            if w == "set", j >= s.tokens.lowerBound + 2, tokens[j - 1].lower == "the", tokens[j - 2].lower == "on" { return false }
            if Self.fictionCues.contains(w) { fiction = true }
        }
        return fiction
    }

    /// "a telephone meeting", "talks by phone", "talked on the phone", "discussed the plan with
    /// Berg in a phone call": a remote means anywhere in the trigger's own clause.
    private func isRemote(_ k: Int, _ s: Sentence) -> Bool {
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        if k > start, Self.remoteCues.contains(tokens[k - 1].lower) { return true }
        var j = k + 1
        while j + 1 < end, j <= k + 14, !Self.objectStops.contains(tokens[j].lower) {
            if ["by", "over", "via", "on", "in"].contains(tokens[j].lower) {
                let n = ["the", "a"].contains(tokens[j + 1].lower) && j + 2 < end ? j + 2 : j + 1
                let next = tokens[n].lower
                // ("in a phone call", "on a video link"; not "in the video shop": `in` needs the call.)
                let call = tokens[j].lower != "in" || n + 1 < end && ["call", "calls", "conversation", "link", "conference"].contains(tokens[n + 1].lower)
                if Self.remoteCues.contains(next) && call || next == "videolink" { return true }
            }
            j += 1
        }
        return false
    }

    /// "met in court", "will meet at trial": adversaries before a judge, not a meeting.
    private func isCourtroom(_ k: Int, _ s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        var j = k + 1
        while j + 1 < end, j <= k + 8, !Self.objectStops.contains(tokens[j].lower) {
            if ["in", "at", "before"].contains(tokens[j].lower) {
                var n = j + 1
                if n < end, ["the", "a"].contains(tokens[n].lower) { n += 1 }
                if n < end, ["court", "courtroom", "trial", "tribunal", "courthouse"].contains(tokens[n].lower) { return true }
            }
            j += 1
        }
        return false
    }

    /// "their trip to the stadium to face the league leaders", "travel to Leeds to take on United":
    /// a team's away game, not a visit ("to meet" stays a visit: "flew to Paris to meet Ann Roe").
    private func isAwayFixture(_ k: Int, _ s: Sentence, _ type: EventType) -> Bool {
        guard type == .visit else { return false }
        let end = s.tokens.upperBound
        var j = k + 1
        while j + 1 < end, j <= k + 10, ![";", ".", "but", "while", "after"].contains(tokens[j].lower) {
            if tokens[j].lower == "to", tokens[j + 1].lower == "face"
                || tokens[j + 1].lower == "take" && j + 2 < end && tokens[j + 2].lower == "on" {
                return true
            }
            j += 1
        }
        return false
    }

    /// "called for an emergency meeting", "pressed for talks with X".
    private func isRequested(_ k: Int, _ s: Sentence) -> Bool {
        var j = k - 1
        while j > s.tokens.lowerBound, j >= k - 5, tokens[j].kind == .word, !tokens[j].isCap || j == k - 1 {
            if tokens[j].lower == "for", Self.callForVerbs.contains(tokens[j - 1].lower) { return true }
            j -= 1
        }
        return false
    }

    /// Words after `host the ...` that make the hosted thing a gathering of parties.
    static let hostedGatherings: Set<String> = ["meeting", "meetings", "talks", "summit", "session", "conference", "visit", "visitors",
                                                "visitor", "delegation", "delegations", "dinner", "lunch", "reception", "guest", "guests",
                                                "counterpart", "counterparts", "leaders", "ministers", "envoy", "envoys", "negotiations", "gathering"]

    /// A hosting verb whose parties all stand before it and whose object is a thing with no party
    /// in it: "X and Y will each host the late-night timeslot" names no guest.
    func hostsAThing(_ f: Found, _ k: Int, _ s: Sentence, _ state: DocumentState) -> Bool {
        let parties = Set(f.event.participants.map(\.entity))
        guard f.event.type == .host, !f.isNoun, k + 1 < s.tokens.upperBound,
              ["the", "a", "an", "its", "their", "his", "her", "this", "next"].contains(tokens[k + 1].lower),
              !(k + 1..<s.tokens.upperBound).contains(where: { state.argAt[$0].map { parties.contains($0.entity) } ?? false })
        else { return false }
        let object = (k + 2)..<min(s.tokens.upperBound, k + 6)
        return !object.contains { Self.hostedGatherings.contains(tokens[$0].lower) || state.argAt[$0] != nil }
    }
}
