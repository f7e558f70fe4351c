import EventModel

/// A context pass over the candidates of one article, between `MentionFinder` (which sees one
/// run of capitalised words at a time) and `EntityLinker`. It fixes the kinds of lines and
/// articles where a name's own words mislead:
///
/// - **Shouted lines** (headlines and tables in capitals: `RIVERTON BEAT LYON IN CUP`): a run of
///   capitals is not one name. It is cut at grammar and sports words and read piece by piece,
///   title-cased, against the gazetteer and the organisation list; a word the article also writes
///   capitalised in ordinary text stays as a name for the linker to type (`CUTTITTA` when the body
///   has `Marcello Cuttitta`); the rest is dropped.
/// - **Datelines** (`ROME 1996-08-22`, `AL-AIN, United Arab Emirates 1996-12-06`,
///   `BAGHDAD, Feb 18 (Reuters)`): the place opening the line is a location, known or not.
/// - **Sports reports** (sports words and scorelines, `sports-cues.tsv`): a city or region named
///   as a side (`Lyon beat Nantes 2-1`, a standings row `LYON 15 9 6 0`) is the club: an
///   organisation; so is an unknown name made with a club word or a city (`Riverton United`,
///   `Bayer Leverkusen`). A place after `in`/`at` stays a place; countries stay countries (news
///   annotation, CoNLL included, types national sides as their country).
/// - **Player roles** before a name (`Defender Ann Roe`, `striker Roe`): the name is a person and
///   the role is not part of it.
///
/// Rules work on kinds of lines, never on particular articles or team names.
struct TypeRefiner {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    /// Heads of state and government in office on the article's date, by surname
    /// (`OfficeHolders.holdersInOffice`): written alone, such a word is that person (`Trump`).
    var holders: [String: String] = [:]
    /// Holders in office on the article's date by title and surname (`OfficeHolders.titledHoldersInOffice`).
    var titledHolders: [String: String] = [:]
    private let gaz = Gazetteer.shared
    private let lex = Lexicons.shared
    private let cues = SportsCues.shared

    /// Words after which a place is where something happens, not a side.
    static let placeGuards: Set<String> = ["in", "at", "near", "outside", "inside", "into", "around", "across",
                                           "throughout", "towards", "toward", "via"]
    /// First words that make an unknown name a region.
    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western"]
    /// Share of capitals among a line's words above which it is shouted.
    static let shoutedShare = 0.75
    /// Sports evidence an article needs (sport word or scoreline 2, result word 1).
    static let sportsThreshold = 4
    /// Past this many tokens a sports report needs a sports cue score of one per `sportsDensity` tokens.
    static let longArticleTokens = 1500
    static let sportsDensity = 300
    /// Longest shouted name looked up whole, in words.
    static let maxShoutedName = 5

