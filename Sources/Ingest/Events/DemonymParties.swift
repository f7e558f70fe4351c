import EventModel

/// A nationality word used as a noun is its country's side (issue 3): "has been in talks with
/// the Chinese", "met the French on Tuesday", "talks between the Americans and the Russians".
/// The country keeps the word as an alias, so the side is found by either name.
///
/// Only the noun use counts: the word stands after `the` (or is a plural, "Iranians") and no
/// noun follows it ("the Chinese side", "the French government" are phrases with their own
/// head). A number before a plural makes them people, not a side ("killed three Americans").
extension EventFinder {
    /// The country the nationality noun at `j` stands for, as an argument, or nil.
    func demonymParty(_ j: Int, _ end: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        guard j < end, tokens[j].kind == .word, tokens[j].isCap, !tokens[j].isAllCaps,
              state.argAt[j] == nil else { return nil }
        let text = tokens[j].text
        let afterThe = j > 0 && tokens[j - 1].lower == "the"
        var country = afterThe ? Gazetteer.shared.country(adjective: text) : nil
        if country == nil, text.hasSuffix("s"), text.count > 4 {
            country = Gazetteer.shared.country(adjective: String(text.dropLast()))
        }
        guard let found = country else { return nil }
        if j > 0, tokens[j - 1].kind == .number || TimeResolver.numberWords[tokens[j - 1].lower] != nil { return nil }
        if j + 1 < end, !endsNounPhrase(tokens[j + 1]) { return nil }
        let e = state.country(found, text: text, span: TextSpan(start: tokens[j].start, end: tokens[j].end), sentence: si)
        let arg = Arg(tokens: j..<(j + 1), entity: e, kind: .group)
        state.set(arg)
        return arg
    }

    /// Whether `t` can follow the last word of a noun phrase: punctuation, a function word,
    /// a preposition or an auxiliary, not a noun that would be the phrase's head.
    private func endsNounPhrase(_ t: Token) -> Bool {
        if t.kind == .punct { return true }
        guard t.kind == .word, !t.isCap else { return false }
        return Lexicons.shared.stopWords[t.lower] != nil || Self.prepositions.contains(t.lower)
            || Self.auxiliaries.contains(t.lower) || Self.objectStops.contains(t.lower)
    }
}
