import EventModel

/// "TOKYO (Reuters) - ...": a wire story's dateline says where it was reported from, and a meeting
/// on the article's own day with no place of its own took place there (the `note` of
/// `../shared/eval/meetings-dev-dated.json`: "dateline city for same-day events reported from
/// it"). A meeting told with another day, or with a place, keeps what it has; a visit is left alone.
extension EventFinder {
    /// Dashes that end a dateline.
    static let datelineDashes: Set<String> = ["-", "--", "\u{2013}", "\u{2014}"]

    func datelinePlaces(_ found: inout [Found], _ state: DocumentState) {
        guard let day = articleDate, let place = datelinePlace(state) else { return }
        // (Not a visit: its place is where the visitor goes; a trip of many stops has none.)
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.type != .visit && found[i].event.location == nil {
            guard let t = found[i].event.time, t.start == day, t.end == day,
                  !found[i].event.participants.contains(where: { $0.entity == place }) else { continue }
            found[i].event.location = place
        }
    }

    /// The place a dateline opens the first body paragraph with: one to four capitalised words
    /// naming a place, an agency in brackets or not, then a dash ("TOKYO (Reuters) -", "NEW YORK —").
    private func datelinePlace(_ state: DocumentState) -> Int? {
        // (The title may stand before it, as a line of its own.)
        for s in sentences.prefix(3) where !s.isHeading {
            if let place = datelinePlace(opening: s, state) { return place }
        }
        return nil
    }

    private func datelinePlace(opening s: Sentence, _ state: DocumentState) -> Int? {
        let start = s.tokens.lowerBound
        guard let arg = state.argAt[start], state.entities[arg.entity].type == .location,
              (arg.tokens.lowerBound..<arg.tokens.upperBound).allSatisfy({ tokens[$0].isAllCaps || tokens[$0].kind == .punct }) else { return nil }
        var k = arg.tokens.upperBound
        // ("DA NANG, Vietnam (Reuters) -": the country after the city.)
        if k + 1 < s.tokens.upperBound, tokens[k].text == ",", let country = state.argAt[k + 1],
           state.entities[country.entity].type == .location { k = country.tokens.upperBound }
        if k < s.tokens.upperBound, tokens[k].text == "(",
           let close = (k + 1..<min(s.tokens.upperBound, k + 6)).first(where: { tokens[$0].text == ")" }) { k = close + 1 }
        guard k < s.tokens.upperBound, Self.datelineDashes.contains(tokens[k].text) else { return nil }
        return arg.entity
    }
}
