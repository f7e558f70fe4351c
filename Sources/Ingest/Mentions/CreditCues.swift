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

    /// A news agency's name (`Reuters`, `Associated Press`, `AFP`), any case.
    func isNewsAgency(_ name: String) -> Bool {
        let key = name.lowercased().split(separator: " ").joined(separator: " ")
        return phrases[key] == .agency
    }
}
