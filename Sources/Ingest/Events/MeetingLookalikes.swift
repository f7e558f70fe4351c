import EventModel

/// Meeting words on unseen dated news that report no meeting under the annotation convention
/// (issue 3, trigger audit; the "not annotated" list in the `note` of the dev gold). Shows on the
/// road are PerformanceTours' ("his farewell tour starting in Denver").
/// - an interview: "sat down with the Daily Courier", "met with the Evening Post" (a news outlet
///   as the only counterpart; not its executives or bosses);
/// - routes that meet: "where the Northern line meets the Elm branch", "the river meets the sea";
/// - a vehicle that arrives: "the same plane had arrived in Lima" (its passengers may be visitors,
///   the plane is none, and the nearest name before it is no traveller), or that one arrives in
///   ("arrives in a Rover convertible");
/// - travel as a field or a plan: "companies exploring travel to Mars", "space travel to the Moon";
/// - a website: "visit the Metro Transit website for updates".
extension EventFinder {
    static let routeNouns = EventCues.words("route")

    func dropMeetingLookalikes(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type.isMeeting, let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            let s = sentences[f.event.sentence].tokens
            if f.event.type == .visit, tokens[k].lower.hasPrefix("arriv"), vehicleBefore(k, s) || arrivesInAThing(k, s, f, state) { return true }
            if f.event.type == .visit, tokens[k].lower == "travel", k > s.lowerBound, travelIsANoun(k - 1) { return true }
            if f.event.type == .visit, (k + 1..<min(s.upperBound, k + 7)).contains(where: { Self.webWords.contains(tokens[$0].lower) }) { return true }
            if f.event.type == .meet {
                let others = f.event.participants.filter { $0.role != .agent }
                if !others.isEmpty, others.allSatisfy({ isNewsOutlet(state.entities[$0.entity]) && !staffNamed($0.entity, s, state) }) { return true }
                if !f.isNoun, isRouteMeeting(k, s, state) { return true }
            }
            return false
        }
    }

    /// A newspaper, broadcaster or magazine: subtype `media`, or a name ending in a media word of
    /// `org-cues.tsv` ("Daily Courier" may be typed otherwise).
    func isNewsOutlet(_ e: Entity) -> Bool {
        if e.subtype == "media" { return true }
        guard e.type != .person || e.name.split(separator: " ").count > 1,
              let last = e.name.split(separator: " ").last?.lowercased() else { return false }
        return Lexicons.shared.orgTails[last]?.subtype == "media" || ["courier", "gazette", "tribune", "chronicle", "observer"].contains(last)
    }

    /// "met with Sky executives", "the BBC's bosses": the outlet's people, met on business, not
    /// interviewed by (issue 3, part 8 proxy set; the dev note's own example gives `sky`).
    private func staffNamed(_ outlet: Int, _ s: Range<Int>, _ state: DocumentState) -> Bool {
        s.contains { j in
            guard let a = state.argAt[j], a.entity == outlet, a.tokens.lowerBound == j else { return false }
            var n = a.tokens.upperBound
            if n < s.upperBound, tokens[n].lower == "'s" { n += 1 }
            return n < s.upperBound && Self.outletStaffNouns.contains(tokens[n].lower)
        }
    }

    static let outletStaffNouns: Set<String> = ["executives", "executive", "bosses", "boss", "chiefs", "officials", "managers",
                                                "management", "directors", "representatives", "owners", "chairman"]

    /// "the plane had arrived", "the flight finally arrives": the subject right before is a vehicle.
    private func vehicleBefore(_ k: Int, _ s: Range<Int>) -> Bool {
        var j = k - 1
        while j > s.lowerBound, Self.auxiliaries.contains(tokens[j].lower) || tokens[j].lower.hasSuffix("ly") || tokens[j].lower == "been" { j -= 1 }
        return j >= s.lowerBound && (Self.vehicles.contains(tokens[j].lower) || ["flight", "flights", "aircraft", "airliner", "vessel", "convoy"].contains(tokens[j].lower))
    }

    static let webWords: Set<String> = ["website", "websites", "webpage", "homepage", "web", "portal", "app"]

    /// "arrives in a BMW": `in a` before something that is not a place.
    private func arrivesInAThing(_ k: Int, _ s: Range<Int>, _ f: Found, _ state: DocumentState) -> Bool {
        guard k + 3 < s.upperBound, tokens[k + 1].lower == "in", ["a", "an"].contains(tokens[k + 2].lower) else { return false }
        if let a = state.argAt[k + 3] { return state.entities[a.entity].type != .location }
        return true
    }

    /// "exploring travel to", "space travel to": `travel` after a gerund or a kind of travel is a noun.
    private func travelIsANoun(_ p: Int) -> Bool {
        let w = tokens[p].lower
        if tokens[p].isCap { return false }
        return w.hasSuffix("ing") && w.count > 5 || ["space", "air", "time", "rail", "interstellar", "interplanetary", "commercial", "human", "manned", "crewed", "future", "of", "for", "the"].contains(w)
    }

    /// "the Northern line meets ...": the subject right before the verb ends in a route noun.
    private func isRouteMeeting(_ k: Int, _ s: Range<Int>, _ state: DocumentState) -> Bool {
        var j = k - 1
        while j > s.lowerBound, Self.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        guard j >= s.lowerBound, Self.routeNouns.contains(tokens[j].lower), !tokens[j].isCap || state.argAt[j] == nil else { return false }
        // "the Northern line", "the river": a name, a capitalised word or an article before the route noun.
        return j > s.lowerBound && (state.argAt[j - 1] != nil || tokens[j - 1].isCap || ["the", "this", "that"].contains(tokens[j - 1].lower))
    }
}
