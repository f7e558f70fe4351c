/// Surnames of the people an article names in full (`Carla May`, `Tobias King`: a given name
/// from the lexicon, then a capitalised word of three letters or more). Such a word written alone
/// elsewhere in the article is that person even when it is also a grammar word (`May`) or a title
/// (`King`, `Major`), which the name finder otherwise never starts a name with (issue 3, party
/// probes: "Carla May ... May met X" reported no meeting).
enum NamedSurnames {
    static func find(_ tokens: [Token]) -> Set<String> {
        let gaz = Gazetteer.shared
        var out = Set<String>()
        var k = 1
        while k < tokens.count {
            let t = tokens[k], g = tokens[k - 1]
            if t.kind == .word, g.kind == .word, t.isCap, !t.isAllCaps, g.isCap, !g.isAllCaps, g.end + 1 == t.start,
               t.text.unicodeScalars.count > 2, gaz.isGivenName(g.text), !isMonthOrTitle(g.lower) {
                out.insert(t.lower)
            }
            k += 1
        }
        return out
    }

    /// A given name that is also a month or a title (`May`, `June`, `King`) opens no full name here:
    /// `May Day`, `King Street`.
    private static func isMonthOrTitle(_ w: String) -> Bool {
        Lexicons.shared.month(w) != nil || Lexicons.shared.titles[w] != nil
    }

    /// Token `k` alone is the surname of someone the article names in full, and reads as a name
    /// here: capitalised (not shouted), not after `the` (`the King` is the monarch), and not a
    /// modal opening a question (`May I`, `May we`).
    static func standsAlone(_ k: Int, _ tokens: [Token], _ surnames: Set<String>) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.isCap, !t.isAllCaps, surnames.contains(t.lower) else { return false }
        if k > 0, ["the", "a", "an"].contains(tokens[k - 1].lower) { return false }
        if k + 1 < tokens.count, ["i", "we", "you", "they", "he", "she", "it", "the"].contains(tokens[k + 1].lower) { return false }
        return true
    }
}
