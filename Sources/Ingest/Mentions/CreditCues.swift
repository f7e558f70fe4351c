/// The phrases of `credit-cues.tsv` (format and examples: `Sources/Ingest/Lexicons/README.md`),
/// parsed once, each as its lowercase words joined by one space.
final class CreditCues: Sendable {
    static let shared = CreditCues()

    enum Kind: Sendable { case credit, caption, agency, photo }

    /// Phrase -> what it is.
    let phrases: [String: Kind]
    /// Words in the longest phrase.
    let maxWords: Int
    /// First words of the phrases: a word not here starts none.
    let firstWords: Set<String>

    private init() {
        var out: [String: Kind] = [:]
        var longest = 1
        var firsts = Set<String>()
        for r in LexiconFile.named("credit-cues.tsv").records where r.count >= 2 {
            let kind: Kind
            switch r[1] {
            case "credit": kind = .credit
            case "caption": kind = .caption
            case "agency": kind = .agency
            case "photo": kind = .photo
            default: continue
            }
            let words = r[0].split(separator: " ")
            longest = max(longest, words.count)
            out[words.joined(separator: " ")] = kind
            if let w = words.first { firsts.insert(String(w)) }
        }
        firstWords = firsts
        phrases = out
        maxWords = longest
    }

    /// The length in words of the longest phrase of one of `kinds` that starts at token `k` and
    /// ends before `limit`.
    func phraseLength(at k: Int, _ tokens: [Token], limit: Int, kinds: Set<Kind>) -> Int? {
        guard firstWords.contains(tokens[k].lower) else { return nil }
        var best: Int? = nil
        var key = ""
        for n in 1...max(1, min(maxWords, limit - k)) where k + n <= limit {
            let t = tokens[k + n - 1]
            guard t.kind == .word else { break }
            key = n == 1 ? t.lower : key + " " + t.lower
            if let kind = phrases[key], kinds.contains(kind) { best = n }
        }
        return best
    }

    /// A news agency's name (`Reuters`, `Associated Press`, `AFP`), any case.
    func isNewsAgency(_ name: String) -> Bool {
        let key = name.lowercased().split(separator: " ").joined(separator: " ")
        return phrases[key] == .agency
    }
}
