import EventModel

/// Links the candidates of one article into entities: surname to full name (`Qaani` ->
/// `Esmail Qaani`, `Sudani` -> `Mohammed Shia al-Sudani`), every form of a country to one
/// entity (`US` = `U.S.` = `United States`, and a capital acting as its government:
/// `Washington blamed ...`), acronyms in brackets (`General Motors (GM)`), and equal names
/// however cased (`Baghdad Airport` = `Baghdad airport`). Undecided names take their type
/// from the rest of the article; a sentence-initial word that is never a name elsewhere is dropped.
struct EntityLinker {
    let tokens: [Token]
    let sentences: [Sentence]
    private let gaz = Gazetteer.shared

    /// Prepositions after which a capital is a place, not its government.
    static let placePrepositions: Set<String> = ["in", "at", "to", "from", "near", "into", "outside", "inside", "around",
                                                 "across", "via", "towards", "toward", "through", "of", "on", "over",
                                                 "between", "and", "or", "visited", "visit", "visiting", "visits", "reached", "left",
                                                 "toured", "tour", "touring", "tours"]
    /// Verbs whose `for` names a destination: "left for Lima".
    static let departureVerbs: Set<String> = ["left", "leaves", "leaving", "departed", "departs", "headed", "heads", "bound"]
    static let personFollowers: Set<String> = ["said", "says", "told", "added", "who", "explained", "insisted", "argued"]
    static let locativePrepositions: Set<String> = ["in", "at", "near", "outside", "from", "to", "into", "inside"]
    /// Words after which a town's name is the town even beside a person of that surname
    /// (`clear of Roe`, `second to Roe` are the person's).
    static let townPrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "into", "across", "around", "via", "through"]
    /// Towns below this size yield their name to a person of that surname in the same article.
    static let maxSurnameTownPopulation = 1_000_000
    /// Capitals only below this size (`Washington` stays the city beside `George Washington`).
    static let maxSurnameCapitalPopulation = 100_000

    struct Result {
        var entities: [Entity]
        /// Entity index of each candidate, nil when it was dropped.
        var link: [Int?]
    }

    /// "the Ghanaian capital Accra", "the capital, Accra", "the city of Accra": the name is set
    /// after a noun that says it is a place, so a capital there is the city, not its government.
    private func afterPlaceHead(_ a: Int) -> Bool {
        var j = a - 1
        if j >= 0, tokens[j].text == "," || tokens[j].lower == "of" { j -= 1 }
        return j >= 0 && !tokens[j].isCap && EventCues.words("place-head").contains(tokens[j].lower)
    }

    /// "took her to Seoul, Beijing and Hanoi": a capital listed after other names that a place
    /// preposition governs is a stop of the list too.
    private func inPlaceList(_ a: Int) -> Bool {
        var j = a - 1
        var listed = false
        while j >= 1, tokens[j].text == "," || tokens[j].lower == "and" || tokens[j].lower == "or" {
            var n = j - 1
            guard n >= 0, tokens[n].isCap else { return false }
            while n >= 0, tokens[n].isCap { n -= 1 }
            listed = true
            j = n
        }
        return listed && j >= 0 && Self.placePrepositions.contains(tokens[j].lower)
    }

    /// "left Paris for": a verb of leaving, then a capitalised name, right before the `for` at `f`.
    private func leavesPlace(before f: Int) -> Bool {
        var j = f - 1
        while j >= 0, f - j <= 3, tokens[j].isCap { j -= 1 }
        return j >= 0 && j < f - 1 && Self.departureVerbs.contains(tokens[j].lower)
    }

    func link(_ cands: [Candidate]) -> Result {
        var cs = cands
        // 1. Metonymy: a capital not governed by a place preposition stands for its country.
        for k in cs.indices where cs[k].isMetonym {
            let a = cs[k].tokens.lowerBound
            let prev = a > 0 ? tokens[a - 1].lower : ""
            let prevPrev = a > 1 ? tokens[a - 2].lower : ""
            let b = cs[k].tokens.upperBound
            let next = b < tokens.count ? tokens[b] : nil
            // ("left for Lima", "departed for Quito", "left Paris for Lima": the destination, not the government.)
            let governed = Self.placePrepositions.contains(prev) || (prev == "the" && Self.placePrepositions.contains(prevPrev))
                || (prev == "for" && (Self.departureVerbs.contains(prevPrev) || leavesPlace(before: a - 1))) || afterPlaceHead(a) || inPlaceList(a)
            let nextIsName = next.map { $0.isCap || $0.lower == "'s" } ?? false
            if !governed, !nextIsName, !cs[k].isHeading, let cc = cs[k].countryCode, let country = gaz.country(code: cc),
               cs[k].subtype == "city" {
                cs[k].canonical = country.name
                cs[k].subtype = "country"
            } else {
                cs[k].isMetonym = false
            }
        }
        // 2. Persons known by their full names: surname and given-name keys.
        var personKeys: [String: Int] = [:] // key -> candidate index of the fullest name
        let glued = gluedNames(cs) // (SharedSurnames)
        for k in cs.indices where cs[k].type == .person && cs[k].tokens.count >= 2 && glued[k] == nil {
            for key in nameKeys(cs[k]) {
                if let prev = personKeys[key], cs[prev].tokens.count >= cs[k].tokens.count { continue }
                personKeys[key] = k
            }
        }
        // A lone town's name that is the surname of a person the article names in full is that
        // person (`Lena Dorrance` ... `Dorrance said`, Dorrance a town too), unless a place
        // preposition governs it (`in Dorrance`; `townPrepositions`). Large cities and capitals stay places: a person
        // named after one does not make every mention of the city theirs.
        for k in cs.indices where cs[k].type == .location && cs[k].subtype == "city" && cs[k].tokens.count == 1 {
            let a = cs[k].tokens.lowerBound
            guard !tokens[a].isAllCaps, a == 0 || !Self.townPrepositions.contains(tokens[a - 1].lower),
                  let place = gaz.places(named: cs[k].text).first, place.population < Self.maxSurnameTownPopulation,
                  !place.isCapital || place.population < Self.maxSurnameCapitalPopulation,
                  nameKeys(cs[k]).contains(where: { personKeys[$0] != nil }) else { continue }
            cs[k].type = nil
            cs[k].subtype = nil
            cs[k].countryCode = nil
            cs[k].canonical = nil
            cs[k].isMetonym = false
        }
        // `Darwin met X`, `X met Hastings`: a town in a meeting slot is a person (MeetingPartySlots).
        MeetingPartySlots.townsAsPersons(&cs, tokens)
        // "carmaker MG Rover ... MG Rover said": a name a cue typed as a body once is that body
        // wherever its words alone typed it otherwise (a guess, or a given name's cue) and no title did.
        var bodyNames: [String: Int] = [:]
        // (Names of two words or more: a lone surname a cue once made a body, "group Trump", stays the person's.)
        for k in cs.indices where cs[k].type == .organization && cs[k].evidence >= .cue && cs[k].tokens.count >= 2 {
            let key = LinkKey.of(cs[k].text)
            if bodyNames[key] == nil { bodyNames[key] = k }
        }
        // (A given name's cue too: "carmaker Alva Harrier ... Alva Harrier said" is the carmaker.)
        for k in cs.indices where cs[k].evidence <= .cue && cs[k].title == nil && cs[k].tokens.count >= 2
            && (cs[k].type == nil || cs[k].type == .person) {
            guard let o = bodyNames[LinkKey.of(cs[k].text)] else { continue }
            cs[k].type = .organization
            cs[k].subtype = cs[o].subtype
        }
        // Texts seen away from a sentence start, to keep sentence-initial names that recur.
        var seenInside: Set<String> = []
        for c in cs where !c.isSentenceInitial && !c.isHeading { seenInside.insert(LinkKey.of(c.text)) }

        // Words the article also writes in lower case: a lone capitalised one that is a common
        // English word heads a title or a heading (`Office`, `Forum`); it is no name. (`Eurozone`
        // beside `eurozone` is not a dictionary word and stays.)
        var lowerWords: Set<String> = []
        for t in tokens where t.kind == .word && !t.isCap { lowerWords.insert(t.lower) }

        let orgFirstWords = organisationFirstWords(cs, lowerWords: lowerWords)
        let orgLastWords = organisationLastWords(cs, lowerWords: lowerWords)

        // 3. Short forms of persons, then undecided candidates.
        let splitSurnames = splitSurnames(cs)
        var guessed: [Int] = [] // typed only by the word before them (place or body)
        for k in cs.indices where cs[k].type == nil || cs[k].type == .person {
            let keys = nameKeys(cs[k])
            if cs[k].tokens.count == 1, splitSurnames.contains(tokens[cs[k].tokens.lowerBound].lower), !isWomanCued(cs[k]) {
                cs[k].type = .person
                continue
            }
            // (A name the refiner already gave, "President Obama" as the holder in office, stays.)
            if cs[k].tokens.count <= 2, !cs[k].namesHolder,
               let p = keys.lazy.compactMap({ personKeys[$0] }).first,
               cs[p].tokens.count > cs[k].tokens.count || cs[k].type == nil,
               cs[k].tokens.count == 1 || holdsNameWords(cs[k], of: cs[p]) {
                cs[k].type = .person
                cs[k].canonical = cs[p].text
                continue
            }
            // A lone word that opens one organisation's name, and no person's, is that
            // organisation: "Daiwa" after "Daiwa Securities", "Goldman said" after "Goldman Sachs".
            if cs[k].tokens.count == 1, cs[k].evidence < .lexicon,
               let o = orgFirstWords[LinkKey.of(cs[k].text)] ?? orgLastWords[LinkKey.of(cs[k].text)] ?? nil {
                cs[k].type = .organization
                cs[k].subtype = cs[o].subtype
                cs[k].canonical = cs[o].canonical ?? cs[o].text
                continue
            }
            if cs[k].type != nil { continue }
            let folded = LinkKey.of(cs[k].text)
            let nextIndex = cs[k].tokens.upperBound
            // Kept when the words after it show a name: "X's", "X officials", "X and Y met".
            let possessive = nextIndex < tokens.count && (tokens[nextIndex].lower == "'s"
                || Lexicons.shared.groupNouns[tokens[nextIndex].lower] != nil
                || tokens[nextIndex].lower == "and" && nextIndex + 1 < tokens.count && tokens[nextIndex + 1].isCap
                    && Lexicons.shared.stopWords[tokens[nextIndex + 1].lower] == nil
                || MeetingPartySlots.opensMeetingClause(tokens, after: nextIndex))
            if (cs[k].isSentenceInitial || cs[k].isHeading), cs[k].tokens.count == 1, !seenInside.contains(folded), !possessive {
                continue // dropped: stays untyped
            }
            let b = cs[k].tokens.upperBound
            let a = cs[k].tokens.lowerBound
            let next = b < tokens.count ? tokens[b].lower : ""
            let prev = a > 0 ? tokens[a - 1].lower : ""
            if cs[k].tokens.count == 1, Gazetteer.shared.isSurname(cs[k].text) || Gazetteer.shared.isGivenName(cs[k].text) {
                cs[k].type = .person
            } else if MeetingPartySlots.isUnknownParty(cs[k], tokens) {
                cs[k].type = .person
            } else if cs[k].tokens.count == 1, !possessive, lowerWords.contains(tokens[a].lower),
                      Lexicons.shared.commonWords.contains(tokens[a].lower) {
                continue // dropped: a common word
            } else if cs[k].tokens.count >= 2 {
                cs[k].type = .person
            } else if Self.personFollowers.contains(next) && cs[k].tokens.count >= 2 {
                cs[k].type = .person
            } else if Self.locativePrepositions.contains(prev) && prev != "from" && prev != "to" {
                cs[k].type = .location
                guessed.append(k)
            } else {
                cs[k].type = .organization
                guessed.append(k)
            }
        }
        agreeOnGuessedTypes(&cs, guessed)
        placesInPlaceLists(&cs)
        // In key order, each to the end of its chain ("A B C D" -> "A B C" -> "B C"): a
        // dictionary's own order changes from run to run with Swift's per-process hash seed, and
        // a chain walked in that order gave one or two entities by chance.
        for k in glued.keys.sorted() {
            var j = glued[k]!
            var steps = 0
            while let next = glued[j], next != k, steps < glued.count { j = next; steps += 1 }
            guard cs[j].type == .person else { continue }
            cs[k].type = .person
            cs[k].canonical = cs[j].canonical ?? cs[j].text
        }
        // Unknown single words typed by the same word elsewhere (a surname seen with a title).
        // 4. Group into entities.
        var entities: [Entity] = []
        var link = [Int?](repeating: nil, count: cs.count)
        var byKey: [String: Int] = [:]
        var forms: [[String]] = []
        for k in cs.indices {
            guard let type = cs[k].type else { continue }
            let key: String
            if let cc = cs[k].countryCode, cs[k].subtype == "country" {
                key = "country:" + cc
            } else if let canon = cs[k].canonical {
                key = "\(type.rawValue):" + LinkKey.of(canon)
            } else {
                key = "\(type.rawValue):" + LinkKey.of(cs[k].text)
            }
            if let e = byKey[key] {
                link[k] = e
                forms[e].append(cs[k].text)
                if cs[k].subtype != nil, entities[e].subtype == nil { entities[e].subtype = cs[k].subtype }
                continue
            }
            let e = entities.count
            var entity = Entity(name: cs[k].canonical ?? cs[k].text, type: type, subtype: cs[k].subtype,
                                countryCode: cs[k].subtype == "country" ? cs[k].countryCode : nil)
            if type == .person, cs[k].canonical != nil { entity.name = cs[k].canonical! }
            if cs[k].isMetonym { entity.linkReasons.append("\(cs[k].text): capital standing for its government") }
            entities.append(entity)
            forms.append([cs[k].text])
            byKey[key] = e
            link[k] = e
        }
        // 5. Acronyms in brackets: "General Motors (GM)".
        for k in cs.indices {
            guard let e = link[k] else { continue }
            let b = cs[k].tokens.upperBound
            guard b + 2 < tokens.count, tokens[b].text == "(", tokens[b + 2].text == ")", tokens[b + 1].isAllCaps else { continue }
            if let acr = cs.indices.first(where: { cs[$0].tokens.lowerBound == b + 1 }), let ae = link[acr], ae != e {
                merge(ae, into: e, &entities, &link, &forms)
                entities[e].linkReasons.append("\(tokens[b + 1].text): acronym in brackets")
            }
        }
        // 5b. Club nicknames: "the Gunners" beside Arsenal (TeamNicknames). The mentions join the
        // club, but the nickname is no alias of it: the Store would join every later article's
        // "Lions" or "Blues" to the one club that had the alias once (43 British Lions mentions
        // became Millwall's in the BBC KB).
        for (nickname, club) in TeamNicknames.shared.clubs(of: entities, forms: forms) {
            for k in link.indices where link[k] == nickname { link[k] = club }
            forms[nickname] = []
        }
        // 5c. "Trump and his wife, Melania": one word named as a relative takes the owner's surname (KinSurnames).
        giveKinSurnames(cs, link, &entities, &forms)
        // 6. Names and aliases ("BEIJING" of a dateline shown as "Beijing": ShoutedNames; a lexicon's
        // own spelling, "APEC", stays).
        let lexiconNames = Set(cs.compactMap(\.canonical))
        for e in entities.indices {
            if !lexiconNames.contains(entities[e].name) {
                entities[e].name = ShoutedNames.displayName(entities[e].name, type: entities[e].type, forms: forms[e])
            }
            var seen: Set<String> = [LinkKey.of(entities[e].name)]
            var aliases: [String] = []
            for f in forms[e] where seen.insert(LinkKey.of(f)).inserted { aliases.append(f) }
            entities[e].aliases = aliases
            if entities[e].type == .person {
                for a in aliases where entities[e].linkReasons.count < 4 {
                    entities[e].linkReasons.append("\(a): same person as \(entities[e].name)")
                }
            }
        }
        return Result(entities: entities, link: link)
    }

    /// An unknown name typed by the word before each mention is one thing in one article: "a stake
    /// in Southcorp" had made a place of the company that "Southcorp rejected the offer" names (two
    /// entities). The type most of its mentions point to wins; on a tie, a place (a place word before
    /// a mention is some evidence; a body is only what is left when there is none).
    private func agreeOnGuessedTypes(_ cs: inout [Candidate], _ guessed: [Int]) {
        var byName: [String: [Int]] = [:]
        for k in guessed { byName[LinkKey.of(cs[k].text), default: []].append(k) }
        for ks in byName.values where Set(ks.map { cs[$0].type }).count > 1 {
            let places = ks.filter { cs[$0].type == .location }.count
            let type: EntityType = places * 2 >= ks.count ? .location : .organization
            for k in ks { cs[k].type = type }
        }
    }

    private func merge(_ from: Int, into to: Int, _ entities: inout [Entity], _ link: inout [Int?], _ forms: inout [[String]]) {
        for k in link.indices where link[k] == from { link[k] = to }
        forms[to].append(contentsOf: forms[from])
        forms[from] = []
        // The emptied entity stays as a hole; Extractor drops entities without mentions.
    }

    /// First words of the article's organisation names of two words or more, each with the one
    /// organisation it opens (nil when two do: "Deutsche Bank" and "Deutsche Telekom"). Words
    /// that open names without standing for them are left out: common and function words the
    /// article also writes in lower case or the lexicons know (`New`, `General`, `National`),
    /// titles, and nationalities (`British` of British Airways is the country's adjective).
    func organisationFirstWords(_ cs: [Candidate], lowerWords: Set<String>) -> [String: Int?] {
        var out: [String: Int?] = [:]
        for k in cs.indices where cs[k].type == .organization && cs[k].tokens.count >= 2 {
            let first = tokens[cs[k].tokens.lowerBound]
            let word = first.lower
            guard first.isCap, !first.isAllCaps, word.count >= 3, !lowerWords.contains(word),
                  !Lexicons.shared.commonWords.contains(word), Lexicons.shared.stopWords[word] == nil,
                  Lexicons.shared.titles[word] == nil, gaz.country(adjective: first.text) == nil,
                  gaz.country(named: first.text) == nil else { continue }
            Self.noteOwner(of: LinkKey.of(first.text), k, cs, &out)
        }
        return out
    }

    /// "visits Manchester, Liverpool, Leicester, Dorset and Torbay": a name only guessed at, in a list
    /// of three or more names joined by commas and `and` of which most are places the gazetteer
    /// knows, is a place too (it had been an organisation, and so a party to the visit).
    private func placesInPlaceLists(_ cs: inout [Candidate]) {
        var at: [Int: Int] = [:]
        for k in cs.indices { at[cs[k].tokens.lowerBound] = k }
        func next(_ k: Int) -> Int? {
            var e = cs[k].tokens.upperBound
            guard e < tokens.count, tokens[e].text == "," || tokens[e].lower == "and" else { return nil }
            e += 1
            if tokens[e - 1].text == ",", e < tokens.count, tokens[e].lower == "and" { e += 1 }
            if e < tokens.count, tokens[e].lower == "the" { e += 1 } // ("..., Gavi and the Gates Foundation")
            return at[e]
        }
        var inList = Set<Int>()
        for k in cs.indices where !inList.contains(k) {
            var chain = [k]
            while let n = next(chain[chain.count - 1]), !chain.contains(n) { chain.append(n) }
            inList.formUnion(chain)
            let known = chain.filter { cs[$0].type == .location && cs[$0].evidence == .lexicon }
            guard chain.count >= 3, known.count >= 2, known.count * 2 > chain.count else { continue }
            // (Not a form linked to a body: an acronym the article spelt out, "(Gavi)".)
            for m in chain where cs[m].evidence == .guess && cs[m].title == nil && cs[m].canonical == nil
                && cs[m].type != .location && cs[m].type != .person {
                cs[m].type = .location
                cs[m].subtype = nil
            }
        }
    }

    /// Records organisation `k` as the one a short form `key` stands for; a second organisation of
    /// another name makes the form ambiguous (nil), standing for neither.
    private static func noteOwner(of key: String, _ k: Int, _ cs: [Candidate], _ out: inout [String: Int?]) {
        let name = LinkKey.of(cs[k].canonical ?? cs[k].text)
        if let other = out[key] {
            if let o = other, LinkKey.of(cs[o].canonical ?? cs[o].text) != name { out[key] = .some(nil) }
        } else {
            out[key] = k
        }
    }

    /// The last word of one organisation's name, when the article writes it alone for the body: "Rover"
    /// after "MG Rover", "Shell" after "Royal Dutch Shell". Not a body's cue word ("Bank", "Airways",
    /// "United"), a place, a country, a title or a known body of its own ("Ericsson" is no "Sony
    /// Ericsson"), and never a word the article also writes in lower case ("the rover landed").
    func organisationLastWords(_ cs: [Candidate], lowerWords: Set<String>) -> [String: Int?] {
        let lex = Lexicons.shared
        var out: [String: Int?] = [:]
        for k in cs.indices where cs[k].type == .organization && (2...3).contains(cs[k].tokens.count) && cs[k].subtype != "group" {
            let last = tokens[cs[k].tokens.upperBound - 1]
            let word = last.lower
            // (A common word or its plural, "Rover", "Cubs": a surname may be a person's the
            // article typed wrongly; a name opening with a number or holding "X-inspired" is no body's.)
            guard lex.commonWords.contains(word) || word.hasSuffix("s") && lex.commonWords.contains(String(word.dropLast())),
                  tokens[cs[k].tokens.lowerBound].kind == .word,
                  !cs[k].tokens.contains(where: { tokens[$0].lower.contains("-") }),
                  last.isCap, !last.isAllCaps, word.count >= 3, !lowerWords.contains(word),
                  lex.orgTails[word] == nil, lex.stopWords[word] == nil, lex.titles[word] == nil,
                  lex.knownOrgs[last.text] == nil, gaz.country(adjective: last.text) == nil,
                  gaz.country(named: last.text) == nil, gaz.places(named: last.text).isEmpty,
                  !gaz.isGivenName(last.text) else { continue }
            Self.noteOwner(of: LinkKey.of(last.text), k, cs, &out)
        }
        return out
    }

    /// Keys a short form can match: each name word, and surnames without `al-`.
    func nameKeys(_ c: Candidate) -> [String] {
        var out: [String] = []
        for t in c.tokens {
            let w = tokens[t].lower
            if w.count < 2 || MentionFinder.nameParticles.contains(w) { continue }
            out.append(w)
            if let dash = w.firstIndex(of: "-") {
                let prefix = w[..<dash]
                if MentionFinder.nameParticles.contains(String(prefix)) { out.append(String(w[w.index(after: dash)...])) }
            }
        }
        // The surname (last word) is the better key: put it first.
        return out.reversed()
    }
}