    func refine(_ cands: [Candidate]) -> [Candidate] {
        let shouted = sentences.map(isShouted)
        // Only the headline: other short lines without a full stop are often tables and lists of names.
        let titleCaseHeading = sentences.indices.map { $0 == 0 && sentences[$0].isHeading && isTitleCase(sentences[$0]) }
        let sports = isSportsReport()
        let context = Context(shouted: shouted, sports: sports, ordinaryNames: ordinaryNames(cands, shouted),
                              personKeys: personKeys(cands), fullNameSurnames: fullNameSurnames(cands),
                              fullNameFirstWords: Set(cands.lazy.filter { $0.tokens.count >= 2 }.map { self.tokens[$0.tokens.lowerBound].lower }),
                              capitalisedInside: Set(cands.lazy.filter { !$0.isSentenceInitial && !$0.isHeading }
                                .flatMap { c in c.tokens.map { self.tokens[$0].lower } }),
                              // (Read only for a title-case headline: no pass over the names without one.)
                              loneFirstNames: titleCaseHeading.contains(true) ? loneFirstNames(cands, shouted) : [])
        var out: [Candidate] = []
        out.reserveCapacity(cands.count)
        var datelines: [Int: Range<Int>] = [:]
        for si in sentences.indices { if let run = datelinePlace(sentences[si]) { datelines[si] = run } }
        for c in cands {
            let si = c.sentence
            if let run = datelines[si], !c.tokens.isEmpty {
                if c.tokens.lowerBound == run.lowerBound {
                    out.append(datelineCandidate(run, si))
                    if c.tokens.upperBound > run.upperBound, shouted[si] {
                        reread(c, from: run.upperBound, context, into: &out)
                    }
                } else {
                    // `Riverton, Northshire 1996-08-22`: the rest of a dateline names where it is.
                    var rest = c
                    if rest.type == nil { rest.type = .location; rest.subtype = "region"; rest.evidence = .cue }
                    out.append(rest)
                }
                continue
            }
            if titleCaseHeading[si], !shouted[si], !c.tokens.isEmpty {
                reread(c, from: c.tokens.lowerBound, context, titleCase: true, into: &out)
                continue
            }
            if shouted[si], !c.tokens.isEmpty, c.tokens.allSatisfy({ !hasLowercase(tokens[$0]) }) {
                if sports, isTableRowHead(c) {
                    out.append(sideCandidate(c))
                } else {
                    reread(c, from: c.tokens.lowerBound, context, into: &out)
                }
                continue
            }
            // ("New Jersey Governor X": the body before the title takes back its `New`.)
            if let body = bodyBeforeInnerTitle(c) { out.append(retype(extendToPlace(body), context)) }
            for piece in splitAtInnerTitle(extendToPlace(c)) where !isLoneSportsWord(piece) {
                out.append(retype(trimRole(trimOpeningAdjective(piece, context)), context))
            }
        }
        out = splitRepeatedWordNames(splitHeadlineGluedNames(out))
        // `the Falcon Heavy rocket`, `his Galaxy S9 phone`: a name set before a thing's noun names a
        // product, everywhere in the article; with no product type it is no entity (an analyst strikes
        // out a person "Falcon Heavy" at once). Names typed by a lexicon or a title stay.
        let weak = { (c: Candidate) in c.type == nil || c.type == .person && c.title == nil && c.evidence < .lexicon }
        let productNouns = EventCues.words("product-noun")
        let products = Set(out.filter { c in
            weak(c) && c.tokens.upperBound < tokens.count && productNouns.contains(tokens[c.tokens.upperBound].lower)
                && !tokens[c.tokens.upperBound].isCap
        }.map { LinkKey.of($0.text) })
        if !products.isEmpty { out.removeAll { weak($0) && products.contains(LinkKey.of($0.text)) } }
        // `Galaxy S9`, `Airbus A380`: no person's name holds a model number (letters and digits in
        // one word); with no product type, the untyped name is no entity.
        out.removeAll { $0.type == nil && $0.tokens.count >= 2 && $0.tokens.contains { isModelNumber(tokens[$0]) } }
        // `the North` (a country's half, "overtures from the North"): a lone compass word after `the`
        // names no one, though `North` is also a surname.
        out.removeAll { c in
            let a = c.tokens.lowerBound
            return (c.type == nil || c.type == .person && c.title == nil) && c.tokens.count == 1 && a > 0
                && tokens[a - 1].lower == "the" && Self.compassWords.contains(tokens[a].lower) && !tokens[a].isAllCaps
        }
        // An untyped name of two or more words left now is a person's (the linker's own default),
        // typed here so that its surname links the short forms before and after it: `Sakakibara`
        // to `Eisuke Sakakibara`.
        // A phrase of common words only (`Falling Leaves`, `Extended Battery Life`, `Same Period`) is
        // a title, a product or a table heading: no entity at all.
        out.removeAll { $0.type == nil && $0.tokens.count >= 2 && isCommonPhrase($0.tokens) }
        // `World War II`, `the Gulf War`, `the Iraq War`: a war's name is an event (CoNLL's MISC),
        // neither a person (for its numeral) nor a body; unless a lexicon lists it.
        out.removeAll { $0.evidence < .lexicon && isWarName($0.tokens) }
        // Outside sports reports (where `Arsenal` or `Wasps` is a side), a lone unknown capitalised
        // common word is a caption, a heading or a web-page remnant (`Continue`, `Inquiry`,
        // `Settings`), unless it is `the` X (`the Treasury`, `the Times`).
        // "He said Trump should ...": a head of government's surname alone, in office on the
        // article's date, is that person though the word is also a common one.
        // (Only when the article names no one else of that surname in full; the list's full name
        // then names the entity, so the knowledge base keeps one president.)
        // ("HOW TO DEAL WITH TRUMP": a shouted line writes the same name.)
        var namedHolders: Set<String> = []
        for i in out.indices where out[i].type == nil || out[i].type == .organization && out[i].evidence < .lexicon
            && tokens[out[i].tokens.lowerBound].isAllCaps {
            guard out[i].tokens.count == 1 else { continue }
            let w = tokens[out[i].tokens.lowerBound].lower
            guard let name = holders[w], !context.fullNameSurnames.contains(w) else { continue }
            out[i].type = .person; out[i].evidence = .cue; out[i].canonical = name
            namedHolders.insert(w)
        }
        // The same surname typed by its title (`President Trump signed ...`, then `Trump's
        // directive`) is the same holder: one entity, not a `Trump` beside a `Donald Trump`.
        // "President Obama" in a 2016 article that also names Michelle Obama: the surname under the
        // holder's own title is the holder in office, not the article's other bearer of it (whom
        // the linker would take it for).
        // Then the surname alone or after `Mr` is him too ("Obama said"), not after `Mrs`.
        let fullNames = Set(out.lazy.filter { $0.tokens.count >= 2 }.map { NameKey.fold($0.text) })
        var titledNamed: [String: String] = [:]
        for i in out.indices where out[i].type == .person && out[i].tokens.count == 1 && out[i].canonical == nil {
            let w = tokens[out[i].tokens.lowerBound].lower
            if namedHolders.contains(w), let name = holders[w] { out[i].canonical = name; continue }
            if let title = out[i].title, let name = titledHolders[title + " " + w], context.fullNameSurnames.contains(w),
               !fullNames.contains(NameKey.fold(name)) {
                out[i].canonical = name; out[i].namesHolder = true
                titledNamed[w] = name
            }
        }
        // (Also where the surname is a small town's name too, "Obama" in Japan, away from `in`.)
        for i in out.indices where out[i].type == .person || out[i].type == nil
            || out[i].type == .location && out[i].subtype == "city" && !Self.placeGuards.contains(out[i].tokens.lowerBound > 0 ? tokens[out[i].tokens.lowerBound - 1].lower : "") {
            guard out[i].tokens.count == 1, out[i].canonical == nil, out[i].title == nil || out[i].title == "mr",
                  let name = titledNamed[tokens[out[i].tokens.lowerBound].lower] else { continue }
            out[i].type = .person; out[i].subtype = nil; out[i].countryCode = nil; out[i].canonical = name
            out[i].namesHolder = true
        }
        if !sports {
            // ("MG Rover ... talks with Rover": the last word of a body's name, written alone, is the
            // body's short form, which the linker joins to it: EntityLinker.organisationLastWords.)
            // (Not a body's cue word, `Radio`, `Association`, `United`, which stands for no one body.)
            let bodyLastWords = Set(out.filter { $0.type == .organization && (2...3).contains($0.tokens.count) }
                .map { tokens[$0.tokens.upperBound - 1].lower }
                .filter { lex.orgTails[$0] == nil && lex.orgHeads[$0] == nil && lex.stopWords[$0] == nil && lex.titles[$0] == nil })
                // (Nor a word of a longer name that may yet be a person's, which would take the short form.)
                .subtracting(out.filter { ($0.type == .person || $0.type == nil) && $0.tokens.count >= 2 }.flatMap { $0.tokens.map { tokens[$0].lower } })
            out.removeAll { c in
                guard c.type == nil, c.tokens.count == 1, !tokens[c.tokens.lowerBound].isAllCaps,
                      !bodyLastWords.contains(tokens[c.tokens.lowerBound].lower) else { return false }
                let a = c.tokens.lowerBound
                return lex.commonWords.contains(tokens[a].lower) && !(a > 0 && tokens[a - 1].lower == "the")
                    && !gaz.isSurname(tokens[a].text) && !gaz.isGivenName(tokens[a].text)
                    && !context.fullNameSurnames.contains(tokens[a].lower)
                    && !MeetingPartySlots.isCommonWordMet(a, tokens) // ("met Straw": MeetingPartySlots)
            }
        }
        // `European countries`, `Scottish fans`, `Olympic champion`: outside sports reports (where
        // `Celtic` is a side), a lone capitalised word shaped like a proper adjective before a
        // lower-case noun describes the noun; it names nothing.
        if !sports { out.removeAll { isLoneProperAdjective($0, context) } }
        // A lone `Welsh`, `Basque` (no one of that surname named in full): a people's adjective
        // ("whose father was Welsh", "Welsh First Minister"), never a person's name.
        out.removeAll { c in
            c.tokens.count == 1 && c.title == nil && Self.regionAdjectives.contains(tokens[c.tokens.lowerBound].text)
                && !context.personKeys.contains(tokens[c.tokens.lowerBound].lower)
                && !context.fullNameSurnames.contains(tokens[c.tokens.lowerBound].lower)
        }
        // `an Oscar`, `his Oscar nomination`, `the Victoria`: a lone given name after a determiner, a
        // possessive or a number names a thing (an award, a ship, a venue), never a person.
        out.removeAll { isDeterminedGivenName($0, context) }
        // A lone `March` or `May` (months that are also names) with no title is the month or the
        // verb (`in March or April`, `May I`), unless the article names someone in full with it
        // (`Theresa May` ... `May said`).
        out.removeAll { c in
            guard c.tokens.count == 1, c.title == nil, c.evidence < .lexicon else { return false }
            let t = tokens[c.tokens.lowerBound]
            return !t.isAllCaps && lex.month(t.lower) != nil && !context.personKeys.contains(t.lower)
        }
        // Words the article also uses alone as a name (`Kidney said`): a person's surname, so a run ending
        // in it is a person though the word is a common one.
        // (From the finder's runs: a lone common word may have been dropped above as a heading remnant.)
        let loneWords = Set(cands.lazy.filter { $0.tokens.count == 1 }.map { self.tokens[$0.tokens.lowerBound].lower })
        // (A given name first made some persons already: `Carolina` or `Christian` before a plural.)
        for k in out.indices where out[k].tokens.count >= 2
            && (out[k].type == nil || out[k].type == .person && out[k].title == nil && out[k].evidence == .cue) {
            // `Six Nations`, `20th Century Fox`: no person's name opens with a number.
            if isPluralBody(out[k].tokens) || opensWithNumber(out[k].tokens) {
                out[k].type = .organization
                out[k].evidence = .cue
                if sports { out[k].subtype = "team" }
            } else if let body = knownBodyDivision(out[k].tokens) {
                // `BBC Sport`, `CNN International`: a known body's name and common words is a part of it.
                out[k].type = .organization
                out[k].subtype = body.subtype
                out[k].evidence = .cue
            } else if out[k].title == nil, bodyBeforeRole(out[k].tokens) {
                // `Welsh Liberal Democrat leader Ann Roe`: the words before a role and a name are the body.
                out[k].type = .organization
                out[k].evidence = .cue
            } else if out[k].title == nil, out[k].tokens.contains(where: { tokens[$0].text == "&" }) {
                // `Marsh & Tanner`: no person's name joins two names with an ampersand.
                out[k].type = .organization
                out[k].subtype = "company"
                out[k].evidence = .cue
            } else if out[k].type == nil, out[k].title == nil, endsInCommonNoun(out[k].tokens),
                      !loneWords.contains(tokens[out[k].tokens.upperBound - 1].lower),
                      lex.titles[tokens[out[k].tokens.upperBound - 1].lower] == nil {
                // `Peru Coal`, `Great British Public`: common words and places ending in a common word that
                // is no surname or given name name a thing or a body, not a person. (Ending in a title,
                // `the Information Commissioner` is an office and its holder, kept as before.)
                out[k].type = .organization
                out[k].evidence = .guess
            } else {
                out[k].type = .person
            }
        }
        return out
    }

