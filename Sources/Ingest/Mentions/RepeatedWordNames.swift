import EventModel

/// "A family at the heart of Ruhrort Ruhrort is also home to ...", "Equifax Equifax holds data on
/// 800 million people": a web page's subheading or image caption, one word, glued to the sentence
/// that opens with the same word. The doubled word is two mentions of the name the article writes
/// alone elsewhere, not a person "Equifax Equifax". A doubled name the article writes more than
/// once, or whose word never stands alone ("Duran Duran", "Bafana Bafana"), is kept whole.
extension TypeRefiner {
    func splitRepeatedWordNames(_ cands: [Candidate]) -> [Candidate] {
        var doubled: [String: Int] = [:], alone: [String: Int] = [:]
        for c in cands {
            if c.tokens.count == 2, tokens[c.tokens.lowerBound].text == tokens[c.tokens.lowerBound + 1].text {
                doubled[tokens[c.tokens.lowerBound].text, default: 0] += 1
            } else if c.tokens.count == 1 {
                alone[tokens[c.tokens.lowerBound].text, default: 0] += 1
            }
        }
        let split = Set(doubled.filter { $0.value == 1 && alone[$0.key, default: 0] >= 2 }.keys)
        guard !split.isEmpty else { return cands }
        // Each half is typed as the article's lone mentions of the word are (the first of them).
        var typed: [String: Candidate] = [:]
        for c in cands where c.tokens.count == 1 && split.contains(c.text) && typed[c.text] == nil { typed[c.text] = c }
        var out: [Candidate] = []
        out.reserveCapacity(cands.count + split.count)
        for c in cands {
            guard c.tokens.count == 2, split.contains(tokens[c.tokens.lowerBound].text),
                  tokens[c.tokens.lowerBound].text == tokens[c.tokens.lowerBound + 1].text,
                  let model = typed[tokens[c.tokens.lowerBound].text] else {
                out.append(c)
                continue
            }
            for k in c.tokens {
                var half = part(of: c, k..<(k + 1), typedLike: model)
                half.isSentenceInitial = k == c.tokens.lowerBound && c.isSentenceInitial
                out.append(half)
            }
        }
        return out
    }
}
