/// Photo credits and caption furniture inside runs of capitalised words. Crawled news text keeps
/// a picture's caption and credit in line with the story, without punctuation between them, so a
/// credit glues itself to the names around it (`... the square Getty Images Ann Roe spoke`,
/// `AFP Ann Roe waves`, `Downing Street AP`) or stands as a name of its own (`Rex Features`,
/// `Pictured`). The phrases are data: `credit-cues.tsv`.
///
/// `MentionFinder` asks for the pieces of each run before it types them:
/// - a credit phrase (`Getty Images`, `AP Photo`) is cut out wherever it stands;
/// - a caption word (`Pictured`, `Follow`, `Read`) is cut from the start of a run when a name of
///   its own follows, and a run of it alone is dropped;
/// - a news agency or credit acronym (`AFP`, `EPA`) is cut from either end of a longer run when
///   what remains is a name of its own, and kept when alone (`told AFP`) or part of a name the
///   lexicon knows (`Credit Suisse`) or that does not stand alone (`AP Moller`);
/// - a photographer's name written against a credit (`Ann Roe/Getty Images`, `AP Photo/Ann Roe`)
///   is the credit too, and dropped.
struct PhotoCredits {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    private let cues = CreditCues.shared
    private let lex = Lexicons.shared
    private let gaz = Gazetteer.shared

    init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.scalars = scalars
        self.tokens = tokens
    }

    /// The parts of the run `[a, b)` (inside `sentence`, a token range) that may be names.
    func pieces(_ a: Int, _ b: Int, sentence: Range<Int>) -> [Range<Int>] {
        guard (a..<b).contains(where: { cues.firstWords.contains(tokens[$0].lower) }) || nextToSlash(a, b, sentence) else {
            return [a..<b]
        }
        if lex.knownOrgs[text(a, b)] != nil { return [a..<b] }
        if isPhotographer(a, b, sentence) { return [] }
        var out: [Range<Int>] = []
        var start = a
        var k = a
        while k < b {
            // A one-word credit ending a person's name is a surname (`Mark Getty`).
            if let n = phrase(at: k, limit: b, kinds: [.credit]),
               !(n == 1 && k == b - 1 && k > a && gaz.isGivenName(tokens[a].text) && !isPlace(a, k)) {
                if k > start { out.append(start..<k) }
                k += n
                start = k
                continue
            }
            k += 1
        }
        if start < b { out.append(start..<b) }
        return out.compactMap(trimEnds)
    }

    private func trimEnds(_ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        if let n = phrase(at: lo, limit: hi, kinds: [.caption]) {
            if lo + n == hi { return nil }
            if standsAlone(lo + n, hi) { lo += n }
        }
        if hi - lo >= 2, lex.knownOrgs[text(lo, hi)] == nil {
            // An agency written as a word (`Reuters`) starts no other name; an acronym may (`AP Moller`),
            // so the rest must stand alone. Neither is cut before a title (`EPA Administrator`) or
            // before a body word that makes the agency's own body (`Reuters Institute`).
            if let n = phrase(at: lo, limit: hi, kinds: [.agency, .photo]), lo + n < hi,
               !tokens[lo].isAllCaps || standsAlone(lo + n, hi), lex.titles[tokens[lo + n].lower] == nil,
               !(hi - lo - n == 1 && lex.orgTails[tokens[hi - 1].lower] != nil) {
                lo += n
            }
            if hi - lo >= 2, let n = phrase(endingAt: hi, from: lo, kinds: [.agency, .photo]), hi - n > lo {
                hi -= n
            }
        }
        // `Ann Roe Image`, `Riverton Photos`: a caption word after a person's or a place's name.
        if hi - lo >= 2, let n = phrase(endingAt: hi, from: lo, kinds: [.caption]), hi - n > lo,
           gaz.isGivenName(tokens[lo].text) || isPlace(lo, hi - n) {
            hi -= n
        }
        return lo < hi ? lo..<hi : nil
    }

    private func isPlace(_ a: Int, _ b: Int) -> Bool {
        let name = text(a, b)
        return gaz.country(named: name) != nil || !gaz.places(named: name).isEmpty
    }

    /// `[a, b)` is a name without the credit before it: a given name, an acronym, a country,
    /// a place, a known organisation, or a capitalised common word opening a caption (`Crowds`).
    private func standsAlone(_ a: Int, _ b: Int) -> Bool {
        let first = tokens[a]
        if gaz.isGivenName(first.text) || first.isAllCaps || lex.commonWords.contains(first.lower) { return true }
        let name = text(a, b)
        return lex.knownOrgs[name] != nil || gaz.country(named: name) != nil || gaz.country(adjective: first.text) != nil
            || gaz.country(adjective: name) != nil || !gaz.places(named: name).isEmpty || !gaz.places(named: first.text).isEmpty
    }

    /// `Ann Roe/Getty Images`, `Ann Roe/AFP`, `AP Photo/Ann Roe`: a name against a credit across a slash.
    private func isPhotographer(_ a: Int, _ b: Int, _ sentence: Range<Int>) -> Bool {
        if b + 1 < sentence.upperBound, tokens[b].text == "/", phrase(at: b + 1, limit: sentence.upperBound, kinds: [.credit, .agency, .photo]) != nil {
            return true
        }
        // Only a credit phrase before the slash: `Reuters/Ipsos` is a poll, not a credit.
        if a - 2 >= sentence.lowerBound, tokens[a - 1].text == "/", phrase(endingAt: a - 1, from: sentence.lowerBound, kinds: [.credit]) != nil {
            return true
        }
        return false
    }

    private func nextToSlash(_ a: Int, _ b: Int, _ sentence: Range<Int>) -> Bool {
        b < sentence.upperBound && tokens[b].text == "/" || a > sentence.lowerBound && tokens[a - 1].text == "/"
    }

    /// The length in words of the longest phrase of one of `kinds` starting at `k`, before `limit`.
    private func phrase(at k: Int, limit: Int, kinds: Set<CreditCues.Kind>) -> Int? {
        cues.phraseLength(at: k, tokens, limit: limit, kinds: kinds)
    }

    /// The length in words of the longest phrase of one of `kinds` ending just before `end`, not before `from`.
    private func phrase(endingAt end: Int, from: Int, kinds: Set<CreditCues.Kind>) -> Int? {
        var best: Int? = nil
        for n in 1...max(1, min(cues.maxWords, end - from)) where end - n >= from {
            if let m = phrase(at: end - n, limit: end, kinds: kinds), m == n { best = n }
        }
        return best
    }

    private func text(_ a: Int, _ b: Int) -> String {
        ScalarClass.string(scalars[tokens[a].start..<tokens[b - 1].end])
    }
}
