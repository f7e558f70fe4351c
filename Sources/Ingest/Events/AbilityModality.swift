import EventModel

/// Talks someone can or may now hold are not talks held (the `note` of
/// `../shared/eval/meetings-dev-*.json`: "merely desired/possible" is not_happened): "he can
/// negotiate with interested clubs", "is now able to begin negotiations with other clubs",
/// "are free to hold talks with". A past achievement stays asserted: "was able to meet X on
/// Monday", "were allowed to visit him last week".
extension EventFinder {
    static let abilityWords: Set<String> = ["able", "free", "allowed", "permitted", "entitled", "unable"]
    static let startVerbs: Set<String> = ["begin", "start", "open", "hold", "enter", "have", "resume"]

    func markAbilities(_ found: inout [Found]) {
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.modality == .asserted {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let lo = sentences[found[i].event.sentence].tokens.lowerBound
            var j = k - 1
            // Past a light or starting verb and its modifiers: "begin negotiations", "hold further talks".
            while j > lo, j >= k - 3, tokens[j].kind == .word, !tokens[j].isCap,
                  Self.startVerbs.contains(tokens[j].lower) || Self.nounTriggerModifiers.contains(tokens[j].lower) { j -= 1 }
            guard j >= lo else { continue }
            if tokens[j].lower == "can" { found[i].event.modality = .hypothetical; continue }
            guard tokens[j].lower == "to", j - 1 >= lo, Self.abilityWords.contains(tokens[j - 1].lower) else { continue }
            var b = j - 2
            if b >= lo, ["now", "also", "still", "already", "not"].contains(tokens[b].lower) { b -= 1 }
            if b >= lo, ["was", "were", "had", "been"].contains(tokens[b].lower) { continue }
            found[i].event.modality = .hypothetical
        }
    }
}
