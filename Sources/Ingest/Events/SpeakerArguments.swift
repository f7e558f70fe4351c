import EventModel

/// A speaker is no party to what they report (issue 3, branch evt; `Scripts/eval/event_audit.py`):
/// "police chief Ana Roe said three students had been arrested at the rally", "spokeswoman Ann Lee
/// said the bureau would make an arrest soon", "Ivo Berg said the unions had struck a deal". When the
/// reported clause's own subject is no entity the build reaches back over `said` to the speaker
/// and makes them the agent (or, for a passive, the patient). An argument with a speech verb
/// between it and the trigger belongs to the saying, so the event goes without it: a missing
/// party is better than a wrong one.
/// Kept: "Rebels, officials said, killed two guards" (the speech verb is set off by commas);
/// "Roe said she agreed to pay" (the pronoun `she` is the nearer subject); meetings and
/// statements (their own rules).
extension EventFinder {
    static let sayingVerbs: Set<String> = ["said", "says", "told", "tells", "added", "confirmed", "announced", "reported",
                                              "stated", "explained", "insisted", "claimed", "argued", "noted"]

    func dropSpeakerArguments(_ type: EventType, trigger k: Int, start: Int, agent: inout Arg?, objects: inout [Arg]) {
        guard !type.isMeeting, type != .statement, type != .report else { return }
        let spoken = { (a: Arg) -> Bool in
            guard a.tokens.upperBound < k, k - a.tokens.upperBound <= Self.clauseReach else { return false }
            return (a.tokens.upperBound..<k).contains { v in
                guard Self.sayingVerbs.contains(self.tokens[v].lower) else { return false }
                // ", officials said," set off by commas on both sides is an aside inside the clause.
                let aside = v + 1 < k && self.tokens[v + 1].text == ","
                    && (a.tokens.upperBound..<v).contains { self.tokens[$0].text == "," }
                return !aside
            }
        }
        if let a = agent, spoken(a) { agent = nil }
        objects.removeAll { spoken($0) }
    }
}