    /// Words before a lone given name that show it is no person's (`an Oscar`, `his Oscar`).
    static let thingDeterminers: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "my", "our", "your",
                                                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    private func isDeterminedGivenName(_ c: Candidate, _ ctx: Context) -> Bool {
        guard c.tokens.count == 1, c.title == nil, c.type == nil || c.evidence < .lexicon else { return false }
        let a = c.tokens.lowerBound
        let t = tokens[a]
        guard a > 0, t.kind == .word, t.isCap, !t.isAllCaps, Self.thingDeterminers.contains(tokens[a - 1].lower),
              gaz.isGivenName(t.text), !gaz.isSurname(t.text), lex.knownOrgs[t.text] == nil, gaz.country(named: t.text) == nil,
              gaz.places(named: t.text).isEmpty else { return false }
        // (A person the article names in full keeps the word: `Oscar Reyes ... the Oscar we knew`.)
        return !ctx.fullNameFirstWords.contains(t.lower) && !ctx.personKeys.contains(t.lower)
    }

    /// The run's last word is a common word that is no surname, given name or place, and every word before
    /// it a common word or a place (`Peru Coal`; but `Ann Field`, `Tom Brown`, `Elon Musk`).
    private func endsInCommonNoun(_ r: Range<Int>) -> Bool {
        let last = tokens[r.upperBound - 1]
        return last.kind == .word && !last.isAllCaps && lex.commonWords.contains(last.lower)
            && !gaz.isSurname(last.text) && !gaz.isGivenName(last.text) && gaz.places(named: last.text).isEmpty
            // Every word before it a common word or a place, none a given name: an unknown word may be a
            // given name no lexicon lists (`Elon Musk`), and `Referee Graham Poll` is a person.
            && (r.lowerBound..<(r.upperBound - 1)).allSatisfy { k in
                let t = tokens[k]
                return !gaz.isGivenName(t.text) && (lex.commonWords.contains(t.lower) || t.kind == .punct
                    || gaz.country(named: t.text) != nil || gaz.country(adjective: t.text) != nil || !gaz.places(named: t.text).isEmpty)
            }
    }

    /// A known organisation's one-word name (`BBC`) followed only by common words that are no given
    /// name or surname (`Sport`, `Radio Four`): the known body, whose division the run names.
    private func knownBodyDivision(_ r: Range<Int>) -> Lexicons.KnownOrg? {
        guard let org = lex.knownOrgs[tokens[r.lowerBound].text] else { return nil }
        for k in (r.lowerBound + 1)..<r.upperBound {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .number, lex.commonWords.contains(t.lower) || t.kind == .number,
                  !gaz.isGivenName(t.text), !gaz.isSurname(t.text) else { return nil }
        }
        return org
    }

    /// The run is followed by a lower-case leading role and a capitalised name (`... leader Ann Roe`,
    /// `... spokesman Tom Reed`): what precedes the role is the body the person speaks for, not a person.
    private func bodyBeforeRole(_ r: Range<Int>) -> Bool {
        let b = r.upperBound
        guard b + 1 < tokens.count, tokens[b].kind == .word, !tokens[b].isCap, tokens[b].end < tokens[b + 1].start,
              let relation = lex.titles[tokens[b].lower]?.relation, ["leader_of", "spokesperson_of"].contains(relation),
              tokens[b + 1].kind == .word, tokens[b + 1].isCap, !tokens[b + 1].isAllCaps else { return false }
        // (A person's name ends in a surname or given name: `Ann Roe leader`, rare, keeps the person.)
        let last = tokens[b - 1]
        return !gaz.isSurname(last.text) && !gaz.isGivenName(last.text)
    }

    /// A name that ends in a plural is a body of people, not a person: the plural of a common noun
    /// (`Northfield Panthers`, `Free Democrats`), or any plural after a place (`Riverton Texans`,
    /// where the place may also be a given name). A surname or given name in `s` keeps it a person
    /// (`Ann Williams`, `Lina Matthias`), and so does a given name before it: `Christian Democrats`
    /// stays a person, as `Jon Deters` must.
    private func isPluralBody(_ r: Range<Int>) -> Bool {
        let last = tokens[r.upperBound - 1]
        let w = last.lower
        guard last.isCap, !last.isAllCaps, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"),
              !w.hasSuffix("'s"), !gaz.isSurname(last.text), !gaz.isGivenName(last.text) else { return false }
        // A place first, whatever its words (`San Diego Herons`): places have at most four words here.
        for end in (r.lowerBound + 1)..<min(r.upperBound, r.lowerBound + 5) {
            let name = ScalarClass.string(scalars[tokens[r.lowerBound].start..<tokens[end - 1].end])
            if gaz.country(named: name) != nil || !gaz.places(named: name).isEmpty { return true }
        }
        // An initial, a title or a given name that is no place shows a person with a rare surname
        // (`Prosecutor Jon T. Ames`); a given name that is a place does not (`Carolina Herons`).
        for k in r.lowerBound..<(r.upperBound - 1) {
            let t = tokens[k]
            if t.text.hasSuffix("."), t.text.unicodeScalars.count <= 2 { return false }
            if lex.titles[t.lower] != nil { return false }
            if gaz.isGivenName(t.text), gaz.places(named: t.text).isEmpty, gaz.country(named: t.text) == nil { return false }
        }
        return lex.commonWords.contains(String(w.dropLast())) || w.hasSuffix("es") && lex.commonWords.contains(String(w.dropLast(2)))
            || w.hasSuffix("ies") && lex.commonWords.contains(String(w.dropLast(3)) + "y")
    }

