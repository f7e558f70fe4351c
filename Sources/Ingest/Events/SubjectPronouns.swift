import EventModel

/// "The agency is also supplying the power system for Nasa's capsule. Finally, they are in talks
/// with X": a pronoun that opens its sentence as the subject goes on with the subject of the
/// sentence before, not with the last organisation named there (issue 3, session 21: a
/// capsule's owner had become the party of the talks).
extension EventFinder {
    /// Words that may stand before a sentence's subject without taking its place ("But they",
    /// "Finally, they", "Now it").
    static let subjectPronounLeads: Set<String> = ["but", "and", "so", "yet", "now", "finally", "however", "meanwhile",
                                                   "also", "still", "then", "today", "instead", "separately", ","]

    /// The organisation (or, for `they`, also the unnamed group) that opens the sentence before
    /// the one of the subject pronoun at `j` as its subject; nil when `j` is not the sentence's
    /// subject or that sentence opens otherwise.
    func previousSentenceSubject(ofPronoun j: Int, plural: Bool, _ state: DocumentState) -> Arg? {
        let si = state.sentenceOf[j]
        guard si > 0 else { return nil }
        let s = sentences[si].tokens
        guard (s.lowerBound..<j).allSatisfy({ Self.subjectPronounLeads.contains(tokens[$0].lower) }), j - s.lowerBound <= 3,
              !sentences[si - 1].isHeading else { return nil }
        let prev = sentences[si - 1].tokens
        var q = prev.lowerBound
        while q < prev.upperBound, Self.determiners.contains(tokens[q].lower) { q += 1 }
        guard q < prev.upperBound, q - prev.lowerBound <= 1, let a = state.argAt[q], a.kind != .pronoun,
              a.tokens.upperBound < prev.upperBound, tokens[a.tokens.upperBound].lower != "'s",
              tokens[a.tokens.upperBound].kind == .word, state.argAt[a.tokens.upperBound] == nil else { return nil }
        let e = state.entities[a.entity]
        return e.type == .organization || plural && a.kind == .group && !isOnePerson(a, state) ? a : nil
    }

    /// An unnamed group that is one person ("the woman", "the president of Chile"), which no
    /// `they` means.
    func isOnePerson(_ a: Arg, _ state: DocumentState) -> Bool {
        guard a.kind == .group, state.entities[a.entity].type == .person else { return false }
        return Lexicons.shared.groupNouns[tokens[a.tokens.upperBound - 1].lower]?.plural != true
    }
}
