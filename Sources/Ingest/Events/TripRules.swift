import EventModel

/// Visits and trips whose traveller or destination the trigger's own clause does not give
/// (the gold conventions are in `../shared/eval/meetings-dev-*.json`, `note`):
/// - a fronted trip phrase names its traveller after the comma: "During her trip, Ms Ade will
///   attend ...", "On a visit to Peru, the singer said ...";
/// - a role noun is the traveller: "The Defence Secretary arrives in Lagos", "the minister is
///   leaving Britain on a tour of East Africa" (the person named with that title in the article;
///   for a profession noun such as "the singer", else the person the text is about);
/// - a subject inside an `after`/`when` clause is not the main clause's ("X closed in on a deal
///   after the agent travelled to Spain": X did not travel);
/// - a multi-stop trip and a tour of a region by the same traveller are one trip, whose place
///   is the region;
/// - travelling to a place for a summit is also attendance at that summit, there;
/// - companions after `with` travel too ("visiting the zoo with her mother Ann Roe");
/// - a `trip in a boat` is a ride, not a visit;
/// - a country stop that a later sentence gives as a city of that country is that city's visit.
extension EventFinder {
    /// Role nouns that stand for a person named elsewhere in the article ("the singer").
    /// Titles (`titles.tsv`) count too.
    static let personRoleNouns = EventCues.personRoles
    /// Words that open a fronted trip phrase: "During his visit, ...", "On a tour of Asia, ...".
    static let tripPhraseOpeners: Set<String> = ["during", "on", "while", "throughout", "after", "before"]
    /// Conjunctions that open a clause with its own subject.
    static let subordinators: Set<String> = ["after", "when", "as", "because", "while", "before", "since", "once", "until", "although", "though"]
    /// What a ride is taken in: "a trip in the dinghy" is no visit.
    static let vehicles = EventCues.words("vehicle")
    /// Kin and companions that travel with a visitor ("with his mother").
    static let companionNouns = EventCues.words("companion")

    func refineTrips(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        var extra: [Found] = []
        var drop = Set<Int>()
        for i in found.indices where found[i].event.type == .visit {
            let e = found[i].event
            guard let k = tokenIndex(at: e.triggerSpan.start) else { continue }
            let s = sentences[e.sentence]
            if isRide(k, s.tokens.upperBound) { drop.insert(i); continue }
            var agentIndex = e.participants.firstIndex { $0.role == .agent }
            // A subject left of a subordinate clause is not the traveller of the clause's verb.
            if let a = agentIndex, !found[i].isNoun, subjectInOwnClause(k, s.tokens.lowerBound, entity: e.participants[a].entity, state) {
                found[i].event.participants.remove(at: a)
                agentIndex = nil
                if let r = roleSubject(before: k, from: clauseStart(k, s.tokens.lowerBound), state) {
                    found[i].event.participants.insert(Participant(entity: r, role: .agent), at: 0)
                    agentIndex = 0
                }
            }
            if agentIndex == nil {
                var traveller: Int? = nil
                if found[i].isNoun, let comma = frontedTripPhraseEnd(k, s) {
                    traveller = subject(after: comma, s.tokens.upperBound, &state)
                } else {
                    traveller = roleSubject(before: k, from: clauseStart(k, s.tokens.lowerBound), state)
                }
                if let t = traveller {
                    // "While on a tour of Asia, X met ...": X, read as one more object after the comma, travels.
                    found[i].event.participants.removeAll { $0.entity == t }
                    found[i].event.participants.insert(Participant(entity: t, role: .agent), at: 0)
                }
            }
            guard let agent = found[i].event.participants.first(where: { $0.role == .agent })?.entity else { continue }
            // "visit the beach resort of Phuket": a place taken as a party is where the visit goes.
            // ("visited the White House", "toured the Kremlin": a government's building is where it goes too.)
            if found[i].event.location == nil,
               let p = found[i].event.participants.firstIndex(where: { $0.role != .agent && (state.entities[$0.entity].type == .location
                   || isSeatVenue(state.entities[$0.entity], preposition: "at", anyBody: false)
                   || isNamedBuilding(state.entities[$0.entity], preposition: "at", meeting: true)) }) {
                found[i].event.location = found[i].event.participants.remove(at: p).entity
            }
            addCompanions(&found[i], k, s, agent, &state)
            // Unless the summit already has parties of its own ("a summit of European leaders").
            if let summit = summitAttendance(found[i], k, s, agent),
               !found.contains(where: { $0.event.triggerSpan.start == summit.event.triggerSpan.start && Set($0.event.participants.map(\.entity)).count >= 2 }) {
                extra.append(summit)
            }
        }
        found = found.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        mergeRegionTrips(&found, state)
        dropCountryStopsToldByCity(&found, state)
        dropCountryArrivalsToldByCity(&found, state)
        found.append(contentsOf: extra)
    }

