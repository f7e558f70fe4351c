/// Talks whose counterpart comes after their subject matter: "is in talks over a new contract
/// with Rovers", "held talks over the sale of its bank with Alba Group" (issue 3, branch meetE).
/// `over` ends the object search (it opens a reason: "clashed over pay"), so the `with` phrase
/// after the topic was never read.
extension EventFinder {
    /// The index of the `with` that follows an `over` phrase at `j` within a few words, with no
    /// punctuation or clause word between, when the trigger takes its counterpart by `with`.
    func withAfterTopic(_ j: Int, _ limit: Int, _ trigger: Lexicons.Trigger) -> Int? {
        guard tokens[j].lower == "over", trigger.flags.contains("object-with"), trigger.flags.contains("meeting") else { return nil }
        var q = j + 1
        while q < min(limit, j + 10) {
            let w = tokens[q]
            if w.lower == "with" { return q > j + 1 ? q : nil }
            if w.kind == .punct || Self.objectStops.contains(w.lower) || Self.auxiliaries.contains(w.lower) { return nil }
            q += 1
        }
        return nil
    }
}
