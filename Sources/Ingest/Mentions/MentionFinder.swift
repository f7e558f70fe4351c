import EventModel

/// Finds candidate names in each sentence: runs of capitalised words (with `of`, `al`,
/// `bin`... inside names), stripped of sentence-initial grammar words, months, weekdays and
/// leading titles, then typed from the lexicons: countries and places (gazetteer), known
/// organisations, organisation heads and tails, titles and given names for persons.
/// Bare titles, pronouns, months and weekdays never become candidates.
struct MentionFinder {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Sentences whose all-caps words all start or continue a run, lexicon or not: shouted
    /// lines and datelines, which `TypeRefiner` reads again piece by piece (so it needs the
    /// whole run, `MARVELLO BACK FOR NORWAY`, `ZELMORA 1996-08-22`). Elsewhere an all-caps
    /// word longer than an acronym is a name only when a lexicon knows it.
    var wholeCapsLines: [Bool] = []
    private let lex = Lexicons.shared
    private let gaz = Gazetteer.shared
    private var credits: PhotoCredits { PhotoCredits(scalars: scalars, tokens: tokens) }
    /// Surnames of the people the article names in full (`NamedSurnames`), set by `find`.
    var namedSurnames: Set<String> = []

    /// Words after a hyphen that make the first half an affiliation: `Iran-backed`.
    static let affiliationSuffixes: Set<String> = ["backed", "aligned", "allied", "led", "sponsored", "supported",
                                                   "funded", "based", "linked", "affiliated", "controlled", "run", "owned"]
    /// Particles that may sit inside a name between capitalised words.
    static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "abu", "de", "del", "della", "da", "do", "dos", "du",
                                             "van", "von", "der", "den", "la", "le", "di", "y", "&"]
    /// Lowercase nouns that turn a preceding place into a facility: `Baghdad airport`.
    static let facilityNouns: Set<String> = ["airport", "airbase", "stadium", "palace", "embassy", "prison"]

    func find(sentences: [Sentence]) -> [Candidate] {
        var out: [Candidate] = []
        var finder = self
        finder.namedSurnames = NamedSurnames.find(tokens)
        for (si, s) in sentences.enumerated() {
            finder.findIn(s, index: si, into: &out)
        }
        return out
    }

    private func isNameWord(_ t: Token, wholeCaps: Bool) -> Bool {
        guard t.kind == .word, t.isCap else { return false }
        if Self.isContraction(t.lower) { return false }
        if t.isAllCaps, wholeCaps { return true }
        if t.isAllCaps {
            // Acronyms (BBC, NATO) are names; longer all-caps words are headline words unless a lexicon knows them.
            if t.text.unicodeScalars.count <= 5 { return lex.stopWords[t.lower] == nil || t.text.unicodeScalars.count <= 3 && t.lower == "us" }
            let titled = Self.titleCase(t.text)
            return gaz.country(named: titled) != nil || !gaz.places(named: titled).isEmpty || gaz.isGivenName(titled)
                || gaz.isSurname(titled) || lex.knownOrgs[t.text] != nil
        }
        if let c = lex.stopWords[t.lower], c != .other { return false }
        if lex.weekday(t.lower) != nil { return false }
        if let m = lex.month(t.lower), !Self.nameMonths.contains(m) { return false }
        return true
    }

    private func findIn(_ s: Sentence, index si: Int, into out: inout [Candidate]) {
        let r = s.tokens
        let wholeCaps = si < wholeCapsLines.count && wholeCapsLines[si]
        var i = r.lowerBound
        // Where the sentence really starts: after opening quotes and brackets.
        var first = r.lowerBound
        while first < r.upperBound, tokens[first].kind == .punct { first += 1 }
        while i < r.upperBound {
            let t = tokens[i]
            if t.kind == .word, lex.titles[t.lower] == nil, let h = hyphenAffiliation(t) {
                // ("New York-based": the capitalised word before, which names nothing alone, opens the place.)
                if let c = classifyPrefix(h.prefixEnd, t, si, s)
                    ?? (i > first && tokens[i - 1].isCap && tokens[i - 1].kind == .word && !lineBreak(before: i)
                        ? classifyPrefix(h.prefixEnd, t, si, s, from: tokens[i - 1].start) : nil) {
                    out.append(c)
                }
                i += 1
                continue
            }
            // A lone capital letter starts no name (it is an initial inside one: "George W Bush").
            // A month that is also a given name opens a name before a surname: `Jan Kessler`.
            let givenMonth = lex.month(t.lower) != nil && !t.isAllCaps && gaz.isGivenName(t.text) && i + 1 < r.upperBound
                && isNameWord(tokens[i + 1], wholeCaps: wholeCaps) && lex.month(tokens[i + 1].lower) == nil
            guard isNameWord(t, wholeCaps: wholeCaps) && !isShoutedCommonWord(i, r, wholeCaps: wholeCaps) || givenMonth || monthOpensBody(i, r)
                    || NamedSurnames.standsAlone(i, tokens, namedSurnames) || particleAfterGivenMonth(i, r),
                  t.text.unicodeScalars.count > 1 || t.isAbbreviation else { i += 1; continue }
            // A heading's verb starts no name either ("... Sees Dust Cloud").
            if s.isHeading, headingVerb(i, s) { i += 1; continue }
            // "March 6", "May 2017": a month.
            if lex.month(t.lower) != nil, i + 1 < r.upperBound, tokens[i + 1].kind == .number { i += 1; continue }
            // "Combining Daiwa and Nomura would ...": a gerund opening the sentence opens the clause, not the name.
            // (`Sporting Gijon`: before a place the word is part of a club's name.)
            if i == first, i + 1 < r.upperBound, isNameWord(tokens[i + 1], wholeCaps: wholeCaps), opensWithGerund(t),
               gaz.places(named: tokens[i + 1].text).isEmpty, gaz.country(named: tokens[i + 1].text) == nil { i += 1; continue }
            // `the Six Nations`, `20th Century Fox`: a capitalised number word or an ordinal right
            // before the run, inside the sentence, is part of the name.
            let start = i - 1 > first && numberOpensName(i - 1, s) ? i - 1 : i
            var j = i + 1
            while j < r.upperBound {
                let u = tokens[j]
                // A name never runs across a line break: a caption or credit line without a full stop
                // runs into the next line's first name (`... Getty Images` + `Ann Roe said`).
                if lineBreak(before: j) { break }
                // "Observatory Sees Dust Cloud": in a heading, a verb in -s ends the name before it.
                if s.isHeading, headingVerb(j, s) { break }
                // "told the BBC Gordon Lisle has": a known body's acronym runs into a full name.
                if j == i + 1, acronymBeforeFullName(i, j, r, wholeCaps: wholeCaps) { break }
                // "a secret meeting with Bill Clinton October 7, 2016: ...": a month with a day or year
                // after it dates what comes before; it is no part of the name ("Theresa May" stays).
                // (May or March after a given name stays: "Prime Minister Theresa May 2017".)
                if let m = lex.month(u.lower), j + 1 < tokens.count, tokens[j + 1].kind == .number,
                   !(Self.nameMonths.contains(m) && gaz.isGivenName(tokens[j - 1].text)) { break }
                // "Theresa May", "Ahmad Shah": after a given name even a grammar word is a surname.
                let afterGivenName = u.kind == .word && u.isCap && gaz.isGivenName(tokens[j - 1].text) && u.text.unicodeScalars.count > 2
                    || nameAfterPersonTitle(j)
                if isNameWord(u, wholeCaps: wholeCaps) || afterGivenName, hyphenAffiliation(u) == nil || !affiliatesName(u) {
                    // May / March inside a run only after a capitalised word (Theresa May).
                    j += 1
                    continue
                }
                // "Northfield Police Authority": a frequent sentence opener inside a run before a body's
                // last word belongs to the name (issue 3: the run stopped at it, leaving "Northfield").
                if commonWordBeforeTail(j, r, wholeCaps: wholeCaps) {
                    j += 1
                    continue
                }
                // `Korean People's Army`, `Women's Institute`: a plural of people with its `'s` inside a
                // body's name (issue 3: `Korean People` had been a person and `Daily` one too).
                // (Only before a body's word: `Women's March` or `Men's Singles Final` would be typed a person.)
                if u.lower == "'s", Self.possessivePeopleInNames.contains(tokens[j - 1].lower), tokens[j - 1].isCap,
                   j + 1 < r.upperBound, isNameWord(tokens[j + 1], wholeCaps: wholeCaps), !lineBreak(before: j + 1),
                   (j + 1..<min(r.upperBound, j + 5)).prefix(while: { isNameWord(tokens[$0], wholeCaps: wholeCaps) }).contains(where: {
                       lex.orgTails[tokens[$0].lower]?.type == "organization" || lex.orgHeads[tokens[$0].lower] != nil || tokens[$0].lower == "republic" }) {
                    j += 1
                    continue
                }
                // `Musicians' Union`, `British Bankers' Association`, and the singular written for the
                // plural, `General Worker's Union`: a common noun for people before a body's word is inside
                // the body's name (it had made a person "Workers" and an organisation "Teachers").
                // (People nouns only, plurals in -s or singulars in -er/-or/-ist/-ian: `Labour's Policy Forum`
                // is a party's forum.)
                // (Nor a country's, `the United States' Trump Administration`.)
                if isPeoplePossessive(j), j + 1 < r.upperBound, gaz.country(named: text(i, j)) == nil,
                   j - 2 < i || gaz.country(named: text(j - 2, j)) == nil, isNameWord(tokens[j + 1], wholeCaps: wholeCaps), !lineBreak(before: j + 1),
                   (j + 1..<min(r.upperBound, j + 5)).prefix(while: { isNameWord(tokens[$0], wholeCaps: wholeCaps) }).contains(where: {
                       lex.orgTails[tokens[$0].lower]?.type == "organization" }) {
                    j += 1
                    continue
                }
                // `St Mary's College`, `Guy's Hospital`, `Lewis Boys' School`: a possessive right before
                // an institution's word ending the name is inside that institution's name (it had made a
                // person "St Mary"; not after `Mr`, "Mr Blair's School reforms", nor a country's or a
                // large city's, "London's Institute of Contemporary Arts", nor before more name words,
                // "Brando's Academy Award").
                if u.lower == "'s" || u.text == "'" || u.text == "\u{2019}", tokens[j - 1].isCap, j + 1 < r.upperBound,
                   tokens[j + 1].isCap, Self.institutionWords.contains(tokens[j + 1].lower), !lineBreak(before: j + 1),
                   j + 2 >= r.upperBound || !isNameWord(tokens[j + 2], wholeCaps: wholeCaps),
                   !(i..<j).contains(where: { ["mr", "mrs", "ms", "miss", "dr"].contains(tokens[$0].lower) }),
                   gaz.country(named: tokens[j - 1].text) == nil,
                   !gaz.places(named: tokens[j - 1].text).contains(where: { $0.isCapital || $0.population >= 500_000 }) {
                    j += 1
                    continue
                }
                // `Group of 20`, `Group of Seven`: a known body's name with a number after `of`.
                if u.lower == "of", j + 2 <= r.upperBound, lex.knownOrgs[text(i, j + 2)] != nil {
                    j += 2
                    continue
                }
                // `Ines van der Meer`, `Lucia de la Fuente`: two particles in a row inside a name.
                if particlePair(j, r, wholeCaps: wholeCaps) { j += 2; continue }
                // `Office of the Deputy Prime Minister`, `Museum of the Moving Image`: `of the` inside a body's name.
                if u.lower == "of", j + 2 < r.upperBound, tokens[j + 1].lower == "the", isNameWord(tokens[j + 2], wholeCaps: wholeCaps),
                   !lineBreak(before: j + 2), bodyCue(tokens[j - 1]) != nil {
                    j += 2
                    continue
                }
                if u.kind == .word || u.text == "&", j + 1 < r.upperBound, isNameWord(tokens[j + 1], wholeCaps: wholeCaps), !lineBreak(before: j + 1) {
                    if Self.nameParticles.contains(u.lower) { j += 1; continue }
                    // `Marks and Spencer`, `Securities and Exchange Commission`: `and` inside a known name.
                    if u.lower == "and", let end = knownNameEnd(from: i, after: j + 1, limit: r.upperBound, wholeCaps: wholeCaps) {
                        j = end
                        continue
                    }
                    // `Track and Field Federation`, `Food and Drug Agency`: common words joined by `and` in a body's name.
                    if u.lower == "and", let end = commonWordsBodyEnd(before: j, after: j + 1, r) {
                        j = end
                        continue
                    }
                    // `Department for Education and Skills`, `Office of Management and Budget`: the field after a
                    // body's `of`/`for` may join two common words.
                    if u.lower == "and", let end = bodyFieldEnd(runStart: i, and: j, r) {
                        j = end
                        continue
                    }
                    if u.lower == "of" || u.lower == "for" {
                        let prev = tokens[j - 1].lower
                        // ("White House Chief of Staff Ann Roe": a title written with `of`.)
                        if lex.orgHeads[prev] != nil || lex.orgTails[prev] != nil || prev.hasSuffix("secretary")
                            || prev == "states" || prev == "republic" || prev == "kingdom"
                            || j + 1 < r.upperBound && lex.titles["\(prev) \(u.lower) \(tokens[j + 1].lower)"] != nil {
                            j += 1
                            continue
                        }
                    }
                }
                break
            }
            // A run never ends on a particle, nor on a word that names nothing (`Labour MPs`, `BBC TV`).
            while j > i + 1, Self.nameParticles.contains(tokens[j - 1].lower) || tokens[j - 1].lower == "of"
                || lex.stopWords[tokens[j - 1].lower] == .other && lex.orgTails[tokens[j - 1].lower]?.type != "none" { j -= 1 }
            // "Sierra Leone-born", "Hong Kong-flagged": a place of several words before the hyphen of the
            // run's last word (or of the word that stopped the run) is the name; the adjective's tail is
            // none of it.
            if j - i >= 2, let h = hyphenAffiliation(tokens[j - 1]),
               let c = classifyPrefix(h.prefixEnd, tokens[j - 1], si, s, from: tokens[i].start) {
                out.append(c)
                i = j
                continue
            }
            if j < r.upperBound, tokens[j].kind == .word, !lineBreak(before: j), let h = hyphenAffiliation(tokens[j]),
               let c = classifyPrefix(h.prefixEnd, tokens[j], si, s, from: tokens[i].start) {
                out.append(c)
                i = j + 1
                continue
            }
            i = start
            // "Released March on PS2", "Injured Rovers winger ...": a past participle opening the
            // sentence before a name the lexicons know opens the clause, not the name.
            // (A month after it is the time of the clause: `Released March on PS2` names no one.)
            if i == first, j - i >= 2, participleOpensClause(i, j, r) {
                i += 1
                if j - i == 1, lex.month(tokens[i].lower) != nil { i = j; continue }
            }
            if Bylines(tokens: tokens).isByline(i, s) { i = j; continue }
            for piece in credits.pieces(i, j, sentence: r) {
                classify(piece.lowerBound, piece.upperBound, si, s, sentenceStart: first, into: &out)
            }
            i = j
        }
    }

    /// A capitalised `-ing` form of a common verb (`Combining` from `combine`, `Visiting` from
    /// `visit`) that names no place, person or known organisation (`Reading`, `Sterling`, `Manning`).
    private func opensWithGerund(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isAllCaps, t.lower.hasSuffix("ing"), t.lower.unicodeScalars.count > 5,
              lex.commonWords.contains(t.lower), !gaz.isGivenName(t.text), gaz.places(named: t.text).isEmpty,
              lex.knownOrgs[t.text] == nil else { return false }
        let stem = String(t.lower.dropLast(3))
        return lex.commonWords.contains(stem) || lex.commonWords.contains(stem + "e")
    }

    /// Token `i` opens the sentence as a past participle of a common verb (`Released`, `Injured`,
    /// `Stranded`), and the capitalised words after it (`i + 1 ..< j`) are a name the lexicons
    /// know on their own (a country, place, known organisation, month, a name opening with a
    /// given name, or one word before a lower-case role and a name: `Rovers winger X`), while the
    /// whole run is none: `United Nations`, `Associated Press` and `Armed Forces Revolutionary
    /// Council` keep their first word.
    private func participleOpensClause(_ i: Int, _ j: Int, _ r: Range<Int>) -> Bool {
        let t = tokens[i]
        let w = t.lower
        guard t.kind == .word, !t.isAllCaps else { return false }
        // `Former Rovers striker X`: a word that makes a title past opens the clause the same way.
        if !LowercaseTitles.notCurrent.contains(w) {
            guard w.hasSuffix("ed"), w.unicodeScalars.count > 4, lex.commonWords.contains(w),
                  !gaz.isGivenName(t.text), gaz.places(named: t.text).isEmpty, lex.knownOrgs[t.text] == nil else { return false }
            let stem = String(w.dropLast(2))
            let doubled = stem.unicodeScalars.count > 2 && stem.unicodeScalars.last == stem.unicodeScalars.dropLast().last
            // (The common-word list leaves surnames out: `strand` of `Stranded` is one.)
            guard lex.commonWords.contains(stem) || lex.commonWords.contains(stem + "e") || gaz.isSurname(String(t.text.dropLast(2)))
                    || doubled && lex.commonWords.contains(String(stem.dropLast())) else { return false }
        }
        let whole = text(i, j)
        guard lex.knownOrgs[whole] == nil, gaz.country(named: whole) == nil, gaz.places(named: whole).isEmpty else { return false }
        let rest = text(i + 1, j)
        // One word before a lower-case role and a name is the body that person works for.
        let bodyOfRole = j - i == 2 && j + 1 < r.upperBound && tokens[j].kind == .word && !tokens[j].isCap
            && (lex.titles[tokens[j].lower] != nil || SportsCues.shared.role.contains(tokens[j].lower)) && tokens[j + 1].isCap
        return lex.knownOrgs[rest] != nil || gaz.country(named: rest) != nil || !gaz.places(named: rest).isEmpty
            || lex.month(tokens[i + 1].lower) != nil || gaz.isGivenName(tokens[i + 1].text) || bodyOfRole
    }

    /// A capitalised common word in -s whose stem is a common word too (`Says`, `Gets`, `Warns`;
    /// or a surname, which the common-word list leaves out: `See` of `Sees`), and no
    /// organisation's last word (`News`, `Times`, `Games`), given name, surname or place: in a
    /// title-case heading, the verb (or a plural noun) after a name, not part of it.
    /// A word must follow it in the line: `Rangers 2 Celtic 1` and a line ending in `Wolves` are
    /// results and lists, where such words are clubs.
    private func headingVerb(_ k: Int, _ s: Sentence) -> Bool {
        let u = tokens[k]
        guard k + 1 < s.tokens.upperBound, tokens[k + 1].kind == .word else { return false }
        let w = u.lower
        guard u.kind == .word, u.isCap, !u.isAllCaps, w.hasSuffix("s"), !w.hasSuffix("ss"), w.unicodeScalars.count > 3,
              lex.commonWords.contains(w),
              lex.commonWords.contains(String(w.dropLast())) || gaz.isSurname(String(u.text.dropLast())) else { return false }
        return lex.orgTails[w] == nil && !gaz.isGivenName(u.text) && !gaz.isSurname(u.text)
            && gaz.places(named: u.text).isEmpty && gaz.country(named: u.text) == nil
    }

    /// Number words that open names when capitalised inside a sentence (`the Six Nations`,
    /// `the Big Four`'s neighbour `the Group of Seven` is `of` inside a name instead).
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "twenty", "hundred", "thousand"]

    /// Token `k` is a capitalised number word (`Six`) or an ordinal written in digits (`20th`)
    /// right before a name word, away from the sentence's start and outside headings (where every
    /// word is capitalised): it opens the name.
    private func numberOpensName(_ k: Int, _ s: Sentence) -> Bool {
        guard !s.isHeading, k + 1 < tokens.count, tokens[k].end == tokens[k + 1].start - 1 else { return false }
        let t = tokens[k]
        if t.kind == .word, t.isCap, !t.isAllCaps { return Self.numberWords.contains(t.lower) }
        guard t.kind == .number || t.kind == .word, let first = t.lower.unicodeScalars.first, ("1"..."9").contains(first) else { return false }
        let letters = String(t.lower.unicodeScalars.drop { ("0"..."9").contains($0) })
        return ["st", "nd", "rd", "th"].contains(letters)
    }

    /// Token `i` alone is a known body's name or an acronym (three to five capitals, no title or
    /// grammar word), and a given name and another name word follow: two names side by side
    /// (`the BBC Gordon Lisle`), not one. (`PM Tony Blair` is a title; `BBC Radio` has no given name.)
    private func acronymBeforeFullName(_ i: Int, _ j: Int, _ r: Range<Int>, wholeCaps: Bool) -> Bool {
        let t = tokens[i], u = tokens[j]
        guard !wholeCaps, j + 1 < r.upperBound, u.kind == .word, u.isCap, !u.isAllCaps, gaz.isGivenName(u.text),
              isNameWord(tokens[j + 1], wholeCaps: wholeCaps), tokens[j + 1].isCap, !lineBreak(before: j + 1) else { return false }
        if lex.knownOrgs[t.text] != nil { return true }
        let n = t.text.unicodeScalars.count
        return t.isAllCaps && (3...5).contains(n) && lex.stopWords[t.lower] == nil && lex.titles[t.lower] == nil
            && gaz.country(named: t.text) == nil
    }

    /// Token `k` is a capitalised frequent opener (`Police`, `New`) right before a capitalised
    /// organisation tail (`Authority`, `Federation`), so it sits inside a body's name.
    private func commonWordBeforeTail(_ k: Int, _ r: Range<Int>, wholeCaps: Bool) -> Bool {
        let u = tokens[k]
        guard u.kind == .word, u.isCap, !u.isAllCaps, lex.stopWords[u.lower] == .common, k + 1 < r.upperBound,
              !lineBreak(before: k + 1) else { return false }
        let next = tokens[k + 1]
        guard next.kind == .word, next.isCap, let cue = lex.orgTails[next.lower] else { return false }
        return cue.type == "organization"
    }

    /// A month word opening a firm's name: `June Hardware Stores`, `May Textile Holdings`: the
    /// capitalised words after it are common words ending in a company's last word, so they name
    /// nothing on their own (`in May Halvorsen Group` keeps its month: a name follows it).
    private func monthOpensBody(_ i: Int, _ r: Range<Int>) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.isCap, !t.isAllCaps, lex.month(t.lower) != nil else { return false }
        var k = i + 1
        while k < r.upperBound, k < i + 5, tokens[k].kind == .word, tokens[k].isCap, !tokens[k].isAllCaps,
              lex.commonWords.contains(tokens[k].lower), lex.month(tokens[k].lower) == nil, !lineBreak(before: k) { k += 1 }
        // A firm's last word only: "In June Trade Union leaders met" keeps its month.
        guard k >= i + 2, k == r.upperBound || !(tokens[k].kind == .word && tokens[k].isCap),
              let cue = lex.orgTails[tokens[k - 1].lower] else { return false }
        return cue.type == "organization" && cue.subtype == "company"
    }

    /// The end of a body's name that goes on past `and` at `j - 1`... `k - 1`: the word before `and`
    /// and the capitalised words after it are common words that name nothing on their own (no
    /// person, place or country: `Ford and General Motors` are two), and the last is an
    /// organisation's last word other than a party's (`Labour and Conservative Party` is no body).
    private func commonWordsBodyEnd(before j: Int, after k: Int, _ r: Range<Int>) -> Int? {
        // (After `and` a surname that is also an English word is that word: `Track and Field ...`;
        // the common-word list leaves surnames out.)
        func plain(_ t: Token, nameCheck: Bool = false) -> Bool {
            isPlainCapital(t) && (lex.commonWords.contains(t.lower) || !nameCheck && gaz.isSurname(t.text) && !gaz.isGivenName(t.text))
        }
        // (A body's last word before `and` ends a name of its own: `Halvorsen Group and Kestrel Holdings`.)
        // (A body the lexicon knows on either side is a body of its own: `Fiat and General Motors` are two.)
        guard j - 1 >= r.lowerBound, plain(tokens[j - 1], nameCheck: true), lex.orgTails[tokens[j - 1].lower] == nil,
              lex.orgHeads[tokens[j - 1].lower] == nil, lex.knownOrgs[tokens[j - 1].text] == nil else { return nil }
        var end = k
        var best: Int? = nil
        while end < r.upperBound, end < k + 3, plain(tokens[end]) || lex.orgTails[tokens[end].lower] != nil && tokens[end].isCap,
              !lineBreak(before: end) {
            if lex.knownOrgs[text(k, end + 1)] != nil { return nil }
            if let cue = lex.orgTails[tokens[end].lower], cue.type == "organization", cue.subtype != "party" { best = end + 1 }
            end += 1
        }
        return best
    }

    /// A capitalised word (not all capitals) that names no country, nationality, place or month:
    /// one that may be a common word inside a body's name (`commonWordsBodyEnd`, `bodyFieldEnd`).
    private func isPlainCapital(_ t: Token) -> Bool {
        t.kind == .word && t.isCap && !t.isAllCaps && gaz.country(named: t.text) == nil && gaz.country(adjective: t.text) == nil
            && gaz.places(named: t.text).isEmpty && lex.month(t.lower) == nil
    }

    /// Where a body's field joined by `and` ends: the run from `i` holds a body word, then `of` or
    /// `for`, then one or two capitalised common words before the `and` at `j`, and one or two more
    /// after it end the run (`Department for Work and Pensions`, `Institute of Economic and Social
    /// Research`). Issue 3: the run stopped at `and`, leaving `Department for Education`, and in
    /// one BBC article the field's last word became a group of its own (`Industry`). A place, a
    /// country, a body's own word or a name after `and` joins nothing (`Ministry of Defence and
    /// Foreign Office` are two bodies; `Department of Health and Education Secretary Ann Roe`).
    private func bodyFieldEnd(runStart i: Int, and j: Int, _ r: Range<Int>) -> Int? {
        func plain(_ t: Token) -> Bool {
            isPlainCapital(t) && lex.commonWords.contains(t.lower) && lex.orgTails[t.lower] == nil && lex.orgHeads[t.lower] == nil
                && !gaz.isGivenName(t.text)
        }
        guard let o = (max(i + 1, j - 3)..<j).last(where: { ["of", "for"].contains(tokens[$0].lower) }),
              o - 1 >= i, lex.orgHeads[tokens[o - 1].lower] != nil || lex.orgTails[tokens[o - 1].lower]?.type == "organization",
              (1...2).contains(j - o - 1), (o + 1..<j).allSatisfy({ plain(tokens[$0]) }) else { return nil }
        var end = j + 1
        while end < r.upperBound, end < j + 3, plain(tokens[end]), !lineBreak(before: end) { end += 1 }
        guard end > j + 1 else { return nil }
        if end < r.upperBound, tokens[end].kind == .word, tokens[end].isCap, !lineBreak(before: end) { return nil }
        return end
    }

    /// Whether a hyphenated word with a lowercase second half inside a run is an affiliation that
    /// ends the name (`Iran-backed`, `US-led`: a country, place or body before the hyphen, or an
    /// affiliation word after it) rather than a word of the name (`Economic Co-operation`,
    /// `Re-election Committee`: issue 3, names cut at a hyphen).
    private func affiliatesName(_ t: Token) -> Bool {
        guard let h = hyphenAffiliation(t) else { return false }
        if Self.affiliationSuffixes.contains(h.suffix) { return true }
        let prefix = ScalarClass.string(scalars[t.start..<h.prefixEnd])
        return gaz.country(named: prefix) != nil || gaz.country(adjective: prefix) != nil || lex.knownOrgs[prefix] != nil
            || !gaz.places(named: prefix).isEmpty
    }

    /// Two name particles in a row at `j` (`von der`, `van der`, `de la`, `bin al`) between name
    /// words, on one line: the run goes on through them (issue 3, party probes: `Ines van der
    /// Meer` stopped at `van`, leaving `Ines`).
    private func particlePair(_ j: Int, _ r: Range<Int>, wholeCaps: Bool) -> Bool {
        guard j + 2 < r.upperBound, tokens[j].kind == .word, tokens[j + 1].kind == .word,
              Self.nameParticles.contains(tokens[j].lower), Self.nameParticles.contains(tokens[j + 1].lower),
              tokens[j].lower != "&", tokens[j + 1].lower != "&", tokens[j].lower != "y",
              isNameWord(tokens[j + 2], wholeCaps: wholeCaps), !lineBreak(before: j + 2) else { return false }
        return true
    }

    /// A month's abbreviation that is also a given name before particles and a name: `Jan de
    /// Vries`, `Jan van der Berg` (the month check wants a name word right after it).
    private func particleAfterGivenMonth(_ i: Int, _ r: Range<Int>) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.isCap, !t.isAllCaps, lex.month(t.lower) != nil, gaz.isGivenName(t.text),
              i + 2 < r.upperBound, tokens[i + 1].kind == .word, Self.nameParticles.contains(tokens[i + 1].lower) else { return false }
        if tokens[i + 2].kind == .word, tokens[i + 2].isCap { return true }
        return particlePair(i + 1, r, wholeCaps: false)
    }

    /// Token `j` is a capitalised word right after a title only ever said of a person (`Mrs May`,
    /// `Prime Minister Will`): a surname even when it is also a grammar word (issue 3, party probes:
    /// `British Prime Minister May met X` lost `May`).
    private func nameAfterPersonTitle(_ j: Int) -> Bool {
        guard j > 0 else { return false }
        let u = tokens[j], p = tokens[j - 1]
        guard u.kind == .word, u.isCap, !u.isAllCaps, u.text.unicodeScalars.count > 2, p.kind == .word || p.isAbbreviation, p.isCap,
              p.end + 1 == u.start || p.end == u.start - 1 else { return false }
        var w = p.lower
        if w.hasSuffix(".") { w.removeLast() }
        guard lex.titles[w]?.personOnly == true else { return false }
        // (`May I`, `Will you`: a modal opening a question after a title in a greeting.)
        if j + 1 < tokens.count, ["i", "we", "you", "the", "be", "have", "not"].contains(tokens[j + 1].lower) { return false }
        return true
    }

    /// A line break lies between token `k` and the one before it.
    private func lineBreak(before k: Int) -> Bool {
        k > 0 && scalars[tokens[k - 1].end..<tokens[k].start].contains("\n")
    }

    /// The end of the longest known organisation name that starts at `i` and runs on through the
    /// capitalised words from `k` (the words after an inner `and`), if any.
    private func knownNameEnd(from i: Int, after k: Int, limit: Int, wholeCaps: Bool) -> Int? {
        var end = k
        var best: Int? = nil
        while end < limit, isNameWord(tokens[end], wholeCaps: wholeCaps) {
            end += 1
            if lex.knownOrgs[text(i, end)] != nil { best = end }
        }
        return best
    }

    /// Plurals of people whose possessive sits inside bodies' names (`People's Bank`, `Children's Society`).
    static let possessivePeopleInNames: Set<String> = ["people", "children", "women", "men", "workers"]
    /// Institutions named after a person or saint with a possessive (`King's College`).
    static let institutionWords: Set<String> = ["college", "school", "hospital", "church", "cathedral", "abbey",
                                                "academy", "institute", "university"]

    /// Endings after an apostrophe that make a word a contraction (`I've`, `We're`, `Can't`),
    /// never a name, unlike `O'Brien` or `D'Alema`.
    static let contractionEndings: Set<Substring> = ["ve", "re", "ll", "m", "d", "t"]

    static func isContraction(_ lower: String) -> Bool {
        guard let apostrophe = lower.lastIndex(of: "'") else { return false }
        return contractionEndings.contains(lower[lower.index(after: apostrophe)...])
    }

    /// A word right after an opening quote starts a sentence of its own (`he said: "Using ...`),
    /// so its capital shows no name.
    private func opensQuotation(_ k: Int, _ s: Sentence) -> Bool {
        guard k > s.tokens.lowerBound, tokens[k - 1].kind == .punct else { return false }
        let q = tokens[k - 1]
        guard let mark = scalars[q.start..<q.end].first, Self.quoteMarks.contains(mark), q.end == tokens[k].start else { return false }
        return q.start == 0 || ScalarClass.isSpace(scalars[q.start - 1]) || scalars[q.start - 1] == "("
    }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "'"]

    /// `Iran-backed` -> the scalar end of `Iran` when the suffix is an affiliation word.
    private func hyphenAffiliation(_ t: Token) -> (prefixEnd: Int, suffix: String)? {
        // "North-east Asia": a compass word, whole, opening a place's name.
        guard t.isCap, !lex.compassWords.contains(t.lower), let dash = t.lower.lastIndex(of: "-") else { return nil }
        let suffix = String(t.lower[t.lower.index(after: dash)...])
        // Any lowercase word after the hyphen makes an adjective: "Iran-backed", "US-led", "Kong-flagged".
        let afterDash = t.text.unicodeScalars[t.text.unicodeScalars.index(t.text.unicodeScalars.startIndex, offsetBy: t.lower.unicodeScalars.distance(from: t.lower.unicodeScalars.startIndex, to: dash) + 1)]
        guard ScalarClass.isLetter(afterDash), !ScalarClass.isUpper(afterDash), !suffix.isEmpty else { return nil }
        let prefixLength = t.lower.unicodeScalars.distance(from: t.lower.unicodeScalars.startIndex, to: dash)
        return (t.start + prefixLength, suffix)
    }

    /// The name before the hyphen of `t` ("Iran" of "Iran-backed"), from scalar `from` (the first
    /// word of a longer name: "Hong Kong" of "Hong Kong-flagged"), when it is a country, a known
    /// body, or (for a name of several words) a place.
    private func classifyPrefix(_ prefixEnd: Int, _ t: Token, _ si: Int, _ s: Sentence, from: Int? = nil) -> Candidate? {
        let start = from ?? t.start
        let name = ScalarClass.string(scalars[start..<prefixEnd])
        let suffix = String(t.lower.split(separator: "-").last ?? "")
        var c = Candidate(tokens: 0..<0, start: start, end: prefixEnd, sentence: si, text: name, type: nil,
                          subtype: nil, evidence: .guess, isSentenceInitial: false, isHeading: s.isHeading,
                          hyphenSuffix: suffix)
        if let country = gaz.country(named: name) ?? gaz.country(adjective: name) {
            c.markCountry(country)
        } else if let org = lex.knownOrgs[name] {
            c.markKnownOrg(org)
        } else if from != nil, let place = gaz.places(named: name).first {
            c.markPlace(place)
        } else {
            return nil
        }
        return c
    }

    /// The months whose names are also surnames, kept inside a name ("Theresa May", "Ann March").
    static let nameMonths: Set<Int> = [3, 5]

    /// Party words written before a person's name ("Republican Donald Trump").
    static let partyWords: Set<String> = ["republican", "democrat", "democratic", "labour", "tory", "conservative",
                                          "liberal", "socialist", "communist", "independent", "lib", "dem"]

    /// Token `a` opens the sentence as a capitalised common word (`Referee`, `Defiant`, `Judges`)
    /// that no lexicon knows as a name, title, surname, place or body word, and a given name follows
    /// with a surname after it: the word describes the person, as it would in lower case
    /// mid-sentence ("referee Howard Webb"). `Little Richard` (one word after) keeps its word.
    private func describesPersonAfter(_ a: Int, _ b: Int) -> Bool {
        let t = tokens[a]
        // (`Controversial DJ Howard Stern`, `Fellow Lib Dem Norman Baker`: a role or party word may
        // come between, and a given name after the party's words.)
        var next = a + 1
        while next + 2 < b, next < a + 3, Self.partyWords.contains(tokens[next].lower) { next += 1 }
        // (`Foreign Minister X`: a title of two words is read as a title.)
        guard t.kind == .word, !t.isAllCaps, lex.commonWords.contains(t.lower), !Self.partyWords.contains(t.lower), title(at: a, b) == nil,
              gaz.isGivenName(tokens[next].text) || next == a + 1 && isRoleNoun(tokens[next]),
              !gaz.isGivenName(t.text), !gaz.isSurname(t.text), lex.titles[t.lower] == nil,
              lex.orgHeads[t.lower] == nil, lex.orgTails[t.lower] == nil, lex.knownOrgs[t.text] == nil,
              gaz.places(named: t.text).isEmpty, gaz.country(named: t.text) == nil, gaz.country(adjective: t.text) == nil
        else { return false }
        return next + 1 < b
    }

    /// Where a person's name starts inside the run `a ..< b` after what describes them: the given
    /// name right after a job word (`Manager`, `DJ`, `Insider`, `Editor`: a listed role, or a common
    /// noun in -er, -or, -ist) or a body's last word (`Agency`, `Committee`), with a surname after it.
    private func describedPersonStart(_ a: Int, _ b: Int) -> Int? {
        guard let m = (a + 1..<(b - 1)).last(where: { gaz.isGivenName(tokens[$0].text) }), m > a else { return nil }
        let w = tokens[m - 1]
        guard w.kind == .word, w.isCap, !gaz.isGivenName(w.text) else { return nil }
        let job = isRoleNoun(w) || !w.isAllCaps && lex.commonWords.contains(w.lower)
            && ["er", "or", "ist"].contains(where: { w.lower.hasSuffix($0) }) && !gaz.isSurname(w.text)
        return job || bodyCue(w) != nil ? m : nil
    }

    /// Adjectives of the nations inside a country, before `-man` / `-woman` ("Welshman").
    static let nationAdjectives: Set<String> = ["welsh", "scots", "scottish", "english", "cornish", "manx", "irish"]

    /// Tokens `a ..< p` name where someone is from: a country's adjective or demonym (`New Zealander`,
    /// `Briton`), an adjective with `-man`/`-woman` (`Welshman`, `Frenchwoman`), or a place the
    /// gazetteer knows (a region, or a city of 300,000 people or more) with `-er`, `-n`, `-an`,
    /// `-ian` (`New Yorker`, `Californian`, `Texan`, `Parisian`). A given name or surname is never one.
    private func isDemonym(_ a: Int, _ p: Int) -> Bool {
        guard p > a, (a..<p).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCap && !tokens[$0].isAllCaps }) else { return false }
        let w = text(a, p)
        if p - a == 1, gaz.isGivenName(w) || gaz.isSurname(w) { return false }
        if gaz.country(adjective: w) != nil, gaz.country(named: w) == nil { return true }
        let lower = w.lowercased()
        for suffix in ["man", "woman"] where lower.hasSuffix(suffix) {
            let stem = String(w.dropLast(suffix.count))
            if gaz.country(adjective: stem) != nil || Self.nationAdjectives.contains(stem.lowercased()) { return true }
        }
        var stems: [String] = []
        if lower.hasSuffix("er") { stems.append(String(w.dropLast(2))) }
        if lower.hasSuffix("ian") { stems.append(String(w.dropLast(3))) }
        if lower.hasSuffix("an") { stems.append(String(w.dropLast(1))); stems.append(String(w.dropLast(1)) + "s") }
        // ("New Zealander", "New Yorker": `New` names nothing alone, so the run starts after it.)
        let new = a > 0 && tokens[a - 1].text == "New" ? "New " : ""
        if !new.isEmpty, gaz.country(adjective: new + w) != nil { return true }
        // (A region or a large city only: `Titan` is not from Tita, `Republican` not from Republica.)
        return stems.contains { stem in
            stem.unicodeScalars.count > 2 && (gaz.country(named: new + stem) != nil
                || gaz.places(named: new + stem).contains { $0.kind != .city || $0.population >= 300_000 })
        }
    }

    /// Where the holder's name starts in a run that follows "TITLE of [the]" ("Mayor of London Sadiq
    /// Khan": at `Sadiq`): the first given name (or `Sir`, `Dr`, `Lord`) after the run's first word
    /// with at least one more word after it; else the last two words, when what is before them is a
    /// place or ends like a body's name ("Scottish National Party Angus Robertson"); nil otherwise.
    private func holderAfterTitleObject(_ a: Int, _ b: Int) -> Int? {
        guard b - a >= 3, a >= 2 else { return nil }
        let o = tokens[a - 1].lower == "the" ? a - 2 : a - 1
        guard o >= 1, tokens[o].lower == "of", tokens[o - 1].isCap, lex.titles[tokens[o - 1].lower] != nil else { return nil }
        // (An honorific is a title of no office: "Sir", "Dr", "Lord".)
        if let p = (a + 1..<(b - 1)).first(where: { p in
            gaz.isGivenName(tokens[p].text) || title(at: p, p + 2).map { lex.titles[$0.1]?.relation == nil } ?? false
        }) { return p }
        let p = b - 2
        let object = text(a, p)
        if lex.orgTails[tokens[p - 1].lower]?.type == "organization" || gaz.country(named: object) != nil || !gaz.places(named: object).isEmpty {
            return p
        }
        return nil
    }

    /// The cue of a capitalised word that heads or ends an organisation's name (`Office`, `Ministry`,
    /// `Museum`), or nil.
    private func bodyCue(_ t: Token) -> Lexicons.OrgCue? {
        guard t.isCap, let cue = lex.orgHeads[t.lower] ?? lex.orgTails[t.lower], cue.type == "organization" else { return nil }
        return cue
    }

    private func text(_ a: Int, _ b: Int) -> String {
        ScalarClass.string(scalars[tokens[a].start..<tokens[b - 1].end])
    }

    private func classify(_ i: Int, _ j: Int, _ si: Int, _ s: Sentence, sentenceStart: Int, into out: inout [Candidate]) {
        var a = i
        var b = j
        var c = Candidate(tokens: a..<b, start: tokens[a].start, end: tokens[b - 1].end, sentence: si, text: "",
                          type: nil, subtype: nil, evidence: .guess, isSentenceInitial: a == sentenceStart || opensQuotation(a, s),
                          isHeading: s.isHeading)
        takePossessiveBodyEnd(a, &b, s)
        // Whole-span lexicon matches come first: "General Motors" is not General + Motors.
        if lookup(a, b, &c) { append(c, a, b, &out, s); return }
        // "Paul Ryan (R-Wis.)", "Ann Roe, D-California": a US lawmaker's party and state, no name.
        if b - a == 1, Self.isPartyStateLabel(tokens[a].text) { return }
        // "Anti-Trump protesters" at a sentence's start: a stance, no name (as `anti-Trump` is).
        if b - a == 1, tokens[a].lower.hasPrefix("anti-") || tokens[a].lower.hasPrefix("pro-") { return }
        // A run that is one listed title ("Assistant Chief Constable" after a name) names no one.
        if b - a >= 2, b - a <= lex.maxTitleWords, lex.titles[(a..<b).map { tokens[$0].lower }.joined(separator: " ")] != nil { return }
        // "Mayor of London Sadiq Khan", "Chancellor of the Exchequer Gordon Brown": the run after a
        // title's `of` holds the title's place or body, then the holder's name.
        if let p = holderAfterTitleObject(a, b) {
            classify(a, p, si, s, sentenceStart: sentenceStart, into: &out)
            classify(p, b, si, s, sentenceStart: sentenceStart, into: &out)
            return
        }
        // "the US President", "the U.S. Secretary of State" with no name after: the country, then a
        // bare title, which names no one here (DescriptorLinker links it to its holder).
        // (Only a run that ends in a title's last word can end in a title: the common case builds no prefix strings.)
        if b - a >= 2, Self.titleLastWords.contains(tokens[b - 1].lower),
           let k = (a + 1..<b).first(where: { gaz.country(named: text(a, $0)) != nil }),
           b - k <= lex.maxTitleWords, lex.titles[(k..<b).map { tokens[$0].lower }.joined(separator: " ")] != nil {
            classify(a, k, si, s, sentenceStart: sentenceStart, into: &out)
            return
        }
        // Nationality adjective before a title: "Iraqi Prime Minister ..."
        var titleCountry: String? = nil
        if b - a >= 2, let country = gaz.country(adjective: tokens[a].text), title(at: a + 1, b) != nil {
            titleCountry = country.code
            a += 1
        }
        // "Republican Donald Trump", "Democrat Hillary Clinton": a party word before a given name
        // says which side the person is on; it is no part of the name.
        // "Referee Howard Webb said", "Defiant Matt Williams insisted": a capitalised common word
        // opening the sentence before a given name and a surname describes the person.
        if b - a >= 3, a == sentenceStart || opensQuotation(a, s), describesPersonAfter(a, b) { a += 1 }
        // ("Liberal Democrat Sarah Teather", "Lib Dem Norman Baker": a party of two words.)
        if let p = (a..<min(b - 1, a + 3)).first(where: { !Self.partyWords.contains(tokens[$0].lower) }), p > a,
           gaz.isGivenName(tokens[p].text) { a = p }
        // Leading titles: "Deputy Prime Minister John Prescott"
        let beforeTitles = a
        var titleWords: [String] = []
        while let (n, key) = title(at: a, b) {
            titleWords.append(key)
            a += n
        }
        // A title inside the run: "International Development Secretary Hilary Benn",
        // "Carib Chief Charles Williams" -> the name after the last title word; but not inside a
        // body named `X of the ...` ("Office of the Deputy Prime Minister").
        if titleWords.isEmpty, b - a >= 3, !(tokens[a + 1].lower == "of" && bodyCue(tokens[a]) != nil) {
            var m = b - 2
            while m > a {
                var w = tokens[m].lower
                if w.hasSuffix(".") { w.removeLast() }
                if lex.titles[w] != nil, tokens[m].isCap { break }
                m -= 1
            }
            // ("Chief of Staff": a title of three words with `of` ends past it.)
            if m > a, m + 3 < b, tokens[m + 1].lower == "of", lex.titles["\(tokens[m].lower) of \(tokens[m + 2].lower)"] != nil { m += 2 }
            if m > a {
                titleWords = [(a...m).map { tokens[$0].lower }.joined(separator: " ")]
                a = m + 1
            }
        }
        // "Cubs Manager Joe Maddon", "NFL Network Insider Ian Rapoport", "Child Support Agency Doug
        // Smith": a job word or a body's last word before a given name and a surname ends what
        // describes the person; a body the lexicons know before the job word is a mention of its own.
        if titleWords.isEmpty, b - a >= 3, let m = describedPersonStart(a, b) {
            var probe = c
            let bodyEnd = bodyCue(tokens[m - 1]) != nil ? m : m - 1
            if bodyEnd > a, lookup(a, bodyEnd, &probe) || bodyEnd == m {
                classify(a, bodyEnd, si, s, sentenceStart: sentenceStart, into: &out)
            }
            a = m
        }
        // A run that is only a title ("Chairman", "Prime Minister") names no one.
        if titleWords.isEmpty, b - a <= lex.maxTitleWords, !(b - a == 1 && NamedSurnames.standsAlone(a, tokens, namedSurnames)),
           lex.titles[titleKey(a, b)] != nil {
            return
        }
        // "US Secretary of State was visiting": what is left after the title is its own tail
        // (`of State`), no name (issue 3: it became a person "of State").
        if a < b, tokens[a].lower == "of" { return }
        // "Secretary of State for Culture Tessa Jowell": the portfolio after `for` is the title's too.
        if a < b, tokens[a].lower == "for", !titleWords.isEmpty {
            var q = a + 1
            while q < b, tokens[q].kind == .word, lex.commonWords.contains(tokens[q].lower) || tokens[q].lower == "and" { q += 1 }
            if q == b { return }
            titleWords[titleWords.count - 1] += " " + (a..<q).map { tokens[$0].lower }.joined(separator: " ")
            a = q
        }
        // A title word that opens a body's or an occasion's name ("General Motors", "Major League
        // Baseball", "Director General"): what follows it names no one.
        if !titleWords.isEmpty, a < b, let rest = titleLeavesNoName(a, b) {
            if rest == .title { return }
            a = beforeTitles
            titleWords = []
        }
        if a >= b {
            // A bare title ("Prime Minister") or adjective is never an entity; a plural
            // demonym ("the Iranians") stands for its country.
            if titleWords.isEmpty, b - i == 1, let country = gaz.country(adjective: tokens[i].text),
               country.demonymPlurals.contains(tokens[i].text) {
                c.markCountry(country)
                append(c, i, j, &out, s)
            }
            return
        }
        if titleWords.isEmpty, b - a == 1, gaz.country(adjective: tokens[a].text) != nil, gaz.country(named: tokens[a].text) == nil {
            // "the Chinese" is the country; "Chinese counterpart" is an adjective.
            let beforeNoun = b < s.tokens.upperBound && tokens[b].kind == .word && !tokens[b].isCap && tokens[b].lower != "'s"
            if let country = gaz.country(adjective: tokens[a].text), country.demonymPlurals.contains(tokens[a].text), !beforeNoun {
                c.markCountry(country)
                append(c, a, b, &out, s)
            }
            return
        }
        // A leading nationality adjective before an organisation or a name: "Iraqi Kurdistan", "British Airways"
        if titleWords.isEmpty, b - a >= 2, gaz.country(adjective: tokens[a].text) != nil, gaz.country(named: tokens[a].text) == nil,
           !lookup(a, b, &c) {
            let lastLower = tokens[b - 1].lower
            if lex.orgTails[lastLower] == nil { a += 1 }
        }
        // "a New Yorker", "the Texan": a word for where someone is from, alone, names no one.
        if titleWords.isEmpty, b - a == 1, gaz.country(adjective: tokens[a].text) == nil, isDemonym(a, b) { return }
        // "Welshman Jimmy Watkins", "New Zealander Graham Henry", "Texan Ann Roe": a word for where
        // the person is from, before a given name and a surname, is no part of the name.
        if titleWords.isEmpty, b - a >= 3, let p = (a + 1...min(a + 2, b - 2)).first(where: { gaz.isGivenName(tokens[$0].text) }),
           isDemonym(a, p) { a = p }
        // A title-case headline's verb closing the run: "Kim Says ...", "Hubble Sees ..." (junk_news).
        while b - a >= 2, Self.headlineVerbs.contains(tokens[b - 1].lower) { b -= 1 }
        // A role noun before a given name: "Actors Evan Rachel Wood and Jamie Bell", "Ministers Ann Roe
        // and ...", "Conductor Marcello Viotti", "Presidents George W Bush": the name starts after it.
        // ("Teenager Sania Mirza", "Producer Aamir Khan": after a role word, a name the given-name
        // list lacks, when none of its words is a common word or a body's last word.)
        if titleWords.isEmpty, b - a >= 3, isRoleNoun(tokens[a]),
           gaz.isGivenName(tokens[a + 1].text) || (a + 1..<b).allSatisfy({ personNameWord(tokens[$0]) }) { a += 1 }
        // "carmaker MG Rover", "Brewer Lumacorp", "investment bank Keefe": a company word before
        // the name says it is a body (`org-role` in event-cues.tsv); capitalised, it is no part of it.
        var bodyWord = titleWords.isEmpty && a > s.tokens.lowerBound && !tokens[a - 1].isCap && isBodyRoleWord(tokens[a - 1])
        if titleWords.isEmpty, b - a >= 2, tokens[a].isCap, !tokens[a].isAllCaps, isBodyRoleWord(tokens[a]), !gaz.isGivenName(tokens[a].text) {
            a += 1
            bodyWord = true
            takePossessiveBodyEnd(a, &b, s)
            if lookup(a, b, &c) { append(c, a, b, &out, s); return }
        }
        c.tokens = a..<b
        c.start = tokens[a].start
        c.end = tokens[b - 1].end
        c.isSentenceInitial = a == sentenceStart || opensQuotation(a, s)
        // A lone word that names nothing ("Christmas", "Internet").
        if b - a == 1, lex.stopWords[tokens[a].lower] == .other { return }
        c.title = titleWords.isEmpty ? nil : titleWords.joined(separator: " ")
        if !titleWords.isEmpty { c.titleStart = i }
        c.titleCountry = titleCountry
        // After a person's title ("Mr Prescott", "President Jordan") the name is a person whatever the gazetteer says.
        let personTitle = titleWords.contains { lex.titles[$0]?.personOnly == true }
        if !personTitle, lookup(a, b, &c) { append(c, a, b, &out, s); return }
        if !titleWords.isEmpty {
            c.type = .person; c.evidence = .cue
        } else if bodyWord, c.type == nil {
            c.type = .organization; c.evidence = .cue
        } else if b - a >= 3, tokens[a + 1].lower == "of", let cue = bodyCue(tokens[a]) {
            // `Office of the Deputy Prime Minister`: a body word opening an `of` name.
            c.type = .organization; c.subtype = cue.subtype; c.evidence = .cue
        } else if gaz.isGivenName(tokens[a].text), b - a >= 2 {
            c.type = .person; c.evidence = .cue
        } else if b - a == 1, tokens[a].isAllCaps, tokens[a].text.unicodeScalars.count <= 6 {
            c.type = .organization; c.evidence = .cue
        }
        // `sang along to "Go Cubs Go"`: a title in quotes whose words are no given name or surname
        // is a song's or a slogan's, nobody's name (it had become a person and taken every "Cubs").
        if c.type == nil, b - a >= 2, opensQuotation(a, s), closesQuotation(b),
           !(a..<b).contains(where: { gaz.isGivenName(tokens[$0].text) || gaz.isSurname(tokens[$0].text) }) { return }
        append(c, a, b, &out, s)
    }

    /// `R-Wis`, `D-California`, `I-Vt`: Republican, Democrat or independent, a hyphen, a state.
    static func isPartyStateLabel(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        return u.count >= 4 && ["R", "D", "I"].contains(u[0]) && u[1] == "-" && ("A"..."Z").contains(u[2])
            && u[3...].allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }

    /// The last word of every `titles.tsv` key ("president", "state" of "secretary of state").
    static let titleLastWords = Set(Lexicons.shared.titles.keys.map { String($0.split(separator: " ").last ?? "") })

    enum TitleRest { case title, body }

    /// What the words after a stripped title are when they name no one: another title ("Director
    /// General", "Attorney General") or common words of a body's name, two or more, or one that
    /// ends a body's name ("General Motors", "Major League Baseball"). A lone common word after
    /// a title stays a person's name ("Lord Falconer").
    private func titleLeavesNoName(_ a: Int, _ b: Int) -> TitleRest? {
        // ("Ms King", "Mr Major": a surname that is also a title is the surname.)
        if b - a <= lex.maxTitleWords, lex.titles[titleKey(a, b)] != nil, !(b - a == 1 && gaz.isSurname(tokens[a].text)) { return .title }
        guard (a..<b).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isAllCaps && lex.commonWords.contains(tokens[$0].lower) }) else { return nil }
        return b - a >= 2 || lex.orgTails[tokens[a].lower] != nil ? .body : nil
    }

    /// The `titles.tsv` key of tokens `a..<b`: lower case, an abbreviation's full stop dropped ("Gen." -> "gen").
    private func titleKey(_ a: Int, _ b: Int) -> String {
        (a..<b).map { tokens[$0].lower.hasSuffix(".") ? String(tokens[$0].lower.dropLast()) : tokens[$0].lower }.joined(separator: " ")
    }

    /// A quotation mark right after token `b - 1`, or after a comma there (`"Go Cubs Go," with`).
    private func closesQuotation(_ b: Int) -> Bool {
        var q = b
        if q < tokens.count, tokens[q].text == "," { q += 1 }
        guard q < tokens.count, tokens[q].kind == .punct, tokens[q].start == tokens[q - 1].end,
              let mark = scalars[tokens[q].start..<tokens[q].end].first else { return false }
        return Self.quoteMarks.contains(mark) || mark == "\u{201D}" || mark == "\u{2019}"
    }

    /// "Actors", "Ministers", "Actresses": the plural of a job word for a person (event-cues
    /// `person-role`) or of an office. Not a title that forms names ("Queens Park Rangers").
    /// A job or office word, singular or plural ("Conductor", "Actors", "Presidents"; "DJ" too).
    private func isRoleNoun(_ t: Token) -> Bool {
        let w = t.lower
        guard t.isCap, !t.isAllCaps || w == "dj", w.count > 1 else { return false }
        let forms = [w, w.hasSuffix("s") ? String(w.dropLast()) : "", w.hasSuffix("es") ? String(w.dropLast(2)) : ""]
        return forms.contains { !$0.isEmpty && (EventCues.personRoles.contains($0) || Self.officePlurals.contains($0)) }
    }
    /// "McDonald's", "Foster's": a known body whose name ends in 's, which the tokenizer split off;
    /// the run takes the 's back.
    /// A word that can stand in a person's name the lexicons do not know: capitalised, no common
    /// word, place, known body or body word (`Mirza`, `Kenteris`; not `Radio`, `United`, `Group`).
    private func personNameWord(_ t: Token) -> Bool {
        t.kind == .word && t.isCap && !t.isAllCaps && !lex.commonWords.contains(t.lower) && lex.orgTails[t.lower] == nil
            && lex.orgHeads[t.lower] == nil && lex.knownOrgs[t.text] == nil && gaz.places(named: t.text).isEmpty
            && gaz.country(named: t.text) == nil
    }

    /// `CHECK YOUR BANK STATEMENTS Check your accounts`, `SET UP FRAUD ALERTS Equifax is offering`: a
    /// web page's shouted subheading glued to the sentence after it. Outside a shouted line, a
    /// capitalised common word of four letters or more next to another word in capitals (or before
    /// a label's colon or dash) is that subheading's, not an acronym (`NATO`, `OPEC` are no common words; a known body, a country or
    /// a large place stays).
    private func isShoutedCommonWord(_ k: Int, _ r: Range<Int>, wholeCaps: Bool) -> Bool {
        let t = tokens[k]
        guard !wholeCaps, t.isAllCaps, t.text.unicodeScalars.count >= 4, lex.commonWords.contains(t.lower),
              lex.knownOrgs[t.text] == nil else { return false }
        let titled = Self.titleCase(t.text)
        // (A village that shares the word, `Bānk`, does not keep it: only a large place or a capital.)
        guard gaz.country(named: titled) == nil,
              !gaz.places(named: titled).contains(where: { $0.isCapital || $0.population >= 100_000 }) else { return false }
        func shouted(_ q: Int) -> Bool {
            r.contains(q) && tokens[q].kind == .word && tokens[q].isAllCaps && tokens[q].text.unicodeScalars.count >= 2
        }
        // ("FILE - In this photo ...", "VIDEO: ...", "HOST: Good morning": a caption's or a transcript's label.)
        // ("rocket launch (VIDEO)": a page's tag in brackets; after a name, "Survivors Fund (SURF)", the
        // name's acronym.)
        let label = k + 1 < r.upperBound && [":", "-", "\u{2013}", "\u{2014}"].contains(tokens[k + 1].text)
            || k - 1 > r.lowerBound && k + 1 < r.upperBound && tokens[k - 1].text == "(" && tokens[k + 1].text == ")"
                && !tokens[k - 2].isCap
        return shouted(k - 1) && !lineBreak(before: k) || shouted(k + 1) && !lineBreak(before: k + 1) || label
    }

    /// `Musicians'`, `Worker's` at `j` (the possessive): a capitalised common noun for people with its possessive.
    private func isPeoplePossessive(_ j: Int) -> Bool {
        guard j >= 1, tokens[j - 1].isCap, !tokens[j - 1].isAllCaps, lex.commonWords.contains(tokens[j - 1].lower) else { return false }
        let w = tokens[j - 1].lower
        if tokens[j].text == "'" || tokens[j].text == "\u{2019}" { return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") }
        return tokens[j].lower == "'s" && ["er", "or", "ist", "ian"].contains { w.hasSuffix($0) }
    }

    private func takePossessiveBodyEnd(_ a: Int, _ b: inout Int, _ s: Sentence) {
        if b < s.tokens.upperBound, tokens[b].lower == "'s", lex.knownOrgs[text(a, b) + "'s"] != nil { b += 1 }
    }

    private func isBodyRoleWord(_ t: Token) -> Bool {
        t.kind == .word && EventCues.bodyRoles.contains(t.lower)
    }

    /// Verbs a title-case headline writes after its subject; in running text they are lowercase.
    static let headlineVerbs: Set<String> = ["says", "warns", "claims", "tells", "urges", "admits", "reveals", "insists",
                                             "denies", "vows", "sees", "slams", "blasts", "wants", "announces", "confirms"]
    static let officePlurals: Set<String> = ["minister", "senator", "governor", "mayor", "official", "lawmaker", "diplomat", "president"]

    private func append(_ c0: Candidate, _ a: Int, _ b: Int, _ out: inout [Candidate], _ s: Sentence) {
        if c0.subtype == "occasion" { return } // "Bastille Day": a date, not an entity
        var c = c0
        c.tokens = a..<b
        c.start = tokens[a].start
        c.end = tokens[b - 1].end
        // "Baghdad airport": a place followed by a facility noun is the facility.
        if c.type == .location, c.subtype != "facility", b < s.tokens.upperBound, Self.facilityNouns.contains(tokens[b].lower) {
            c.tokens = a..<(b + 1)
            c.end = tokens[b].end
            c.subtype = "facility"
            c.canonical = nil
            c.countryCode = nil
        }
        c.text = ScalarClass.string(scalars[c.start..<c.end])
        out.append(c)
    }

    /// The longest title starting at `a` (not the whole rest of the run, which would leave no name).
    private func title(at a: Int, _ b: Int) -> (Int, String)? {
        guard a < b - 1 else { return nil }
        var best: (Int, String)? = nil
        var key = ""
        for n in 1...min(lex.maxTitleWords, b - a - 1) {
            var w = tokens[a + n - 1].lower
            if w.hasSuffix(".") { w.removeLast() }
            // "then-Secretary of State Clinton", "ex-President Roe": the title after the prefix.
            if n == 1, let p = ["then-", "ex-", "now-"].first(where: { w.hasPrefix($0) }) { w.removeFirst(p.count) }
            key = n == 1 ? w : key + " " + w
            if lex.titles[key] != nil { best = (n, key) }
        }
        return best
    }

    /// "Northeast Asia", "Eastern Ukraine": a compass word before a continent, region or country
    /// the gazetteer knows names a region of it (no gazetteer lists every such part). Cities are
    /// left out: "East London" or "West Ham" are districts and clubs, not regions of a city.
    func compassRegion(_ a: Int, _ b: Int) -> Place? {
        guard b - a >= 2, tokens[a].isCap, !tokens[a].isAllCaps, lex.compassWords.contains(tokens[a].lower) else { return nil }
        let rest = text(a + 1, b)
        let name = text(a, b)
        if let country = gaz.country(named: rest) {
            return Place(name: name, countryCode: country.code, kind: .region, population: 0,
                         latitude: country.latitude, longitude: country.longitude, isCapital: false)
        }
        guard let place = gaz.places(named: rest).first(where: { $0.kind != .city }) else { return nil }
        return Place(name: name, countryCode: place.countryCode, kind: .region, population: 0,
                     latitude: place.latitude, longitude: place.longitude, isCapital: false)
    }

    /// Lexicon typing of tokens [a, b); true when something matched.
    private func lookup(_ a: Int, _ b: Int, _ c: inout Candidate) -> Bool {
        var name = text(a, b)
        if tokens[b - 1].lower == "'s" { name = text(a, b - 1) + "'s" } // (a curly `’s` written straight, as the lexicon has it)
        if let org = lex.knownOrgs[name] {
            c.markKnownOrg(org)
            return true
        }
        // "Washington DC" is Washington.
        if b - a >= 2, ["DC", "D.C."].contains(tokens[b - 1].text) { name = text(a, b - 1) }
        if let country = gaz.country(named: name) {
            c.markCountry(country)
            return true
        }
        if let place = gaz.places(named: name).first {
            c.markPlace(place)
            if place.isCapital, place.kind == .city { c.canonical = nil; c.isMetonym = true }
            return true
        }
        // "North Korean officials", "South African envoys": a country's two-word adjective stands for the
        // country (a compass word before it made a region "North Korean" that no query for North Korea finds).
        if b - a == 2, let country = gaz.country(adjective: name) {
            c.markCountry(country)
            return true
        }
        if let region = compassRegion(a, b) {
            c.markPlace(region)
            return true
        }
        // ALL-CAPS headlines and datelines: "LONDON", "AL-AIN" looked up as written in running text.
        if tokens[a].isAllCaps, name.unicodeScalars.count > 3 {
            let titled = Self.titleCase(name)
            if let country = gaz.country(named: titled) {
                c.markCountry(country)
                return true
            }
            if let place = gaz.places(named: titled).first {
                c.markPlace(place)
                return true
            }
        }
        let first = tokens[a].lower, last = tokens[b - 1].lower
        if b - a >= 2, let cue = lex.orgTails[last], cue.type == "none" {
            c.type = nil; c.subtype = "occasion"; c.evidence = .lexicon
            return true
        }
        // (A personal title before a name ending in a building's word that is also a surname makes it
        // the surname: "Minister Ann Tower"; "Prince Edward Theatre" stays a building.)
        if b - a >= 2, let cue = lex.orgTails[last],
           cue.type != "location" || !(c.title != nil || lex.titles[first]?.personOnly == true) || !gaz.isSurname(tokens[b - 1].text) {
            c.type = cue.type == "location" ? .location : .organization; c.subtype = cue.subtype; c.evidence = .cue
            return true
        }
        if b - a >= 2, let cue = lex.orgHeads[first] {
            c.type = cue.type == "location" ? .location : .organization; c.subtype = cue.subtype; c.evidence = .cue
            return true
        }
        // `Commission for Racial Equality`, `Institute of Fiscal Studies`: a body's word before
        // `of`/`for` inside the name types the whole name.
        if b - a >= 3, let k = ((a + 1)..<(b - 1)).first(where: { ["of", "for"].contains(tokens[$0].lower) }),
           let cue = lex.orgTails[tokens[k - 1].lower] ?? lex.orgHeads[tokens[k - 1].lower], cue.type != "none" {
            c.type = cue.type == "location" ? .location : .organization; c.subtype = cue.subtype; c.evidence = .cue
            return true
        }
        // "CSKA Moscow", "Alba Berlin", "Maccabi Tel Aviv": a name plus a city is a club or firm.
        if b - a >= 2, c.title == nil, !gaz.isGivenName(tokens[a].text), !gaz.isSurname(tokens[a].text) {
            for split in (a + 1)..<b {
                let cityName = text(split, b)
                guard let city = gaz.places(named: cityName).first, city.kind == .city, city.population >= 200_000,
                      !gaz.isAmbiguousPlaceName(cityName) else { continue }
                c.type = .organization; c.evidence = .cue
                return true
            }
        }
        return false
    }

    static func titleCase(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var startOfWord = true
        for u in s.unicodeScalars {
            if ScalarClass.isLetter(u) {
                if startOfWord { out.append(u) } else { out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars) }
                startOfWord = false
            } else {
                out.append(u)
                startOfWord = true
            }
        }
        return String(out)
    }
}
