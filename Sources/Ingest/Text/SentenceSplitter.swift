/// A sentence: its scalar span, its tokens (a range into the document's token array)
/// and whether it is a heading.
struct Sentence: Sendable {
    var span: (start: Int, end: Int)
    var tokens: Range<Int>
    var isHeading: Bool
    var paragraph: Int
}

/// Splits each block into sentences at `.`, `!`, `?` (with any closing quotes or brackets)
/// when the next token could open a sentence. Abbreviations carry their period inside the
/// token, so `Mr. Blair` and `Feb. 18` never split; `U.S.` at the end of a sentence does
/// when a capitalised function word follows.
enum SentenceSplitter {
    static let closers: Set<String> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"]
    static let abbreviationsThatEnd: Set<String> = ["u.s.", "u.k.", "inc.", "ltd.", "co.", "corp.", "jr.", "etc.", "a.m.", "p.m."]
    /// No sentence is longer: a run of text without a full stop (a 1 MB line, a table dump) is cut
    /// into pieces this long, because later stages scan the whole sentence for each trigger and
    /// would be quadratic in its length. News sentences stay far below it.
    static let maxTokens = 256

    static func split(_ s: [Unicode.Scalar], blocks: [Block], tokens: inout [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        tokens.reserveCapacity(s.count / 5)
        for (p, block) in blocks.enumerated() {
            let first = tokens.count
            Tokenizer.tokenize(s, from: block.start, to: block.end, into: &tokens)
            let last = tokens.count
            if first == last { continue }
            if block.isHeading {
                for cut in stride(from: first, to: last, by: maxTokens) {
                    let e = min(last, cut + maxTokens)
                    sentences.append(sentence(cut..<e, tokens, heading: true, paragraph: p))
                }
                continue
            }
            var start = first
            var k = first
            // Where an inline gallery caption began (InlineGalleryCaptions), until its sentence ends.
            var caption: Int? = nil
            while k < last {
                let t = tokens[k]
                if let c = caption, endsCaption(before: k, since: c, tokens) {
                    sentences.append(sentence(start..<k, tokens, heading: false, paragraph: p))
                    start = k
                    caption = nil
                } else if let opens = galleryCreditEnd(at: k, tokens, last: last) {
                    if k > start {
                        sentences.append(sentence(start..<k, tokens, heading: false, paragraph: p))
                    }
                    sentences.append(sentence(k..<opens, tokens, heading: true, paragraph: p))
                    start = opens
                    k = opens
                    caption = opens
                    continue
                }
                var ends = false
                if t.kind == .punct, t.text == "." || t.text == "!" || t.text == "?" || t.text == "\u{2026}" {
                    ends = true
                } else if t.isAbbreviation, abbreviationsThatEnd.contains(t.lower), k + 1 < last,
                          tokens[k + 1].isCap, FunctionWords.set[tokens[k + 1].lower] != nil {
                    ends = true
                }
                if ends {
                    var e = k + 1
                    while e < last, tokens[e].kind == .punct,
                          closers.contains(tokens[e].text) || tokens[e].text == "." || tokens[e].text == "!" || tokens[e].text == "?" {
                        // A closing quote only closes when it hugs the period.
                        if tokens[e].text == "'" || tokens[e].text == "\u{2019}" || tokens[e].text == "\"" {
                            if tokens[e].start != tokens[e - 1].end { break }
                        }
                        e += 1
                    }
                    let opensNext = e >= last || tokens[e].isCap || tokens[e].kind == .number || tokens[e].kind == .punct
                    if opensNext {
                        sentences.append(sentence(start..<e, tokens, heading: false, paragraph: p))
                        start = e
                        k = e
                        caption = nil
                        continue
                    }
                }
                k += 1
                if k - start >= maxTokens {
                    sentences.append(sentence(start..<k, tokens, heading: false, paragraph: p))
                    start = k
                    caption = nil
                }
            }
            if start < last {
                sentences.append(sentence(start..<last, tokens, heading: false, paragraph: p))
            }
        }
        return sentences
    }

    /// The sentence of tokens `range`, its span from the first token's start to the last one's end.
    private static func sentence(_ range: Range<Int>, _ tokens: [Token], heading: Bool, paragraph: Int) -> Sentence {
        Sentence(span: (tokens[range.lowerBound].start, tokens[range.upperBound - 1].end), tokens: range, isHeading: heading, paragraph: paragraph)
    }
}
