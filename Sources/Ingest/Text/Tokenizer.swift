/// One token: a word, number or punctuation mark, with its scalar offsets in the article.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    var start: Int
    var end: Int
    var kind: Kind
    /// The token as written.
    var text: String
    /// Lowercased, curly apostrophes straightened: the key for every lexicon lookup.
    var lower: String
    /// First scalar is an uppercase letter (or a lowercase name particle before one: `al-Sudani`).
    var isCap: Bool
    /// Two or more letters, all uppercase (`US`, `BBC`).
    var isAllCaps: Bool
    /// An abbreviation that swallowed its period (`Mr.`, `U.S.`, `Feb.`).
    var isAbbreviation: Bool

    var isWord: Bool { kind == .word }
}

/// Splits text into tokens that survive news writing: `U.S.`, `Feb.`, `Mr.`, decimals,
/// `2,500`, curly quotes, `Iran’s` (split as `Iran` + `’s`), `al-Sudani` and `Iran-backed`
/// (kept whole; later stages look inside hyphens), `ex-Yukos` (split as `ex` `-` `Yukos`).
enum Tokenizer {
    /// Words that take a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep",
        "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "no", "vs", "etc", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "dept", "univ",
    ]

    static func tokenize(_ s: [Unicode.Scalar], from: Int, to: Int, into out: inout [Token]) {
        var i = from
        while i < to {
            let c = s[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) {
                i = word(s, i, to, &out)
                continue
            }
            // Possessive `’s` after a word: its own token.
            if ScalarClass.isApostrophe(c), i + 1 < to, s[i + 1] == "s" || s[i + 1] == "S",
               i > from, ScalarClass.isLetter(s[i - 1]), i + 2 >= to || !ScalarClass.isLetter(s[i + 2]) {
                out.append(make(s, i, i + 2, .word))
                i += 2
                continue
            }
            out.append(make(s, i, i + 1, .punct))
            i += 1
        }
    }

    /// A word or number starting at `i`; returns where it ends.
    private static func word(_ s: [Unicode.Scalar], _ start: Int, _ to: Int, _ out: inout [Token]) -> Int {
        var i = start
        var hasLetter = false, hasDigit = false
        while i < to {
            let c = s[i]
            if ScalarClass.isLetter(c) || ScalarClass.isMark(c) { hasLetter = true; i += 1; continue }
            if ScalarClass.isDigit(c) { hasDigit = true; i += 1; continue }
            let next: Unicode.Scalar? = i + 1 < to ? s[i + 1] : nil
            // Decimals and thousands: 2,500 and 1.13
            if (c == "," || c == "."), hasDigit, !hasLetter, let n = next, ScalarClass.isDigit(n) { i += 1; continue }
            // "ex-Yukos", "Ex-Facebook president": the prefix is no part of the name after it (21
            // junk entities such as `ex-Tory`, `Ex-Facebook` in the two corpora); `ex-wife` stays whole.
            // (Written "Ex-" at a sentence's start, the prefix still opens no name.)
            if ScalarClass.isHyphen(c), i - start == 2, let n = next, ScalarClass.isUpper(n),
               ScalarClass.lower(s[start..<i]) == "ex" {
                var prefix = make(s, start, i, .word)
                prefix.isCap = false
                out.append(prefix)
                return i
            }
            // Hyphenated words: al-Sudani, Iran-backed, mid-January, 2-1
            if ScalarClass.isHyphen(c), let n = next, ScalarClass.isLetter(n) || ScalarClass.isDigit(n) { i += 1; continue }
            // Apostrophes inside words (O'Brien, didn't) but not the possessive 's
            if ScalarClass.isApostrophe(c), let n = next, ScalarClass.isLetter(n) {
                let isPossessive = (n == "s" || n == "S") && (i + 2 >= to || !ScalarClass.isLetter(s[i + 2]))
                if isPossessive { break }
                i += 1
                continue
            }
            break
        }
        // Dotted abbreviations: U.S., U.K., e.g. and single initials J.
        if i < to, s[i] == "." {
            let lower = ScalarClass.lower(s[start..<i])
            if i - start == 1, ScalarClass.isLetter(s[start]) {
                var j = i + 1
                while j + 1 < to, ScalarClass.isLetter(s[j]), s[j + 1] == "." { j += 2 }
                if j > i + 1 || ScalarClass.isUpper(s[start]) {
                    out.append(make(s, start, j, .word, abbreviation: true))
                    return j
                }
            } else if abbreviations.contains(lower) {
                out.append(make(s, start, i + 1, .word, abbreviation: true))
                return i + 1
            }
        }
        out.append(make(s, start, i, hasLetter ? .word : .number))
        return i
    }

    static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ kind: Token.Kind, abbreviation: Bool = false) -> Token {
        let slice = s[a..<b]
        let text = ScalarClass.string(slice)
        let lower = kind == .number ? text : ScalarClass.lower(slice)
        var isCap = false, allCaps = false
        if kind == .word {
            let first = s[a]
            isCap = ScalarClass.isUpper(first)
            if !isCap {
                // al-Sudani, bin-Laden: a short lowercase particle before a capitalised name
                var k = a
                while k < b, k - a <= 3, !ScalarClass.isHyphen(s[k]) { k += 1 }
                if k < b - 1, k > a, ScalarClass.isHyphen(s[k]), ScalarClass.isUpper(s[k + 1]) { isCap = true }
            }
            var letters = 0, uppers = 0
            for c in slice where ScalarClass.isLetter(c) {
                letters += 1
                if ScalarClass.isUpper(c) { uppers += 1 }
            }
            allCaps = letters >= 2 && letters == uppers
        }
        return Token(start: a, end: b, kind: kind, text: text, lower: lower, isCap: isCap, isAllCaps: allCaps,
                     isAbbreviation: abbreviation)
    }
}
