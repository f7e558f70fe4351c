/// The blocks of an article body: paragraphs (separated by blank lines) and headings
/// (short lines without final punctuation). Headings never carry events, but their names
/// still count as mentions.
///
/// Crawled news (news-please, JSON Lines `text`) puts one paragraph on each line with no blank
/// line between them, while hand-wrapped text breaks its lines near 72 columns inside sentences.
/// So a line break joins two lines into one paragraph only when the first line is short enough
/// to be a wrapped one; after a longer line it starts a new paragraph (and so a new sentence:
/// a caption or dateline line without a full stop no longer runs into the next paragraph).
struct Block: Sendable {
    var start: Int
    var end: Int
    var isHeading: Bool
}

enum ArticleLayout {
    /// At most this many words for a line to count as a heading.
    static let maxHeadingWords = 14
    /// Lines longer than this (in scalars) are not hand-wrapped: they end their paragraph.
    static let maxWrappedLine = 100

    static func blocks(_ s: [Unicode.Scalar], bodyStart: Int) -> [Block] {
        // Lines as (start, end) with surrounding spaces trimmed; empty lines are paragraph breaks.
        var blocks: [Block] = []
        var para: (start: Int, end: Int)? = nil
        var lastLineLength = 0
        func flush() {
            if let p = para { blocks.append(Block(start: p.start, end: p.end, isHeading: false)) }
            para = nil
        }
        var i = bodyStart
        while i < s.count {
            var j = i
            while j < s.count, s[j] != "\n" { j += 1 }
            var a = i, b = j
            while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
            while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
            if a == b {
                flush()
            } else if isHeadingLine(s, a, b) {
                flush()
                blocks.append(Block(start: a, end: b, isHeading: true))
            } else if let p = para, lastLineLength <= maxWrappedLine, !opensGalleryCaption(s, a, b) {
                para = (p.start, b)
            } else if opensGalleryCaption(s, a, b) {
                // "12/34 20 November ...": each photo caption of a gallery is a paragraph of its
                // own (caption lines end without a full stop, so they would run together), and
                // its closing photo credit ("AFP/Getty") is no part of the caption's sentence.
                flush()
                para = (a, withoutPhotoCredit(s, a, b))
            } else {
                flush()
                para = (a, b)
            }
            if a < b { lastLineLength = b - a }
            i = j + 1
        }
        flush()
        return blocks
    }

    /// A line opening with a gallery counter, digits `/` digits and a space ("3/12 ").
    static func opensGalleryCaption(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b, ScalarClass.isDigit(s[k]) { k += 1 }
        guard k > a, k < b, s[k] == "/" else { return false }
        let d = k + 1
        k = d
        while k < b, ScalarClass.isDigit(s[k]) { k += 1 }
        return k > d && k < b && s[k] == " "
    }

    /// Agencies that close a gallery caption as its credit.
    static let photoCredits: Set<String> = ["getty", "afp", "reuters", "pa", "ap", "epa", "rex", "features", "images", "shutterstock", "eyevine"]

    /// The end of a caption line without its last word when that word is a photo credit
    /// ("Getty", "AFP/Getty", "Rex Features").
    static func withoutPhotoCredit(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
        var end = b
        for _ in 0..<2 {
            var w = end
            while w > a, s[w - 1] != " " { w -= 1 }
            guard w > a else { return end }
            let word = String(String.UnicodeScalarView(s[w..<end])).lowercased()
            guard !word.isEmpty, word.split(separator: "/").allSatisfy({ photoCredits.contains(String($0)) }) else { return end }
            end = w
            while end > a, s[end - 1] == " " { end -= 1 }
        }
        return end
    }

    static func isHeadingLine(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        let last = s[b - 1]
        switch last {
        case ".", "!", "?", ":", ";", ",", ")", "\u{2026}": return false
        // "Rover deal 'may cost 2,000 jobs'": a headline may close on a quoted claim; a line of
        // speech closes its sentence inside the quote ("...," he said: "We will go.").
        case "\"", "\u{201D}", "\u{2019}", "'":
            guard b - 2 >= a, ScalarClass.isLetter(s[b - 2]) || ScalarClass.isDigit(s[b - 2]) || s[b - 2] == "%" else { return false }
        default: break
        }
        var words = 1
        for k in a..<b where s[k] == " " {
            words += 1
            if words > maxHeadingWords { return false }
        }
        return true
    }
}