    /// Every word is a common English word (`common-words.tsv`: no given name or surname) or a
    /// grammar word, at least two are common words, and none is a title.
    /// Words that may follow `War` in its name: a numeral.
    static let warNumerals: Set<String> = ["i", "ii", "iii", "one", "two", "three"]

    /// A name of two words or more whose head is `War` or `Wars`, before a numeral at most, not
    /// opened by a given name.
    private func isWarName(_ r: Range<Int>) -> Bool {
        // ("Ann War": a given name first makes it a person's.)
        guard r.count >= 2, !gaz.isGivenName(tokens[r.lowerBound].text) else { return false }
        var last = r.upperBound - 1
        if Self.warNumerals.contains(tokens[last].lower) { last -= 1 }
        // ("War II" after "post-World": the numeral alone says it is the war.)
        return (last > r.lowerBound || last == r.lowerBound && last < r.upperBound - 1) && ["war", "wars"].contains(tokens[last].lower)
    }

    private func isCommonPhrase(_ r: Range<Int>) -> Bool {
        var common = 0
        for k in r {
            let w = tokens[k].lower
            // An office is a name (`Information Commissioner`), kept for the person default.
            if lex.titles[w] != nil { return false }
            if lex.commonWords.contains(w), !gaz.isGivenName(tokens[k].text) {
                common += 1
            } else if lex.stopWords[w] == nil || tokens[k].kind != .word {
                return false
            }
        }
        return common >= 2
    }

    /// Lines this pass reads again word by word: shouted lines and datelines.
    func rereadLines() -> [Bool] {
        sentences.map { isShouted($0) || datelinePlace($0) != nil }
    }

    private struct Context {
        var shouted: [Bool]
        var sports: Bool
        /// Names as the article writes them in ordinary (not shouted) lines, folded.
        var ordinaryNames: Set<String>
        /// Name words of persons named in full (`roe` for `Ann Roe`).
        var personKeys: Set<String>
        /// Surnames of people named in full with a given name (`Ann Trump`): a lone `Trump`
        /// elsewhere is that person, though `trump` is also a common word.
        var fullNameSurnames: Set<String>
        /// First words of names of two or more words (`chelsea` for `Chelsea Roe`).
        var fullNameFirstWords: Set<String>
        /// Words of names written away from a sentence's start (`holly` for "... said Holly").
        var capitalisedInside: Set<String> = []
        /// Names the body writes alone, away from a sentence's start, and never as the last word of
        /// a longer name (`uma` of "... Uma told me", not `obama` beside "Barack Obama"), folded.
        var loneFirstNames: Set<String> = []
    }

    // MARK: - Article and line context

    /// A headline in title case (`Minister Meets Rail Unions Over Strike`): at least two content
    /// words (not grammar words), four in five of them capitalised. Its capitals show no names,
    /// so it is read again like a shouted line.
    private func isTitleCase(_ s: Sentence) -> Bool {
        var words = 0, caps = 0
        for k in s.tokens where tokens[k].kind == .word && tokens[k].text.unicodeScalars.count >= 2 {
            if let w = lex.stopWords[tokens[k].lower], w != .other { continue }
            words += 1
            if tokens[k].isCap { caps += 1 }
        }
        return words >= 2 && caps * 5 >= words * 4
    }

    /// A line mostly in capitals: at least two words of two or more letters, three quarters in capitals.
    private func isShouted(_ s: Sentence) -> Bool {
        var words = 0, caps = 0
        for k in s.tokens where tokens[k].kind == .word && tokens[k].text.unicodeScalars.count >= 2 {
            words += 1
            if tokens[k].isAllCaps { caps += 1 }
        }
        return words >= 2 && Double(caps) >= Self.shoutedShare * Double(words)
    }

    private func isSportsReport() -> Bool {
        var score = 0, strong = 0
        for t in tokens {
            if t.kind == .number {
                if isScoreline(t.text) { score += 2; strong += 1 }
                continue
            }
            guard t.kind == .word else { continue }
            if cues.sport.contains(t.lower) { score += 2; strong += 1 } else if cues.result.contains(t.lower) { score += 1 }
        }
        guard score >= Self.sportsThreshold && strong > 0 else { return false }
        // A long article with a passing sports mention (a photo caption about a basketball
        // champion in a story about a state visit) is no sports report: its people are no sides.
        // (Branch meetJ: the whole cast of such an article was typed as teams.)
        return tokens.count <= Self.longArticleTokens || score * Self.sportsDensity >= tokens.count
    }

