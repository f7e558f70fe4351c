import EventModel

/// Meeting parties given by a description instead of a name (issue 3, kinds found on unseen
/// articles):
/// - "the two companies tried to merge but talks failed", "negotiations between the two
///   firms": the last two organisations (or countries, for "the two countries") named before;
/// - "its management has continued talks with ...": `its` + a body's own people is the
///   organisation `its` refers to;
/// - "told a meeting of the Port Authority", "addressed a meeting of the Grain Board": the named
///   body is a party, with the speaker;
/// - "At a meeting in Lima, bank president Ann Roe said ...": the speaker attended a meeting
///   there (one party and a place, as for a summit).
extension EventFinder {
    /// "the two companies": plural nouns for organisations.
    static let organisationPairNouns: Set<String> = ["companies", "firms", "groups", "banks", "clubs", "exchanges", "airlines",
                                                     "carriers", "retailers", "businesses", "parties", "unions", "organisations",
                                                     "organizations", "sides", "teams", "networks", "broadcasters", "publishers"]
    /// "the firms": plural nouns that, with no number, stand for two businesses named just before.
    static let firmPluralNouns: Set<String> = ["companies", "firms", "banks", "airlines", "carriers", "retailers", "exchanges",
                                               "businesses", "groups", "lenders", "insurers", "brokers", "brokerages"]
    /// "the two countries": plural nouns for states.
    static let countryPairNouns: Set<String> = ["countries", "nations", "governments", "states", "neighbours", "neighbors", "sides"]
    /// A body's own people: "its management", "its board".
    static let ownPeopleNouns: Set<String> = ["management", "board", "executives", "bosses", "directors", "owners", "leadership",
                                              "negotiators", "chairman", "chief", "officials", "representatives"]
    /// Verbs that put a speaker before a meeting: "told a meeting of", "addressed a meeting of".
    static let meetingAddressVerbs: Set<String> = ["told", "tells", "telling", "addressed", "addresses", "addressing"]

