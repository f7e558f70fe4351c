import EventModel

/// "A meets B" as a comparison of styles (issue 3, precision audit of branch meetJ on unseen BBC
/// technology news): "Imagine it as a robot meets a violinist", "It's Ann Roe meets Tom Reed",
/// "the show is like a cowboy meets a chef" blend two things; nobody met. Dropped when the present
/// `meets` has its subject right after `it as` / `them as`, after `like`, or after `it's` / `is` /
/// `was` opened by `it`, `this` or `that`. Not "As Ann Roe meets Tom Reed on Monday, ..." (a
/// time clause) nor "Ann Roe meets Tom Reed in Lima".
extension EventFinder {
    func dropComparisonMeets(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .meet, !f.isNoun, let k = tokenIndex(at: f.event.triggerSpan.start), tokens[k].lower == "meets",
                  let agent = f.event.participants.first(where: { $0.role == .agent })?.entity else { return false }
            let s = sentences[f.event.sentence].tokens
            guard let first = (s.lowerBound..<k).first(where: { state.argAt[$0]?.entity == agent }), first > s.lowerBound else { return false }
            let w1 = tokens[first - 1].lower, w2 = first - 2 >= s.lowerBound ? tokens[first - 2].lower : ""
            if w1 == "like" { return true }
            if w1 == "as", ["it", "them", "this"].contains(w2) { return true }
            if ["is", "'s", "was"].contains(w1), ["it", "this", "that"].contains(w2) { return true }
            if w1 == "it's" || w1 == "it\u{2019}s" { return true }
            return false
        }
    }
}