    /// `2-1`, `6-3`, `10-12`: two small numbers joined by a hyphen (not a date or a range of years).
    private func isScoreline(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { $0.count >= 1 && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    private func ordinaryNames(_ cands: [Candidate], _ shouted: [Bool]) -> Set<String> {
        var out = Set<String>()
        // Away from sentence starts and headings, where any word is capitalised.
        // Whole names, and the last word of longer ones (`Cuttitta` of `Marcello Cuttitta`, not
        // `World` of `World Cup`).
        for c in cands where !shouted[c.sentence] && !c.tokens.isEmpty && !c.isHeading {
            if !c.isSentenceInitial { out.insert(NameKey.fold(c.text)) }
            if c.tokens.count >= 2, tokens[c.tokens.upperBound - 1].isCap { out.insert(NameKey.fold(tokens[c.tokens.upperBound - 1].text)) }
        }
        return out
    }

    private func loneFirstNames(_ cands: [Candidate], _ shouted: [Bool]) -> Set<String> {
        var lone = Set<String>(), lastWords = Set<String>()
        for c in cands where !shouted[c.sentence] && !c.tokens.isEmpty && !c.isHeading {
            if c.tokens.count == 1, !c.isSentenceInitial { lone.insert(NameKey.fold(c.text)) }
            if c.tokens.count >= 2 { lastWords.insert(NameKey.fold(tokens[c.tokens.upperBound - 1].text)) }
        }
        return lone.subtracting(lastWords)
    }

    private func fullNameSurnames(_ cands: [Candidate]) -> Set<String> {
        var out = Set<String>()
        for c in cands where c.tokens.count >= 2 && (c.type == .person || c.type == nil) {
            let first = c.tokens.lowerBound, last = c.tokens.upperBound - 1
            guard (first..<last).contains(where: { tokens[$0].isCap && gaz.isGivenName(tokens[$0].text) }), tokens[last].isCap, !tokens[last].isAllCaps, !isCommonPhrase(c.tokens) else { continue }
            out.insert(tokens[last].lower)
        }
        return out
    }

    /// The article writes `word` after an honorific somewhere ("Mr Grain"): it is a surname there.
    private func isHonorificSurname(_ word: String) -> Bool {
        tokens.indices.dropFirst().contains { k in
            tokens[k].lower == word && tokens[k].isCap && ["mr", "mrs", "ms", "miss", "dr", "sir"].contains(tokens[k - 1].lower)
        }
    }

    private func personKeys(_ cands: [Candidate]) -> Set<String> {
        var out = Set<String>()
        for c in cands where c.tokens.count >= 2 && (c.type == .person || c.type == nil && !hasClubWord(c.tokens)) {
            out.insert(tokens[c.tokens.upperBound - 1].lower)
        }
        return out
    }

    // MARK: - Datelines

    /// The place run opening a dateline: capitals, optionally `, Region`, then a date
    /// (`1996-08-22`, `Feb 18`) or an agency in brackets, and nothing after but the agency.
    private func datelinePlace(_ s: Sentence) -> Range<Int>? {
        var k = s.tokens.lowerBound
        let end = s.tokens.upperBound
        let start = k
        while k < end, tokens[k].kind == .word, tokens[k].isAllCaps, k - start < 4 { k += 1 }
        guard k > start, k < end else { return nil }
        let run = start..<k
        if tokens[k].text == "," {
            k += 1
            var words = 0
            while k < end, tokens[k].kind == .word, tokens[k].isCap, words < 4, lex.month(tokens[k].lower) == nil { k += 1; words += 1 }
        }
        guard k < end else { return nil }
        let t = tokens[k]
        if t.kind == .number, isISODate(t.text), k + 1 == end { return run }
        if t.kind == .word, lex.month(t.lower) != nil, k + 1 < end, tokens[k + 1].kind == .number { return run }
        return nil
    }

    private func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    private func datelineCandidate(_ run: Range<Int>, _ si: Int) -> Candidate {
        var c = blank(run, si)
        c.type = .location
        c.evidence = .cue
        let name = titleCased(run)
        if let country = gaz.country(named: name) {
            c.markCountry(country)
        } else if let place = gaz.places(named: name).first {
            c.markPlace(place)
        } else {
            c.subtype = "city"
        }
        return c
    }

    // MARK: - Shouted lines

    /// A standings or results row: the name opens the line and a number follows it.
    private func isTableRowHead(_ c: Candidate) -> Bool {
        let s = sentences[c.sentence]
        var first = s.tokens.lowerBound
        while first < s.tokens.upperBound, tokens[first].kind == .punct { first += 1 }
        let b = c.tokens.upperBound
        return c.tokens.lowerBound == first && b < s.tokens.upperBound && tokens[b].kind == .number
    }

    /// The side named in a sports line: its country when it is one, else a club.
    private func sideCandidate(_ c0: Candidate) -> Candidate {
        var c = blank(c0.tokens, c0.sentence)
        if let country = gaz.country(named: titleCased(c.tokens)) ?? gaz.country(named: c.text) {
            c.markCountry(country)
        } else {
            c.type = .organization; c.subtype = "team"; c.evidence = .cue
        }
        return c
    }

    /// Reads a shouted run piece by piece from token `from`: cut at grammar and sports words,
    /// longest lexicon match first, words the article writes as names elsewhere kept.
    private func reread(_ c: Candidate, from: Int, _ ctx: Context, titleCase: Bool = false, into out: inout [Candidate]) {
        var k = from
        let end = c.tokens.upperBound
        while k < end {
            // A place or organisation may hold grammar words (`NEW YORK`, `BANK OF JAPAN`).
            var matched = false
            // (`TO` alone is a grammar word, whatever place is called `To`.)
            for b in stride(from: min(end, k + Self.maxShoutedName), to: k, by: -1) where b - k >= 2 || !isBreakWord(tokens[k]) {
                if var m = shoutedMatch(k..<b, c.sentence, ctx, lexiconOnly: true) {
                    m = retype(m, ctx)
                    out.append(m)
                    k = b
                    matched = true
                    break
                }
            }
            if matched { continue }
            if isBreakWord(tokens[k]) { k += 1; continue }
            var pieceEnd = k
            while pieceEnd < end, !isBreakWord(tokens[pieceEnd]) { pieceEnd += 1 }
            for b in stride(from: pieceEnd, to: k, by: -1) {
                if var m = shoutedMatch(k..<b, c.sentence, ctx, lexiconOnly: false, titleCase: titleCase) {
                    m = retype(m, ctx)
                    out.append(m)
                    k = b
                    matched = true
                    break
                }
            }
            if !matched { k += 1 }
        }
    }

    private func isBreakWord(_ t: Token) -> Bool {
        guard t.kind == .word else { return true }
        if let w = lex.stopWords[t.lower], w != .other { return true }
        return lex.month(t.lower) != nil || lex.weekday(t.lower) != nil || cues.sport.contains(t.lower)
            || cues.result.contains(t.lower) || lex.titles[t.lower] != nil
    }

    /// A candidate for a shouted span when its title-cased form is a country, a place, a known
    /// organisation, a full name with a given name, or a name the article writes elsewhere.
    private func shoutedMatch(_ r: Range<Int>, _ si: Int, _ ctx: Context, lexiconOnly: Bool, titleCase: Bool = false) -> Candidate? {
        var c = blank(r, si)
        let name = titleCased(r)
        if let org = lex.knownOrgs[c.text] ?? lex.knownOrgs[name] {
            c.markKnownOrg(org)
        } else if let country = gaz.country(named: c.text) ?? gaz.country(named: name) {
            c.markCountry(country)
        } else if let place = gaz.places(named: name).first {
            c.markPlace(place)
        } else if lexiconOnly {
            return nil
        } else if titleCase, ctx.ordinaryNames.contains(NameKey.fold(c.text)) {
            // A headline's name as the body writes it: typed by the linker.
        } else if titleCase ? r.count == 2 : r.count >= 2, gaz.isGivenName(titleCased(r.lowerBound..<(r.lowerBound + 1))) {
            // (In a title-case headline every word is capitalised: only a given name and one more
            // word, `Chrissy Teigen` of `Chrissy Teigen Cancels Flight`.)
            c.type = .person; c.evidence = .cue
        } else if titleCase, r.count == 2, ctx.loneFirstNames.contains(NameKey.fold(tokens[r.lowerBound].text)),
                  ctx.ordinaryNames.contains(NameKey.fold(tokens[r.lowerBound + 1].text)) {
            // `Uma Thurman` of `This Is Why Uma Thurman Is Angry`, where the body writes `Uma` and
            // `Thurman` apart: a full name whose given name the lexicon lacks, and the anchor the
            // body's lone `Thurman` links to (not a `Robert Thurman` named once, later).
            c.type = .person; c.evidence = .cue
        } else if ctx.ordinaryNames.contains(NameKey.fold(c.text)) {
            // Typed by the linker from the article's other forms of the name.
        } else {
            return nil
        }
        return c
    }

    // MARK: - Ordinary lines

    /// `New` + `York`, where the finder left out a capitalised grammar word that begins a place
    /// or country name: the whole name.
    private func extendToPlace(_ c: Candidate) -> Candidate {
        let a = c.tokens.lowerBound
        guard !c.tokens.isEmpty, a > sentences[c.sentence].tokens.lowerBound, tokens[a - 1].kind == .word, tokens[a - 1].isCap,
              lex.stopWords[tokens[a - 1].lower] != nil else { return c }
        var e = blank((a - 1)..<c.tokens.upperBound, c.sentence)
        if let country = gaz.country(named: e.text) {
            e.markCountry(country)
        } else if let place = gaz.places(named: e.text).first {
            e.markPlace(place)
        } else if c.tokens.count >= 2, c.type == .location, lex.stopWords[tokens[a - 1].lower] == .common,
                  let place = gaz.places(named: blank((a - 1)..<(a + 1), c.sentence).text).first {
            // `New` + `York State`: the place named after `New York`, by its whole name.
            e.markPlace(place)
        } else if c.tokens.count >= 2, c.type == .organization, lex.stopWords[tokens[a - 1].lower] == .common,
                  case let head = blank((a - 1)..<(a + 1), c.sentence).text,
                  gaz.country(named: head) != nil || !gaz.places(named: head).isEmpty
                    // (`New` + `Line Cinema`: a body's name that a body word ends opens with its `New`.)
                    || tokens[a - 1].text == "New" && lex.orgTails[tokens[c.tokens.upperBound - 1].lower]?.type == "organization" {
            // `New` + `York Times`, `New` + `Zealand Herald`: a body named after such a place keeps its
            // type, with its whole name.
            var whole = c
            whole.tokens = (a - 1)..<c.tokens.upperBound
            whole.start = e.start
            whole.text = e.text
            whole.isSentenceInitial = e.isSentenceInitial
            return whole
        } else {
            return c
        }
        return e
    }

    /// "S9", "A380", "X5": a letter, then digits among letters, as product models are named (not
    /// an ordinal, "20th").
    private func isModelNumber(_ t: Token) -> Bool {
        let u = t.text.unicodeScalars
        guard let first = u.first, ScalarClass.isLetter(first) else { return false }
        return u.count <= 6 && u.contains { ("0"..."9").contains($0) }
            && u.allSatisfy { ("0"..."9").contains($0) || ScalarClass.isLetter($0) || $0 == "-" }
    }

    private func opensWithNumber(_ r: Range<Int>) -> Bool {
        let t = tokens[r.lowerBound]
        return MentionFinder.numberWords.contains(t.lower) || t.lower.unicodeScalars.first.map { ("0"..."9").contains($0) } == true
    }

    /// Adjectives of regions and peoples with no country of their own in the gazetteer.
    static let regionAdjectives: Set<String> = ["Welsh", "Scots", "Basque", "Catalan", "Breton", "Cornish", "Flemish", "Walloon"]

    /// Endings of proper adjectives (`European`, `Scottish`, `Olympic`, `Victorian`, `Congolese`).
    static let properAdjectiveEndings = ["ean", "ish", "ic", "ian", "ese"]

    /// A one-word name ending like a proper adjective, right before a lower-case noun (not a
    /// grammar word, not a role: `Celtic manager X` is the club), that no lexicon knows as a
    /// country, region, large city, organisation, given name or surname, and no person of the
    /// article is named by.
    private func isLoneProperAdjective(_ c: Candidate, _ ctx: Context) -> Bool {
        guard c.tokens.count == 1, c.title == nil else { return false }
        let a = c.tokens.lowerBound
        let t = tokens[a]
        // ("two Welsh factories": the adjectives of regions the gazetteer has no demonym for, though
        // `Welsh` is also a surname.)
        let regional = Self.regionAdjectives.contains(t.text)
        guard t.kind == .word, t.isCap, !t.isAllCaps, regional || Self.properAdjectiveEndings.contains(where: { t.lower.hasSuffix($0) }),
              a + 1 < tokens.count, tokens[a + 1].kind == .word, !tokens[a + 1].isCap, tokens[a].end < tokens[a + 1].start else { return false }
        let next = tokens[a + 1].lower
        guard lex.stopWords[next] == nil, lex.titles[next] == nil, !cues.role.contains(next),
              lex.knownOrgs[t.text] == nil, gaz.country(named: t.text) == nil, !gaz.isGivenName(t.text), regional || !gaz.isSurname(t.text),
              !ctx.personKeys.contains(t.lower), !ctx.fullNameSurnames.contains(t.lower) else { return false }
        return gaz.places(named: t.text).allSatisfy { $0.kind == .city && $0.population < 100_000 }
    }

    /// `Federal Reserve Chairman Alan Greenspan`: the body before a title inside the run, and the
    /// person after it.
    private func splitAtInnerTitle(_ c: Candidate) -> [Candidate] {
        let a = c.tokens.lowerBound, b = c.tokens.upperBound
        // (`Office of the Deputy Prime Minister`: a body named `X of the ...` holds its title words.)
        // (`Transport & General Workers' Union`, `Kelso General Hospital`: a run ending in a body's
        // or a building's word names the body or the building; no person's name ends in `Union`
        // or `Hospital`. Some building words are surnames too: `President Park`, `Governor Hall`.)
        guard b - a >= 3, c.title == nil, c.evidence < .lexicon, !(c.type == .organization && tokens[a + 1].lower == "of"),
              lex.orgTails[tokens[b - 1].lower].map({ $0.type == "organization" || $0.subtype == "facility" && !gaz.isSurname(tokens[b - 1].text) }) != true
        else { return [c] }
        for p in (a + 1)..<(b - 1) {
            var n = 0
            var key = ""
            for m in 1...min(lex.maxTitleWords, b - p - 1) {
                var w = tokens[p + m - 1].lower
                if w.hasSuffix(".") { w.removeLast() }
                key = m == 1 ? w : key + " " + w
                // A role noun (`chairman`) only before a full name, a person's title before a surname too.
                if let t = lex.titles[key], t.personOnly || b - (p + m) >= 2 { n = m }
            }
            guard n > 0 else { continue }
            // "US Secretary of State" with no name after it: a title and its country, naming no one
            // (issue 3: the words after `of` became a person "of State").
            if tokens[p + n].lower == "of" {
                let whole = (p..<b).map { tokens[$0].lower }.joined(separator: " ")
                guard lex.titles[whole] != nil else { continue }
                let owner = ScalarClass.string(scalars[tokens[a].start..<tokens[p - 1].end])
                return gaz.country(named: owner) != nil || gaz.country(adjective: owner) != nil ? [] : [blank(a..<p, c.sentence)]
            }
            var body = blank(a..<p, c.sentence)
            if let country = gaz.country(named: body.text) {
                body.markCountry(country)
            } else if let org = lex.knownOrgs[body.text] {
                body.markKnownOrg(org)
            } else {
                body.type = .organization; body.evidence = .cue
            }
            var person = blank((p + n)..<b, c.sentence)
            person.type = .person; person.evidence = .cue
            person.title = (p..<(p + n)).map { tokens[$0].lower }.joined(separator: " ")
            return [body, person]
        }
        return [c]
    }

    /// `Northshire Bank Chairman Odran Velasquez` after `MentionFinder` has cut the title out of
    /// the run (keeping `northshire bank chairman` as the title): the body before the title word,
    /// when its words show a body (a known organisation, an organisation word, a country). A
    /// portfolio before the title (`International Development Secretary`) shows none and stays
    /// part of the title.
    private func bodyBeforeInnerTitle(_ c: Candidate) -> Candidate? {
        guard c.title != nil, let ts = c.titleStart, ts < c.tokens.lowerBound else { return nil }
        let lo = c.tokens.lowerBound
        var p = -1
        for q in stride(from: lo - 1, to: ts, by: -1) where lo - q <= lex.maxTitleWords {
            let key = (q..<lo).map { k -> String in
                var w = tokens[k].lower
                if w.hasSuffix(".") { w.removeLast() }
                return w
            }.joined(separator: " ")
            if lex.titles[key] != nil { p = q }
        }
        guard p > ts, (ts..<p).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCap }) else { return nil }
        var body = blank(ts..<p, c.sentence)
        if let org = lex.knownOrgs[body.text] {
            body.markKnownOrg(org)
        } else if let country = gaz.country(named: body.text) {
            body.markCountry(country)
        } else if p - ts >= 2, let cue = lex.orgTails[tokens[p - 1].lower] ?? lex.orgHeads[tokens[ts].lower],
                  cue.type == "organization" {
            body.type = .organization; body.subtype = cue.subtype; body.evidence = .cue
        } else {
            return nil
        }
        return body
    }

