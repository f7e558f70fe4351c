import EventModel

/// Two people with one surname, and names glued across a caption's end (issue 3, set E).
///
/// - A spouse named in full ("first lady Ann Roe", "his wife, Ann Roe") and a lone surname
///   that a man's or an office's title carries ("President Roe", "Mr Roe"): the lone surname is
///   another person, so "Roe" is not the wife. Every lone "Roe" without a woman's title then
///   goes with him: news writes "Mrs Roe" or the given name for the wife once the husband is
///   "Roe". The convention gives the wife her given name as a key (`['ann', 'roe']`), so the
///   two must stay apart.
/// - Captions run into the next caption with no full stop ("... met Tom Hale Lanza flew in"):
///   a name that holds another full name of the article plus a stray word is that name, and
///   lends none of its words as keys (the stray `Lanza` would pull every "Lanza" into it); a
///   body's or place's name of the article plus a surname ("Blue Palace Lanza") is that person.
extension EntityLinker {
    static let femaleTitles: Set<String> = ["mrs", "ms", "miss", "lady", "queen", "princess", "duchess", "dame",
                                            "baroness", "countess", "first lady", "madam"]
    static let maleTitles: Set<String> = ["mr", "sir", "lord", "king", "prince", "duke", "baron"]
    /// Kin nouns that give a woman: "his wife, Ann Roe", "wife Ann Roe".
    static let femaleKin: Set<String> = ["wife", "widow", "daughter", "mother", "sister", "girlfriend", "fiancee",
                                         "niece", "aunt", "grandmother", "granddaughter", "stepdaughter", "stepmother"]

    /// Kin nouns that give a man: "her father, Robert Roe".
    static let maleKin: Set<String> = ["husband", "widower", "son", "father", "brother", "boyfriend", "fiance", "nephew",
                                       "uncle", "grandfather", "grandson", "stepson", "stepfather"]

    /// A woman by the words right before the name: a woman's title, "first lady", or a kin noun
    /// ("his wife, Ann Roe"). A former first lady may hold an office now, so `former` cancels it.
    func isWomanCued(_ c: Candidate) -> Bool {
        let a = c.titleStart ?? c.tokens.lowerBound
        if a > 0, ["former", "ex"].contains(tokens[a - 1].lower) { return false }
        if let t = c.title, t.split(separator: " ").contains(where: { Self.femaleTitles.contains(String($0)) }) || t.hasSuffix("first lady") {
            return true
        }
        guard let q = wordBeforeName(c) else { return false }
        if Self.femaleKin.contains(tokens[q].lower) { return q == 0 || !["former", "ex"].contains(tokens[q - 1].lower) }
        return q >= 1 && tokens[q - 1].lower == "first" && tokens[q].lower == "lady" && (q < 2 || tokens[q - 2].lower != "former")
    }

    /// A relative by the words right before the name: "her father, Robert Thurman", "his brother Bob Roe".
    func isKinCued(_ c: Candidate) -> Bool {
        guard let q = wordBeforeName(c) else { return false }
        return Self.femaleKin.contains(tokens[q].lower) || Self.maleKin.contains(tokens[q].lower)
    }

    /// The word right before a name and its title, over one comma ("his wife, Ann Roe"), if any.
    private func wordBeforeName(_ c: Candidate) -> Int? {
        var q = (c.titleStart ?? c.tokens.lowerBound) - 1
        if q >= 0, tokens[q].text == "," { q -= 1 }
        return q >= 0 ? q : nil
    }

    /// A man's or an office's title before a lone surname ("Mr Roe", "President Roe"), not a woman's.
    func hasOtherThanWomansTitle(_ c: Candidate) -> Bool {
        guard let t = c.title else { return false }
        let words = t.split(separator: " ").map(String.init)
        return !words.contains(where: { Self.femaleTitles.contains($0) }) && !t.hasSuffix("first lady")
    }

