/// Tabloid sites print a photo gallery inside the story's text, each picture as its credit, the
/// gallery's size and its caption, with no full stop around them: "... found 600,000 emails Getty
/// Images 6 Victorious Roe met President Berg on Thursday The FBI chief issued two letters." Read
/// as one sentence, the caption's meeting took the story's words as its parties. So:
/// - a credit phrase of `credit-cues.tsv` (a credit, an agency or a photo acronym: `Getty Images`,
///   `Reuters`, `EPA`), then a count of one or two digits, then a capitalised word, ends the
///   sentence before it; the credit and count are a sentence of their own, read as a heading
///   (names only, never events), and the caption opens a new sentence;
/// - the caption ends, if no full stop ends it first, where a capitalised function word that
///   opens sentences (`The`, `He`, `But`) follows a word that is not itself a function word
///   ("on Thursday The FBI chief"; not "a story in The Times").
extension SentenceSplitter {
    /// Where the caption opens, after a gallery credit and count starting at `k`, if one starts there.
    static func galleryCreditEnd(at k: Int, _ tokens: [Token], last: Int) -> Int? {
        guard tokens[k].isCap, let n = CreditCues.shared.phraseLength(at: k, tokens, limit: last, kinds: [.credit, .agency, .photo]),
              k + n + 1 < last else { return nil }
        let count = tokens[k + n], caption = tokens[k + n + 1]
        guard count.kind == .number, count.text.unicodeScalars.count <= 2, count.text.unicodeScalars.allSatisfy(ScalarClass.isDigit),
              caption.kind == .word, caption.isCap else { return nil }
        return k + n + 1
    }

    /// Capitalised function words that open a sentence, and so end a caption before them.
    static let captionEnders: Set<String> = ["the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "this", "his", "her", "their"]

    /// Whether a caption running since `start` ends before token `k`.
    static func endsCaption(before k: Int, since start: Int, _ tokens: [Token]) -> Bool {
        guard k > start + 1 else { return false }
        let t = tokens[k], prev = tokens[k - 1]
        return t.kind == .word && t.isCap && !t.isAllCaps && captionEnders.contains(t.lower)
            && prev.kind != .punct && FunctionWords.set[prev.lower] == nil
    }
}
