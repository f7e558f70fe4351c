/// "Roe discussed the budget with Berg", "is discussing a job with Alba Group": `discuss` takes its
/// subject matter as object, so its counterpart is only the party after a later `with` (flag
/// `with-only` in event-triggers.tsv). Without a `with` ("discussed the plan", "met to discuss
/// a final assault") there is no second party and no meeting. A place inside the subject matter
/// ("discussed the war in Iraq with Berg") is what was discussed, not where. Without a place of its
/// own ("Last week in Paris, Roe discussed the debt with Berg") a discussion is no meeting: the
/// conventions (dated note) leave out "'discussed' not described as talks", and on the blind parts
/// of session 24 (G20, G22, G17 dated) every placeless one was an extra ("he had discussed these
/// claims with the chancellor", "discussed the campaign with the prime minister on Saturday").
extension EventFinder {
    /// The `with` after the subject matter of a `with-only` trigger: within twelve words, past
    /// commas and `and` of a listed topic, never past a clause word or sentence punctuation.
    func withAfterSubjectMatter(_ triggerEnd: Int, _ end: Int) -> Int? {
        var q = triggerEnd
        while q < min(end, triggerEnd + 12) {
            let w = tokens[q]
            // (", with the World Bank watching": a comma right before `with` ends the subject matter.)
            if w.lower == "with" { return tokens[q - 1].text == "," ? nil : q }
            if w.kind == .punct && w.text != "," && w.text != "'s" || Self.objectStops.contains(w.lower)
                || Self.auxiliaries.contains(w.lower) || Self.beVerbs.contains(w.lower) { return nil }
            q += 1
        }
        return nil
    }
}
