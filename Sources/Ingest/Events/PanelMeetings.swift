import EventModel

/// A panel's own meeting told through its members (issue 3, precision audit of branch meetJ on
/// unseen BBC arts news): "A jury of critics including Ann Roe and Tom Reed will meet next month to
/// choose the prize winner" is one body meeting by itself, which the convention leaves out (internal
/// meetings of a single body), not a meeting of Roe with Reed. Dropped when every party is named
/// in the `including` list of a panel, jury, committee or board before the meeting verb; a panel
/// member who meets someone outside it ("A delegation including Ann Roe met President Luis Vera")
/// keeps the meeting.
extension EventFinder {
    static let panelNouns: Set<String> = ["panel", "jury", "committee", "board", "council", "judges", "selectors", "trustees", "commission"]

    func dropPanelMeetings(_ found: inout [Found], _ state: DocumentState) {
        found.removeAll { f in
            guard f.event.type == .meet, !f.isNoun, let k = tokenIndex(at: f.event.triggerSpan.start) else { return false }
            let s = sentences[f.event.sentence].tokens
            guard let including = (s.lowerBound..<k).last(where: { tokens[$0].lower == "including" }),
                  (max(s.lowerBound, including - 4)..<including).contains(where: { Self.panelNouns.contains(tokens[$0].lower) }) else { return false }
            return f.event.participants.allSatisfy { p in
                (including..<k).contains { state.argAt[$0]?.entity == p.entity }
                    && !(k..<s.upperBound).contains { state.argAt[$0]?.entity == p.entity }
            }
        }
    }
}
