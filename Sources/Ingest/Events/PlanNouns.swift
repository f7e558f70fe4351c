import EventModel

/// `plan` and `plans` as a thing discussed, not a schedule (branch meetK, wide recall sample):
/// "went over the company's expansion plans during his trip to Cairo", "raised the peace plan in talks
/// with X", "on a tour to highlight new aid plans" are trips and talks that happened. Only the
/// verb ("X plans to visit", "plans a trip") or a plan for the event itself ("his plans to
/// visit", "plans for talks") make the event planned.
extension ModalityCues {
    static let planOpeners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                                           "these", "those", "'s", "\u{2019}s", "new", "any", "such"]

    static func planIsNoun(_ tokens: [Token], _ j: Int) -> Bool {
        guard ["plan", "plans"].contains(tokens[j].lower), j >= 1 else { return false }
        if j + 1 < tokens.count, ["to", "for"].contains(tokens[j + 1].lower) { return false }
        if planOpeners.contains(tokens[j - 1].lower) { return true }
        // "the peace plan", "new anti-poverty plans": one modifier after the opener.
        return j >= 2 && tokens[j - 1].kind == .word && !tokens[j - 1].isCap && planOpeners.contains(tokens[j - 2].lower)
            && !EventFinder.auxiliaries.contains(tokens[j - 1].lower)
    }
}