    /// `Victorious Trump met ...` at a sentence's start, in an article naming Donald Trump: a
    /// common word before the surname of someone the article names in full describes that person
    /// (the capital is the sentence's), so the name is the surname alone.
    private func trimOpeningAdjective(_ c: Candidate, _ ctx: Context) -> Candidate {
        guard c.tokens.count == 2, c.isSentenceInitial, c.type == nil, c.title == nil else { return c }
        let a = c.tokens.lowerBound
        guard lex.commonWords.contains(tokens[a].lower), !gaz.isGivenName(tokens[a].text), lex.titles[tokens[a].lower] == nil,
              ctx.fullNameSurnames.contains(tokens[a + 1].lower) else { return c }
        // A full name whose given name is also a word: an age after it ("Heather Bowden, 11,"),
        // or the word written as a name elsewhere ("Holly said").
        let b = c.tokens.upperBound
        if b + 1 < tokens.count, tokens[b].text == ",", tokens[b + 1].kind == .number { return c }
        if ctx.capitalisedInside.contains(tokens[a].lower) { return c }
        var t = blank((a + 1)..<(a + 2), c.sentence)
        t.type = .person; t.evidence = .cue
        return t
    }

    /// `Defender Ann Roe` -> `Ann Roe`, a person.
    private func trimRole(_ c: Candidate) -> Candidate {
        // (`Champions League`: a run the finder typed a body by its last word keeps its first.)
        guard c.tokens.count >= 2, c.type == nil || c.evidence < .lexicon && c.type != .organization,
              cues.role.contains(tokens[c.tokens.lowerBound].lower)
        else { return c }
        let r = (c.tokens.lowerBound + 1)..<c.tokens.upperBound
        var t = blank(r, c.sentence)
        t.title = c.title
        if let country = gaz.country(named: t.text) {
            t.markCountry(country)
        } else if let org = lex.knownOrgs[t.text] {
            t.markKnownOrg(org)
        } else {
            t.type = .person; t.evidence = .cue
        }
        return t
    }

