import EventModel

/// "She will then head to Lima": the base form of `heads to` is a trip too (`event-triggers.tsv`;
/// issue 3, set E: a campaign day told as a list of stops), but "goes head to head with" is a
/// contest, and "heading to" is left out ("delegations have been heading to the regulator" is a habit).
extension EventFinder {
    /// Whether the trigger `head to` at `k` (ending before `end`) is the idiom "head to head".
    func isHeadToHead(_ k: Int, _ end: Int, _ s: Sentence) -> Bool {
        tokens[k].lower == "head" && end < s.tokens.upperBound && tokens[end].lower == "head"
    }
}