    /// The token that starts at scalar offset `start`.
    func tokenIndex(at start: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].start == start ? lo : nil
    }

    /// "a trip in the Wayfarer dinghy", "a tour on an open-top bus".
    private func isRide(_ k: Int, _ end: Int) -> Bool {
        guard ["trip", "tour", "ride", "trips", "tours"].contains(tokens[k].lower), k + 1 < end,
              ["in", "on", "aboard"].contains(tokens[k + 1].lower) else { return false }
        return (k + 2..<min(end, k + 6)).contains { Self.vehicles.contains(tokens[$0].lower) }
    }

    /// The comma that closes a fronted trip phrase holding the trigger at `k`: "During his trip, ...".
    static let speechGerunds: Set<String> = ["speaking", "talking", "writing", "commenting"]

    private func frontedTripPhraseEnd(_ k: Int, _ s: Sentence) -> Int? {
        var j = k - 1
        while j >= s.tokens.lowerBound, k - j <= 5, tokens[j].kind == .word, !Self.tripPhraseOpeners.contains(tokens[j].lower) { j -= 1 }
        guard j >= s.tokens.lowerBound, Self.tripPhraseOpeners.contains(tokens[j].lower) else { return nil }
        // The phrase opens the sentence (after at most a time word or a conjunction).
        let before = j - s.tokens.lowerBound
        // ("Speaking during a visit to Osaka, X said", "Talking to reporters on a trip to Lima, X ...":
        // a speech gerund may open it, with its hearers.)
        let spoken = before <= 3 && Self.speechGerunds.contains(tokens[s.tokens.lowerBound].lower)
            && !(s.tokens.lowerBound..<j).contains { tokens[$0].kind != .word }
        guard before == 0 || spoken || before <= 2 && (tokens[j - 1].text == "," || ["and", "but", "meanwhile", "while", "when"].contains(tokens[j - 1].lower)) else { return nil }
        // ("During a visit to Peru, Chile and Bolivia, X": a comma inside a list of names is not the end.)
        return (k + 1..<min(s.tokens.upperBound, k + 18)).first { c in
            guard tokens[c].text == "," else { return false }
            var n = c + 1
            while n < s.tokens.upperBound, tokens[n].isCap { n += 1 }
            return n == c + 1 || n >= s.tokens.upperBound || ![",", "and", "or"].contains(tokens[n].lower)
        }
    }

    /// The subject right after a fronted phrase: a name, a pronoun or a role noun.
    private func subject(after comma: Int, _ end: Int, _ state: inout DocumentState) -> Int? {
        var j = comma + 1
        while j < end, j <= comma + 5 {
            if let a = state.argAt[j] {
                let type = state.entities[a.entity].type
                return type == .location ? nil : a.entity
            }
            if ["he", "she"].contains(tokens[j].lower), let p = pronoun(j, &state) { return p.entity }
            if let r = roleSubject(before: min(end, j + 5), from: j, state) { return r }
            if tokens[j].kind == .punct { return nil }
            j += 1
        }
        return nil
    }

    /// The start of the clause holding `k`: after the last `;` or subordinating word before it.
    private func clauseStart(_ k: Int, _ start: Int) -> Int {
        var j = k - 1
        while j > start {
            if tokens[j].lower == ";" || Self.subordinators.contains(tokens[j].lower) { return j + 1 }
            j -= 1
        }
        return start
    }

    /// "the chancellor is leaving", "the 60-year-old actor said": a role noun as the subject
    /// (right before a verb), read as the person of the article who holds that title, else
    /// the person the text is about. "the Dane's agent" (a possessed role) is nobody named.
    func roleSubject(before k: Int, from start: Int, _ state: DocumentState) -> Int? {
        var j = start
        while j < k {
            guard ["the", "a"].contains(tokens[j].lower) else { j += 1; continue }
            var r = j + 1
            while r < k, r <= j + 4, !isRole(r), tokens[r].lower != "'s", state.argAt[r] == nil || tokens[r].isCap && Lexicons.shared.titles[tokens[r].lower] != nil,
                  tokens[r].kind != .punct { r += 1 }
            // The last word of a title: "the Defence Secretary".
            while r + 1 < k, isRole(r), isRole(r + 1) { r += 1 }
            guard r < k, isRole(r), r + 1 < tokens.count else { j += 1; continue }
            let next = tokens[r + 1].lower
            let verbNext = Self.auxiliaries.contains(next) || Self.beVerbs.contains(next) || next.hasSuffix("ed") || next.hasSuffix("s")
                && !next.hasSuffix("'s") || ["said", "says", "will", "arrives", "arrived", "flew", "left", "went", "made", "paid"].contains(next)
            guard verbNext, state.argAt[r] == nil || state.argAt[r]!.kind != .name || Lexicons.shared.titles[state.entities[state.argAt[r]!.entity].name.lowercased()] != nil
            else { j += 1; continue }
            if let h = holder(of: tokens[r].lower, before: j, state) { return h }
            // An office nobody is named with stays unresolved: "the chancellor" after two
            // politicians is as likely either. A profession noun is the person the story is about.
            return Self.personRoleNouns.contains(tokens[r].lower) ? salientPerson(before: j, state)?.entity : nil
        }
        return nil
    }

    private func isRole(_ r: Int) -> Bool {
        tokens[r].kind == .word && (Self.personRoleNouns.contains(tokens[r].lower) || Lexicons.shared.titles[tokens[r].lower] != nil)
    }

    /// The person last named with `title` before token `j` ("Chancellor Gordon Brown"), else
    /// the first one named with it after.
    private func holder(of title: String, before j: Int, _ state: DocumentState) -> Int? {
        var best: Int? = nil
        var t = 0
        while t < tokens.count {
            guard let a = state.argAt[t], a.kind == .name else { t += 1; continue }
            defer { t = max(t + 1, a.tokens.upperBound) }
            guard state.entities[a.entity].type == .person, a.tokens.contains(where: { tokens[$0].lower == title }) else { continue }
            if a.tokens.lowerBound < j || best == nil { best = a.entity }
            if a.tokens.lowerBound >= j { break }
        }
        return best
    }

    /// Whether the entity found as subject stands before a subordinate clause that has a
    /// subject of its own ("... after the agent travelled").
    private func subjectInOwnClause(_ k: Int, _ start: Int, entity: Int, _ state: DocumentState) -> Bool {
        var j = k - 1
        while j > start {
            if let a = state.argAt[j], a.entity == entity { return false }
            if Self.subordinators.contains(tokens[j].lower), j + 1 < k,
               ["the", "a", "an", "his", "her", "their", "its", "our", "my"].contains(tokens[j + 1].lower) {
                // Only an unnamed subject: a named one would have been found as the subject.
                // And only when the subject taken stands before the clause (not "... visited by X").
                let named = (j + 1..<k).contains { state.argAt[$0].map { state.entities[$0.entity].type == .person && $0.kind == .name } ?? false }
                let before = (start..<j).contains { state.argAt[$0]?.entity == entity }
                return !named && before && !(k + 1 < tokens.count && tokens[k + 1].lower == "by")
            }
            j -= 1
        }
        return false
    }

    /// "visiting the zoo with his mother Ann Roe and her partner Ben Li": the companions travel too.
    private func addCompanions(_ f: inout Found, _ k: Int, _ s: Sentence, _ agent: Int, _ state: inout DocumentState) {
        let end = s.tokens.upperBound
        guard let w = (k + 1..<min(end, k + 10)).first(where: { tokens[$0].lower == "with" }),
              !(k + 1..<w).contains(where: { Self.objectStops.contains(tokens[$0].lower) || tokens[$0].text == "," }) else { return }
        var j = w + 1
        var added: [Int] = []
        while j < min(end, w + 16) {
            while j < end, ["his", "her", "their", "the", "a", "an"].contains(tokens[j].lower) { j += 1 }
            guard j < end else { break }
            var person: Arg? = nil
            if let a = state.argAt[j], state.entities[a.entity].type == .person { person = a }
            else if Self.companionNouns.contains(tokens[j].lower) {
                // "his mother Ann" / "her brother, the singer Ann Roe"
                var r = j + 1
                if r < end, tokens[r].text == "," { r += 1 }
                while r < min(end, j + 5), state.argAt[r] == nil, tokens[r].kind == .word, !Self.objectStops.contains(tokens[r].lower),
                      tokens[r].lower != "and" { r += 1 }
                if r < end, let a = state.argAt[r], state.entities[a.entity].type == .person { person = a }
                else if let g = group(j, end, &state, state.sentenceOf[j]) { person = g }
            }
            guard let p = person else { break }
            if p.entity != agent, !f.event.participants.contains(where: { $0.entity == p.entity }) { added.append(p.entity) }
            j = p.tokens.upperBound
            if j < end, tokens[j].text == ",", j + 1 < end, tokens[j + 1].kind == .number { j += 2 } // "Ben Li, 37,"
            guard j < end, tokens[j].lower == "and" || tokens[j].text == "," else { break }
            j += 1
        }
        for a in added { f.event.participants.append(Participant(entity: a, role: .participant)) }
    }

    /// "arrives in Jakarta for a summit meeting": the traveller also attends the summit, there.
    private func summitAttendance(_ f: Found, _ k: Int, _ s: Sentence, _ agent: Int) -> Found? {
        guard let place = f.event.location else { return nil }
        let end = s.tokens.upperBound
        guard let p = (k + 1..<min(end, k + 8)).first(where: { tokens[$0].lower == "for" }),
              let m = (p + 1..<min(end, p + 5)).first(where: { ["summit", "summits"].contains(tokens[$0].lower) }),
              (p + 1..<m).allSatisfy({ tokens[$0].kind == .word }) else { return nil }
        var e = f.event
        e.type = .meet
        e.cameo = EventType.meet.defaultCAMEO
        e.participants = [Participant(entity: agent, role: .agent)]
        e.location = place
        e.trigger = tokens[m].text
        e.triggerSpan = TextSpan(start: tokens[m].start, end: tokens[m].end)
        // The summit lies ahead of an arrival told in the present: "arrives ... for a summit".
        let present = tokens[k].lower.hasSuffix("s") || tokens[k].lower.hasSuffix("ing") || tokens[k].lower == "arrive"
        if e.modality == .asserted, present { e.modality = .planned }
        return Found(event: e, anaphoric: false, isNoun: true, flags: ["meeting", "attendance"])
    }

    /// "is to visit Thailand and Indonesia" and, later, "will visit Phuket" / "in Jakarta": the
    /// country stop is the city stop told more precisely (the most specific place), so one visit.
    private func dropCountryStopsToldByCity(_ found: inout [Found], _ state: DocumentState) {
        // Indexed once, so a long article's visits are not compared pairwise: the sentences where
        // each traveller makes a multi-stop trip, and where they visit a city of each country.
        var tripSentences: [Int: Set<Int>] = [:]
        var cityVisitSentences: [Int: [String: Set<Int>]] = [:]
        for f in found {
            let agents = f.event.participants.filter { $0.role == .agent }.map(\.entity)
            if f.flags.contains("trip") { for a in agents { tripSentences[a, default: []].insert(f.event.sentence) } }
            guard f.event.type == .visit, let loc = f.event.location, state.entities[loc].subtype == "city",
                  let code = countryCode(ofCity: state.entities[loc]) else { continue }
            for a in agents { cityVisitSentences[a, default: [:]][code, default: []].insert(f.event.sentence) }
        }
        var remove = Set<Int>()
        for i in found.indices where found[i].event.type == .visit {
            guard let place = found[i].event.location, state.entities[place].subtype == "country",
                  let code = state.entities[place].countryCode,
                  let agent = found[i].event.participants.first(where: { $0.role == .agent })?.entity else { continue }
            let sentence = found[i].event.sentence
            // Only a stop of a multi-stop trip: a visit to a country stays beside a later visit to one of its cities.
            guard tripSentences[agent]?.contains(sentence) == true else { continue }
            if cityVisitSentences[agent]?[code]?.contains(where: { $0 != sentence }) == true { remove.insert(i) }
        }
        found = found.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
    }

    /// A city's country: the entity's own, else the largest place of that name in the gazetteer.
    func countryCode(ofCity e: Entity) -> String? {
        e.countryCode ?? Gazetteer.shared.places(named: e.name).first { $0.kind == .city }?.countryCode
    }

    /// A multi-stop trip with no single place and a tour of a region by the same traveller
    /// ("is visiting Tanzania, Mozambique and Kenya" / "a tour of Africa") are one trip.
    private func mergeRegionTrips(_ found: inout [Found], _ state: DocumentState) {
        var remove = Set<Int>()
        for i in found.indices where found[i].flags.contains("trip") && found[i].event.location == nil {
            guard let agent = found[i].event.participants.first(where: { $0.role == .agent })?.entity else { continue }
            guard let j = found.indices.first(where: { j in
                // In another sentence: the trip's own stops are no tour of a region.
                j != i && !remove.contains(j) && found[j].event.type == .visit && !found[j].flags.contains("trip")
                    && found[j].event.sentence != found[i].event.sentence
                    && found[j].event.participants.contains { $0.entity == agent && $0.role == .agent }
                    && found[j].event.location.map { state.entities[$0].subtype == "region" && state.entities[$0].countryCode == nil } == true
            }) else { continue }
            found[i].event.location = found[j].event.location
            if found[i].event.time == nil { found[i].event.time = found[j].event.time }
            remove.insert(j)
        }
        found = found.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
    }
}