    /// Surnames (lowercase) whose lone uses are a man other than the woman the article names in
    /// full: every full name ending in the surname is cued as a woman, and some lone use carries a
    /// man's or an office's title she never carries.
    func splitSurnames(_ cs: [Candidate]) -> Set<String> {
        var fullNames: [String: [Int]] = [:]
        for k in cs.indices where cs[k].type == .person && cs[k].tokens.count >= 2 {
            fullNames[tokens[cs[k].tokens.upperBound - 1].lower, default: []].append(k)
        }
        guard !fullNames.isEmpty else { return [] }
        var womanCued: [String: Bool] = [:] // surname -> every full name with it is a cued woman
        for (surname, ks) in fullNames {
            // The same full text cued once counts for all its mentions.
            var cuedTexts: Set<String> = []
            for k in ks where isWomanCued(cs[k]) { cuedTexts.insert(LinkKey.of(cs[k].text)) }
            womanCued[surname] = ks.allSatisfy { cuedTexts.contains(LinkKey.of(cs[$0].text)) }
        }
        var out: Set<String> = []
        // "Thurman says ... her father, Robert Thurman, is a professor": a surname used alone
        // before the only full names with it, each a relative introduced by a kin noun, is the
        // person the story is about, not the relative.
        for (surname, ks) in fullNames where ks.allSatisfy({ isKinCued(cs[$0]) }) {
            let firstFull = ks.map { cs[$0].tokens.lowerBound }.min()!
            if cs.contains(where: { $0.tokens.count == 1 && $0.tokens.lowerBound < firstFull && !$0.isHeading
                && ($0.type == nil || $0.type == .person) && tokens[$0.tokens.lowerBound].lower == surname }) {
                out.insert(surname)
            }
        }
        for k in cs.indices where cs[k].tokens.count == 1 && (cs[k].type == nil || cs[k].type == .person || cs[k].subtype == "city") {
            let w = tokens[cs[k].tokens.lowerBound].lower
            guard womanCued[w] == true, hasOtherThanWomansTitle(cs[k]) else { continue }
            // Not a title she carries herself ("Senator Ann Roe" ... "Senator Roe").
            let own = fullNames[w]!.compactMap { cs[$0].title }
            if let t = cs[k].title, own.contains(t) { continue }
            out.insert(w)
        }
        return out
    }

    /// Candidates that are another full name of the article plus a stray word glued on by a
    /// missing full stop, each with that name's candidate ("Tom Hale Lanza" -> "Tom Hale").
    func gluedNames(_ cs: [Candidate]) -> [Int: Int] {
        var fullTexts: [[String]: Int] = [:]
        for k in cs.indices where cs[k].type == .person && cs[k].tokens.count >= 2 {
            let words = cs[k].tokens.map { tokens[$0].lower }
            // ("George W" is no full name: a name ending in an initial is cut short, not glued.)
            guard let last = words.last, last.unicodeScalars.count > 1, !last.hasSuffix(".") else { continue }
            if fullTexts[words] == nil { fullTexts[words] = k }
        }
        // Surnames of full names, and the texts of the other names ("Blue Palace").
        var bySurname: [String: Int] = [:]
        for (words, k) in fullTexts.sorted(by: { $0.value < $1.value }) where bySurname[words.last!] == nil { bySurname[words.last!] = k }
        var otherTexts: Set<[String]> = []
        for k in cs.indices where cs[k].type != nil && cs[k].type != .person && cs[k].tokens.count >= 2 {
            otherTexts.insert(cs[k].tokens.map { tokens[$0].lower })
        }
        var out: [Int: Int] = [:]
        for k in cs.indices where (cs[k].type == nil || cs[k].type == .person) && cs[k].tokens.count >= 3 {
            let words = cs[k].tokens.map { tokens[$0].lower }
            for n in stride(from: words.count - 1, through: 2, by: -1) {
                // A given name before a full name is part of the name ("Hans Christian Andersen" is
                // no stray "Hans" glued onto "Christian Andersen").
                let suffixGlued = Gazetteer.shared.isGivenName(tokens[cs[k].tokens.lowerBound].text) ? nil : fullTexts[Array(words.suffix(n))]
                if let j = fullTexts[Array(words.prefix(n))] ?? suffixGlued, j != k {
                    out[k] = j
                    break
                }
            }
            // "... outside the Blue Palace Lanza flew in": a place's or body's name, then a surname.
            if out[k] == nil, otherTexts.contains(Array(words.dropLast())), let j = bySurname[words.last!], j != k {
                out[k] = j
            }
        }
        return out
    }

    /// A full name may stand for a longer one only when the longer one holds its given name too:
    /// "Ann Roe" is "Ann Maria Roe", not "Tom Roe Smith".
    func holdsNameWords(_ short: Candidate, of long: Candidate) -> Bool {
        let longWords = Set(long.tokens.map { tokens[$0].lower })
        return short.tokens.allSatisfy { longWords.contains(tokens[$0].lower) }
    }
}
