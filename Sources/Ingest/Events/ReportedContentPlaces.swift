import EventModel

/// A place inside what is warned of or urged is not where the warning was given (issue 3, branch
/// evt; `Scripts/eval/event_audit.py`): "Ana Roe warned that the dispute could end up before a
/// tribunal in Geneva", "the organiser warned: 'Anyone without a ticket at the gate in Leeds will
/// be turned away'", "threatened to shell the port of Marenta". A place after the
/// trigger with a clause opener (`that`, `to`, `if`, `unless`, a colon or a quote) between them
/// is dropped from a `warn` or `appeal`.
/// Kept: "warned in Oslo that ..." and "In Oslo, X warned ..." (the place comes first).
extension EventFinder {
    static let contentOpeners: Set<String> = ["that", "to", "if", "unless", ":", "\"", "\u{201C}", "\u{2018}", "'"]

    func placeInsideContent(_ type: EventType, _ place: Arg?, triggerEnd: Int) -> Bool {
        guard type == .warn || type == .appeal, let p = place, p.tokens.lowerBound >= triggerEnd else { return false }
        return (triggerEnd..<p.tokens.lowerBound).contains { Self.contentOpeners.contains(tokens[$0].lower) }
    }
}