    /// `Scorers:`, `Halftime 1-0`, `Results of ...`: a sports word alone names nothing.
    private func isLoneSportsWord(_ c: Candidate) -> Bool {
        guard c.tokens.count == 1, c.type == nil || c.evidence == .guess else { return false }
        let w = tokens[c.tokens.lowerBound].lower
        return cues.sport.contains(w) || cues.result.contains(w) || cues.role.contains(w) || w == "results" || w == "result"
    }

    /// A town at least this big opens a body's name whatever follows ("Leeds Bessho" is a body).
    static let bodyPlacePopulation = 100_000

    /// The name `c` (ending before `b`) opens with a small town's name, ends in a word no
    /// dictionary knows, and stands where a person does: after "TITLE of/to BODY," or where the
    /// article writes its last word after an honorific ("Mr Bessho").
    private func smallTownGivenName(_ c: Candidate, _ b: Int) -> Bool {
        let a = c.tokens.lowerBound, last = tokens[b - 1]
        guard gaz.country(named: tokens[a].text) == nil,
              !gaz.places(named: tokens[a].text).contains(where: { $0.population >= Self.bodyPlacePopulation }),
              !lex.commonWords.contains(last.lower), lex.orgTails[last.lower] == nil, !last.isAllCaps else { return false }
        if isHonorificSurname(last.lower) { return true }
        // (The comma inside the name's own sentence: a name opening a line after a comma has none before it.)
        let start = sentences[c.sentence].tokens.lowerBound
        guard a - 1 > start, tokens[a - 1].text == "," else { return false }
        let from = max(start, a - 8)
        return (from..<(a - 1)).contains { !tokens[$0].isCap && lex.titles[tokens[$0].lower] != nil }
            || (from..<(a - 1)).contains { tokens[$0].isCap && lex.titles[tokens[$0].lower] != nil && $0 + 1 < a - 1 && ["to", "of"].contains(tokens[$0 + 1].lower) }
    }

