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
/// (kept whole; later stages look inside hyphens), `ex-Yukos` (split as `ex` `-` `Yukos`),
/// `anti-Bush` (whole, lowercase: no name), and web addresses and handles as single marks.
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
            // A web address or a social-media handle is one mark, never a word of a name
            // ("https://t.co/Pzk2KkXcro", "www.example.com", "@AmericanAir").
            if let end = webAddressEnd(s, i, to) {
                out.append(make(s, i, end, .punct))
                i = end
                continue
            }
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

    /// Where a web address (`http://`, `https://`, `www.`), a handle or a hashtag (`@` or `#` and
    /// letters, digits or underscores) starting at `i` ends; a handle glued to a word before it is
    /// an e-mail address.
    static func webAddressEnd(_ s: [Unicode.Scalar], _ i: Int, _ to: Int) -> Int? {
        guard ["@", "#", "h", "H", "w", "W"].contains(s[i]) else { return nil }
        // (ASCII only, without building strings: this runs at every `h` of every word.)
        func starts(_ p: StaticString) -> Bool {
            guard i + p.utf8CodeUnitCount <= to else { return false }
            for (n, u) in UnsafeBufferPointer(start: p.utf8Start, count: p.utf8CodeUnitCount).enumerated() {
                let v = s[i + n].value
                guard (v >= 65 && v <= 90 ? v + 32 : v) == UInt32(u) else { return false }
            }
            return true
        }
        func handleChar(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || c == "_" }
        if s[i] == "@" || s[i] == "#", i + 1 < to, s[i] == "@" ? handleChar(s[i + 1]) : ScalarClass.isLetter(s[i + 1]) {
            var k = i + 1
            while k < to, handleChar(s[k]), !(s[k] == "h" && webAddressEnd(s, k, to) != nil) { k += 1 }
            return k
        }
        // (`http` may follow a letter: `#Tagshttps://...`; `www.` only opens a word.)
        guard starts("http://") || starts("https://")
                || starts("www.") && i + 4 < to && ScalarClass.isLetter(s[i + 4]) && (i == 0 || !ScalarClass.isLetter(s[i - 1])) else { return nil }
        var k = i
        while k < to, !ScalarClass.isSpace(s[k]), !["\"", "\u{201D}", ")", "]", "<"].contains(s[k]) { k += 1 }
        // (A sentence's full stop or comma after the address is no part of it.)
        while k > i, [".", ",", ";", ":", "!", "?", "'", "\u{2019}"].contains(s[k - 1]) { k -= 1 }
        return k
    }

    /// A word or number starting at `i`; returns where it ends.
    private static func word(_ s: [Unicode.Scalar], _ start: Int, _ to: Int, _ out: inout [Token]) -> Int {
        var i = start
        var hasLetter = false, hasDigit = false
        while i < to {
            let c = s[i]
            // ("#PanamaPapershttps://t.co/...": an address glued to the word before it starts a mark of its own.)
            if c == "h", i > start, webAddressEnd(s, i, to) != nil { break }
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

    /// Prefixes that make a time or an adjective of a name: `mid-January`, `non-EU`.
    static let timeOrNegationPrefixes: Set<String> = ["mid", "early", "late", "pre", "post", "non"]

    static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ kind: Token.Kind, abbreviation: Bool = false) -> Token {
        let slice = s[a..<b]
        let text = ScalarClass.string(slice)
        let lower = kind == .number ? text : ScalarClass.lower(slice)
        var isCap = false, allCaps = false
        if kind == .word {
            let first = s[a]
            isCap = ScalarClass.isUpper(first)
            // A short particle before a hyphen and a capitalised word (at most four letters).
            var dash = a
            while dash < b, dash - a <= 4, !ScalarClass.isHyphen(s[dash]) { dash += 1 }
            if dash > a, dash - a <= 4, dash + 1 < b, ScalarClass.isHyphen(s[dash]), ScalarClass.isUpper(s[dash + 1]) {
                let particle = ScalarClass.lower(s[a..<dash])
                if timeOrNegationPrefixes.contains(particle) {
                    // "mid-January", "post-Christmas", "non-EU", "Pre-Budget": a time or an adjective,
                    // no name; "mid-Wales", "Mid-Ulster" keep their place. (Capitalised `Post-` opens
                    // `Post-Gazette`: left as it is.)
                    if !(isCap && particle == "post") {
                        let rest = ScalarClass.string(s[(dash + 1)..<b])
                        isCap = particle == "mid" && Lexicons.shared.month(rest.lowercased()) == nil && !Gazetteer.shared.places(named: rest).isEmpty
                    }
                } else if !isCap, !["anti", "pro"].contains(particle) {
                    // al-Sudani, bin-Laden: a lowercase particle before a capitalised name ("anti-United
                    // outrage", "pro-Kremlin media", "anti-Semitic": a stance, no name).
                    isCap = true
                }
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