    func describedParties(_ found: inout [Found], _ state: inout DocumentState) {
        // Meetings naming two parties, by sentence (counted once: a long document has thousands of events).
        let pairs: (Found) -> Bool = { $0.event.type.isMeeting && Set($0.event.participants.map(\.entity)).count >= 2 }
        var pairedMeetings: [Int: Int] = [:]
        for f in found where pairs(f) { pairedMeetings[f.event.sentence, default: 0] += 1 }
        var told: [String: (sentence: Int, pair: (Int, Int))] = [:]
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.type != .visit {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence]
            // "X is meeting Y, the third meeting between the two firms": the pair is told already.
            let pairTold = (pairedMeetings[found[i].event.sentence] ?? 0) - (pairs(found[i]) ? 1 : 0) > 0
            if !pairTold, let pair = describedPair(k, s, found[i].event, state, told: &told) {
                found[i].event.participants = [Participant(entity: pair.0, role: .agent), Participant(entity: pair.1, role: .participant)]
                continue
            }
            hostedGathering(&found[i], k, s, state)
            // The trigger's head ("held meetings": `meetings`).
            let head = (k..<min(s.tokens.upperBound, k + 6)).first { tokens[$0].end == found[i].event.triggerSpan.end } ?? k
            discussWith(&found[i], head, s, &state)
            placeNamedOrganisations(&found[i], k, s, state)
            nationalitiesAsCountries(&found[i], s, &state)
            if let owner = ownersPeople(k, s, state) {
                found[i].event.participants.removeAll { $0.role == .agent || $0.entity == owner }
                found[i].event.participants.insert(Participant(entity: owner, role: .agent), at: 0)
            }
            if let body = addressedBody(k, s, state), !found[i].event.participants.contains(where: { $0.entity == body }) {
                found[i].event.participants.append(Participant(entity: body, role: .participant))
            }
            if found[i].event.participants.isEmpty, let f = frontedMeetingSpeaker(found[i], k, s, state) { found[i] = f }
        }
    }

    /// "the two companies" as a party of the trigger at `k`: before it in its sentence, or right
    /// after `between`. The two are the last two distinct organisations (countries) named before
    /// the phrase, within three sentences; or, when the same noun stood for two in the last four
    /// sentences (`told`), those two ("The two companies tried to merge but talks failed. ...
    /// negotiations between the two companies sped up", though a Wal-Mart was named between).
    private func describedPair(_ k: Int, _ s: Sentence, _ e: Event, _ state: DocumentState,
                               told: inout [String: (sentence: Int, pair: (Int, Int))]) -> (Int, Int)? {
        let end = s.tokens.upperBound
        var phrase: Int? = nil
        var nounAt = 0
        var j = s.tokens.lowerBound
        while j + 1 < min(end, k + 5) {
            // "the two countries", "both sides" (not "both sides' officials").
            let n = tokens[j].lower == "the" && j + 2 < end && tokens[j + 1].lower == "two" ? j + 2
                : tokens[j].lower == "both" && bothIsSubject(j, k, s) ? j + 1 : nil
            if let n, Self.organisationPairNouns.contains(tokens[n].lower) || Self.countryPairNouns.contains(tokens[n].lower),
               n < k || j > k && tokens[j - 1].lower == "between" {
                phrase = j
                nounAt = n
            }
            j += 1
        }
        guard let p = phrase else { return nil }
        let noun = tokens[nounAt].lower
        // Talks of the two with a third party ("and talks with the unions began") are not
        // between the two. (A month read as a name, "in March", is nobody.)
        let described = state.groupByHead[noun]
        if e.participants.contains(where: { $0.role != .agent && $0.entity != described
            && Lexicons.shared.timeWords[state.entities[$0.entity].name.lowercased()] == nil }) { return nil }
        let si = state.sentenceOf[p]
        if let memo = told[noun], memo.sentence < si, si - memo.sentence <= 4 { return memo.pair }
        let wantsCountry = Self.countryPairNouns.contains(noun)
        // "both sides" after two countries are named: the countries, before any body between them.
        guard let pair = wantsCountry ? lastTwo(before: p, countries: true, organisations: false, state)
                ?? lastTwo(before: p, countries: true, organisations: Self.organisationPairNouns.contains(noun), state)
            : lastTwo(before: p, countries: false, organisations: Self.organisationPairNouns.contains(noun), state) else { return nil }
        told[noun] = (si, pair)
        return pair
    }

    /// "Both sides agreed to ...": `both` with its noun opens the clause whose verb leads to the
    /// trigger at `k` (not "shares in both companies were suspended while the two held talks").
    private func bothIsSubject(_ j: Int, _ k: Int, _ s: Sentence) -> Bool {
        guard j + 1 < k, j + 2 >= s.tokens.upperBound || tokens[j + 2].kind == .word else { return false }
        if j > s.tokens.lowerBound, Self.prepositions.contains(tokens[j - 1].lower) { return false }
        return !(j + 2..<k).contains { [",", ";", "while", "when", "as", "after", "before", "because"].contains(tokens[$0].lower) }
    }

    /// The last two distinct organisations (countries) named before the token `p`, within three sentences.
    private func lastTwo(before p: Int, countries wantsCountry: Bool, organisations wantsOrg: Bool, _ state: DocumentState) -> (Int, Int)? {
        var picked: [Int] = []
        var t = p - 1
        let limit = state.sentenceOf[p] - 3
        while t >= 0, state.sentenceOf[t] >= limit, picked.count < 2 {
            if let a = state.argAt[t], a.kind == .name, isExample(a.tokens.lowerBound) {
                t = a.tokens.lowerBound - 1
                continue
            }
            if let a = state.argAt[t], a.kind == .name {
                let e = state.entities[a.entity]
                let fits = wantsOrg && e.type == .organization && e.subtype != "group"
                    || wantsCountry && e.type == .location && e.subtype == "country"
                if fits, !picked.contains(a.entity) { picked.append(a.entity) }
                t = a.tokens.lowerBound - 1
                continue
            }
            t -= 1
        }
        guard picked.count == 2 else { return nil }
        return (picked[1], picked[0])
    }

    /// Words for a stock exchange: "the Lagos market" is the `Lagos Stock Exchange`.
    static let exchangeNouns: Set<String> = ["exchange", "bourse", "market"]

    /// "the London exchange", "the Lagos bourse": a place name before a lowercase noun, taken as
    /// a party, is the organisation of the article whose name holds both words (`London Stock
    /// Exchange`), not the place or its country.
    private func placeNamedOrganisations(_ f: inout Found, _ k: Int, _ s: Sentence, _ state: DocumentState) {
        var t = s.tokens.lowerBound
        while t < s.tokens.upperBound {
            guard let a = state.argAt[t], a.kind == .name else { t += 1; continue }
            defer { t = a.tokens.upperBound }
            let n = a.tokens.upperBound
            guard n < s.tokens.upperBound, state.entities[a.entity].type == .location, tokens[n].kind == .word, !tokens[n].isCap else { continue }
            let p = f.event.participants.firstIndex { $0.entity == a.entity }
            // A city subject was dropped (cities do not meet): the phrase right before the verb
            // group is the subject again ("the Lagos exchange is holding talks").
            let subject = p == nil && n < k && n + 4 >= k && !f.event.participants.contains { $0.role == .agent }
                && (n + 1..<k).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCap && state.argAt[$0] == nil }
            guard p != nil || subject else { continue }
            let place = ScalarClass.string(scalars[tokens[a.tokens.lowerBound].start..<tokens[n - 1].end]).lowercased()
            let noun = tokens[n].lower
            let named = state.entities.indices.filter { e in
                let x = state.entities[e]
                guard x.type == .organization, x.subtype != "group" else { return false }
                let words = x.name.lowercased().split(separator: " ").map(String.init)
                return x.name.lowercased().hasPrefix(place + " ")
                    && (words.contains(noun) || Self.exchangeNouns.contains(noun) && words.contains { Self.exchangeNouns.contains($0) })
            }
            guard named.count == 1, !f.event.participants.contains(where: { $0.entity == named[0] }) else { continue }
            if let p { f.event.participants[p].entity = named[0] } else {
                f.event.participants.insert(Participant(entity: named[0], role: .agent), at: 0)
            }
        }
    }

    /// A name in a list of examples ("stores like Bloomingville, Arden's and Crane's", "such as
    /// X"): an illustration, not one of the two.
    func isExample(_ a: Int) -> Bool {
        var j = a - 1
        while j >= 0, tokens[j].text == "," || tokens[j].lower == "and" || tokens[j].lower == "'s" || tokens[j].isCap { j -= 1 }
        guard j >= 0 else { return false }
        // ("Southcorp, whose brands include Penfolds and Lindemans, ...": a body's brands or units.)
        return ["like", "including", "include", "includes", "included"].contains(tokens[j].lower)
            || tokens[j].lower == "as" && j > 0 && tokens[j - 1].lower == "such"
    }

    /// Gatherings that a reduced passive describes: "a conference on trade, jointly hosted by the
    /// ministry and the UN": the hosts are the parties; the names before the gathering (who
    /// was to meet whom on its sidelines) are not its guests.
    static let hostedGatheringNouns: Set<String> = ["conference", "summit", "meeting", "forum", "dinner", "reception", "event", "session",
                                              "gathering", "talks", "ceremony", "banquet", "festival", "exhibition"]

    private func hostedGathering(_ f: inout Found, _ k: Int, _ s: Sentence, _ state: DocumentState) {
        guard f.event.type == .host, k + 1 < s.tokens.upperBound, tokens[k + 1].lower == "by" else { return }
        var j = k - 1
        while j >= s.tokens.lowerBound, tokens[j].lower.hasSuffix("ly") || tokens[j].text == "," { j -= 1 }
        guard j >= s.tokens.lowerBound, !Self.beVerbs.contains(tokens[j].lower) else { return }
        // The gathering noun within the few words before: "a summit, hosted by", "a conference on trade, hosted by".
        guard let g = (max(s.tokens.lowerBound, j - 5)...j).last(where: { Self.hostedGatheringNouns.contains(tokens[$0].lower) }) else { return }
        f.event.participants.removeAll { p in
            guard p.role != .agent else { return false }
            return (s.tokens.lowerBound..<g).contains { state.argAt[$0]?.entity == p.entity }
                && !(k..<s.tokens.upperBound).contains { state.argAt[$0]?.entity == p.entity }
        }
    }

    /// "held meetings to discuss a rebuilding plan with the bank, the IMF and donors": the
    /// parties come after the purpose clause.
    private func discussWith(_ f: inout Found, _ k: Int, _ s: Sentence, _ state: inout DocumentState) {
        let end = s.tokens.upperBound
        let te = (k..<min(end, k + 3)).first { tokens[$0].lower == "to" } ?? end
        guard te < end - 2, te <= k + 1, ["discuss", "talk", "negotiate", "review", "agree"].contains(tokens[te + 1].lower),
              let w = (te + 2..<min(end, te + 10)).first(where: { tokens[$0].lower == "with" }),
              !(te + 2..<w).contains(where: { tokens[$0].kind == .punct || Self.objectStops.contains(tokens[$0].lower) }) else { return }
        var j = w + 1
        while j < end {
            while j < end, ["the", "a", "an", "and", ","].contains(tokens[j].lower) { j += 1 }
            guard j < end, let a = state.argAt[j] ?? group(j, end, &state, state.sentenceOf[j], meeting: true) else { break }
            if state.entities[a.entity].type == .location, state.entities[a.entity].subtype != "country" { break }
            if !f.event.participants.contains(where: { $0.entity == a.entity }) {
                f.event.participants.append(Participant(entity: a.entity, role: .participant))
            }
            j = a.tokens.upperBound
            guard j < end, tokens[j].lower == "and" || tokens[j].text == "," else { break }
        }
    }

    /// "will meet South Korean and local officials": a nationality of two words, read as a
    /// place of its own by the mention finder, is its country as a party (an entity named
    /// "South Korean" matches nobody's query for South Korea).
    private func nationalitiesAsCountries(_ f: inout Found, _ s: Sentence, _ state: inout DocumentState) {
        for p in f.event.participants.indices {
            let e = state.entities[f.event.participants[p].entity]
            guard e.type == .location, e.subtype != "country", let country = Gazetteer.shared.country(adjective: e.name),
                  let t = s.tokens.first(where: { state.argAt[$0]?.entity == f.event.participants[p].entity }) else { continue }
            let a = state.argAt[t]!
            let span = TextSpan(start: tokens[a.tokens.lowerBound].start, end: tokens[a.tokens.upperBound - 1].end)
            let c = state.country(country, text: e.name, span: span, sentence: state.sentenceOf[t])
            if f.event.participants.contains(where: { $0.entity == c }) { continue }
            f.event.participants[p].entity = c
        }
    }

    /// "its management has continued talks": the subject is `its` + a body's own people, right
    /// before the verb group; the organisation `its` stands for is the party.
    private func ownersPeople(_ k: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        var j = k - 1
        // Back over the verb group: "has continued", "will resume", "held".
        while j > s.tokens.lowerBound, k - j <= 4, tokens[j].kind == .word, !tokens[j].isCap, state.argAt[j] == nil,
              !Self.ownPeopleNouns.contains(tokens[j].lower) { j -= 1 }
        guard j > s.tokens.lowerBound, Self.ownPeopleNouns.contains(tokens[j].lower), tokens[j - 1].lower == "its" else { return nil }
        return state.lastArg(before: j - 1, within: 2) { e, a in a.kind == .name && e.type == .organization && e.subtype != "group" }?.entity
    }

    /// "told a meeting of the Port Authority": the named organisation after `of`.
    private func addressedBody(_ k: Int, _ s: Sentence, _ state: DocumentState) -> Int? {
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        guard ["meeting", "session", "gathering", "conference"].contains(tokens[k].lower), k + 1 < end, tokens[k + 1].lower == "of",
              (max(start, k - 3)..<k).contains(where: { Self.meetingAddressVerbs.contains(tokens[$0].lower) }) else { return nil }
        var j = k + 2
        if j < end, tokens[j].lower == "the" { j += 1 }
        guard j < end, let a = state.argAt[j], a.kind == .name else { return nil }
        let e = state.entities[a.entity]
        return e.type == .organization && e.subtype != "group" ? a.entity : nil
    }

    /// "At a meeting in Lima, bank president Ann Roe said": the speaker attended, there.
    private func frontedMeetingSpeaker(_ f: Found, _ k: Int, _ s: Sentence, _ state: DocumentState) -> Found? {
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        guard let place = f.event.location, k - start <= 3, ["at", "during"].contains(tokens[start].lower),
              let comma = (k + 1..<min(end, k + 8)).first(where: { tokens[$0].text == "," }) else { return nil }
        var j = comma + 1
        var person: Arg? = nil
        while j < min(end, comma + 7) {
            // Past an affiliation ("bank president", "ADB president") to the person.
            if let a = state.argAt[j] {
                if a.kind == .name, state.entities[a.entity].type == .person { person = a; break }
                j = a.tokens.upperBound
                continue
            }
            if tokens[j].kind != .word { break }
            j += 1
        }
        guard let p = person, p.tokens.upperBound < end, Self.speechVerbs.contains(tokens[p.tokens.upperBound].lower) else { return nil }
        var out = f
        out.event.participants = [Participant(entity: p.entity, role: .agent)]
        out.event.location = place
        out.flags.insert("attendance")
        return out
    }
}
