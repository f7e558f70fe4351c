/// Reporters and editors named in a byline (`By Ann Roe` on a line of its own) or in a wire
/// service's closing credits (`(Reporting by Ann Roe; Editing by Lars Berg)`) wrote the story;
/// they are not in it, and an analyst strikes them out of the people it names.
struct Bylines {
    let tokens: [Token]

    /// Words before `by` that make the names after it the story's credits.
    static let creditWords: Set<String> = ["reporting", "editing", "writing", "compiled", "compiling", "additional"]

    /// The run starting at token `a` in sentence `s` names a byline's or a credit's writers.
    func isByline(_ a: Int, _ s: Sentence) -> Bool {
        // A heading line that opens with `By` and a name: `By Ann Roe and Lars Berg`.
        var first = s.tokens.lowerBound
        while first < s.tokens.upperBound, tokens[first].kind == .punct { first += 1 }
        if s.isHeading, first + 1 < s.tokens.upperBound, tokens[first].text == "By", tokens[first + 1].isCap { return true }
        // Back over the other names of the list to its `by`: `Editing by Lars Berg, Ida Sund and Ann Roe`.
        var k = a - 1
        while k > s.tokens.lowerBound {
            let t = tokens[k]
            if t.lower == "by" { break }
            guard t.kind == .word && (t.isCap || t.lower == "and") || t.text == "," else { return false }
            k -= 1
        }
        guard k > s.tokens.lowerBound, tokens[k].lower == "by" else { return false }
        return Self.creditWords.contains(tokens[k - 1].lower)
    }
}