    private func retype(_ c0: Candidate, _ ctx: Context) -> Candidate {
        var c = c0
        guard !c.tokens.isEmpty else { return c }
        let a = c.tokens.lowerBound, b = c.tokens.upperBound
        let prev = a > 0 ? tokens[a - 1].lower : ""
        // `Chelsea boss Ann Roe`, `Riverton striker Ann Roe`: a lone name before a lower-case
        // leading role and another name is the body that person works for, even when the word
        // is also a given name. (A person of the article named in full keeps it: `Roe aide X`.)
        if c.tokens.count == 1, c.title == nil, c.type == nil || c.type == .person && c.evidence < .lexicon,
           b + 1 < tokens.count, tokens[b].kind == .word, !tokens[b].isCap,
           lex.titles[tokens[b].lower]?.relation == "leader_of" || cues.role.contains(tokens[b].lower),
           tokens[b + 1].kind == .word, tokens[b + 1].isCap, !ctx.personKeys.contains(tokens[a].lower),
           !(c.isSentenceInitial && lex.commonWords.contains(tokens[a].lower)) {
            c.type = .organization; c.evidence = .cue
            if ctx.sports { c.subtype = "team" }
            return c
        }
        // "his wife, Ann": after a kin noun a given name is the person, even where a town has the name.
        if c.tokens.count == 1, c.type == .location, c.subtype != "country", gaz.isGivenName(c.text), KinNouns.before(a, tokens) {
            c.type = .person; c.subtype = nil; c.countryCode = nil; c.evidence = .cue
            return c
        }
        // `striker Roe`: a lower-case role before an unknown name; "his wife, Zorella" (KinNouns).
        if c.type == nil, a > 0, !tokens[a - 1].isCap, cues.role.contains(prev) || c.tokens.count <= 2 && KinNouns.before(a, tokens) {
            c.type = .person; c.evidence = .cue
            return c
        }
        if c.type == nil, c.tokens.count >= 2, c.tokens.count <= 3, Self.compassWords.contains(tokens[a].lower),
           !hasClubWord(c.tokens) {
            // `East Kalimantan`, `West Indies`: a compass word opens a region.
            c.type = .location; c.subtype = "region"; c.evidence = .cue
            return c
        }
        // (Not after a lowercase personal title, "oil minister Mani Shankar Aiyar": a given name may
        // be a small town's too.)
        if c.type == nil, c.tokens.count >= 2, !gaz.isGivenName(tokens[a].text), !tokens[a].isAllCaps,
           !(a > 0 && !tokens[a - 1].isCap && lex.titles[prev]?.personOnly == true),
           gaz.country(named: tokens[a].text) != nil || !gaz.places(named: tokens[a].text).isEmpty,
           // (A small town's name before a surname of a titled apposition, or of a "Mr X", is a given
           // name: "the ambassador to the UN, Koro Bessho," where Koro is also a town.)
           !smallTownGivenName(c, b) {
            // `Northshire Steel`, `Riverton Newsroom`: a name that opens with a place is a body, not a person.
            c.type = .organization; c.evidence = .cue
            if ctx.sports { c.subtype = "team" }
            return c
        }
        // `MG Rover`, `KLM Cityhopper`: an acronym, then a common word that is nobody's surname, is a
        // body (`JK Rowling`, `PJ Harvey` end in surnames).
        // (A short acronym only: a shouted word, `DONALD Trump`, `NEWS Emails`, is a headline's.)
        if c.type == nil, c.tokens.count == 2, tokens[a].isAllCaps, tokens[a].kind == .word, !c.isHeading,
           tokens[a].text.unicodeScalars.filter({ $0 != "." }).count <= 4, !lex.commonWords.contains(tokens[a].lower),
           lex.titles[tokens[a].lower] == nil,
           tokens[a + 1].kind == .word, !tokens[a + 1].isAllCaps, lex.commonWords.contains(tokens[a + 1].lower),
           !gaz.isSurname(tokens[a + 1].text), !gaz.isGivenName(tokens[a + 1].text),
           !isHonorificSurname(tokens[a + 1].lower) { // ("UK Grain ... Mr Grain said": a person.)
            c.type = .organization; c.evidence = .cue
            return c
        }
        // A lone unknown word that is a common surname, away from a sentence start: a person.
        if c.type == nil, c.tokens.count == 1, !c.isSentenceInitial, !c.isHeading, gaz.isSurname(tokens[a].text),
           lex.stopWords[tokens[a].lower] == nil, lex.groupNouns[tokens[a].lower] == nil {
            c.type = .person; c.evidence = .cue
            return c
        }
        guard ctx.sports else { return c }
        let guarded = Self.placeGuards.contains(prev)
        // Regions (`Northshire`, `Wales`) name sides too, but mostly in shouted tables; in
        // prose a region is more often where the game is.
        if c.type == .location, c.subtype == "city" || c.subtype == "region" && !hasLowercase(tokens[a]), !guarded {
            return club(c)
        }
        if c.type == nil {
            let nextIsNumber = b < sentences[c.sentence].tokens.upperBound && tokens[b].kind == .number
            if c.tokens.count >= 2, hasClubWord(c.tokens) || hasPlaceWord(c.tokens) {
                return club(c)
            }
            // `Riverton beat Chelsea`: in a sports report a lone given name that no name of the article
            // opens, and no surname, is a side (a player is named in full at least once).
            if c.tokens.count == 1, c.title == nil, !c.isHeading, gaz.isGivenName(tokens[a].text), !gaz.isSurname(tokens[a].text),
               !tokens[a].isAllCaps, !ctx.fullNameFirstWords.contains(tokens[a].lower), !ctx.personKeys.contains(tokens[a].lower),
               lex.month(tokens[a].lower) == nil, !guarded {
                return club(c)
            }
            // A results or standings row: `Riverton 15 9 6 0`, unless the name is a player's.
            if c.tokens.count == 1, nextIsNumber, !ctx.personKeys.contains(tokens[a].lower), !gaz.isSurname(tokens[a].text), !guarded {
                return club(c)
            }
        }
        return c
    }

    private func club(_ c0: Candidate) -> Candidate {
        var c = c0
        c.type = .organization; c.subtype = "team"; c.evidence = .cue
        c.canonical = nil; c.countryCode = nil; c.isMetonym = false
        return c
    }

    private func hasClubWord(_ r: Range<Int>) -> Bool {
        r.contains { cues.club.contains(tokens[$0].lower) }
    }

    /// A word of the name is a city or region (`Bayer Leverkusen`), not the first name of a person.
    private func hasPlaceWord(_ r: Range<Int>) -> Bool {
        if gaz.isGivenName(tokens[r.lowerBound].text) { return false }
        return r.contains { k in
            tokens[k].isCap && !tokens[k].isAllCaps && !gaz.isGivenName(tokens[k].text) && !gaz.places(named: tokens[k].text).isEmpty
        }
    }

    // MARK: - Helpers

    private func hasLowercase(_ t: Token) -> Bool {
        t.text.unicodeScalars.contains { ScalarClass.isLetter($0) && !ScalarClass.isUpper($0) }
    }

    private func blank(_ r: Range<Int>, _ si: Int) -> Candidate {
        let s = sentences[si]
        var first = s.tokens.lowerBound
        while first < s.tokens.upperBound, tokens[first].kind == .punct { first += 1 }
        let start = tokens[r.lowerBound].start, end = tokens[r.upperBound - 1].end
        return Candidate(tokens: r, start: start, end: end, sentence: si, text: ScalarClass.string(scalars[start..<end]),
                         type: nil, subtype: nil, evidence: .guess, isSentenceInitial: r.lowerBound == first,
                         isHeading: s.isHeading)
    }

    /// The tokens `r` of candidate `c` as a candidate of their own, without `c`'s title; typed like
    /// `model` when one is given (HeadlineGluedNames, RepeatedWordNames).
    func part(of c: Candidate, _ r: Range<Int>, typedLike model: Candidate? = nil) -> Candidate {
        var p = c
        p.tokens = r
        p.start = tokens[r.lowerBound].start
        p.end = tokens[r.upperBound - 1].end
        p.text = ScalarClass.string(scalars[p.start..<p.end])
        p.title = nil; p.titleStart = nil; p.titleCountry = nil
        if let m = model {
            p.type = m.type; p.subtype = m.subtype; p.evidence = m.evidence
            p.canonical = m.canonical; p.countryCode = m.countryCode
        }
        return p
    }

    /// `AL-AIN` -> `Al-Ain`, `NEW YORK` -> `New York`: capitals after a letter lowered.
    private func titleCased(_ r: Range<Int>) -> String {
        r.map { ShoutedNames.titleCase(tokens[$0].text) }.joined(separator: " ")
    }
}
