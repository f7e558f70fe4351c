import EventModel

/// Being joined by named people (issue 3, kinds found on unseen articles, session 19): "In Ohio,
/// Ann Roe was joined by Tom Obi", "she will head to Leeds, where she will be joined by President
/// Ivo Berg, her husband Jon Roe and Kai Lund". Joining someone in person is an encounter, which the
/// gold conventions count as a meeting. Only named persons join: "was joined by thousands of
/// supporters" or "joined by Tarco Bank in the bid" tells no meeting. Nor does appearing together
/// in public: the development gold leaves out "at a campaign poster launch, X was joined by Y", as
/// its conventions leave out press conferences, speeches and ceremonies.
///
/// Joining someone on a trip makes them both travellers: "Ann Roe is to join Home Secretary Tom
/// Obi in a visit to Leeds on Thursday", "Ann Roe joined Tom Obi on a tour of Kenya". The joined
/// person, named (or a description linked to a name), is a party of the visit, and the visit is as
/// planned as the joining ("is to join"); "joined her husband on his tour" names no one and adds no one.
extension EventFinder {
    static let publicAppearances = EventCues.words("public-appearance")

    func joinedByCompanions(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for (si, s) in sentences.enumerated() where !s.isHeading {
            var k = s.tokens.lowerBound + 1
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                // The passive only: "X joined by" a headline would write is too loose, and "Y joined X" is membership.
                guard tokens[k].lower == "joined", tokens[k + 1].lower == "by",
                      Self.beVerbs.contains(tokens[k - 1].lower)
                        || (tokens[k - 1].lower.hasSuffix("ly") || ["later", "also", "then", "soon", "again"].contains(tokens[k - 1].lower))
                        && k - 2 >= s.tokens.lowerBound
                        && Self.beVerbs.contains(tokens[k - 2].lower) else { continue }
                // ("At a poster launch, X was joined by Y", "joined on stage by": side by side in public, not met.)
                if s.tokens.contains(where: { Self.publicAppearances.contains(tokens[$0].lower) }) { continue }
                let others = joiners(from: k + 2, s.tokens.upperBound, &state)
                guard !others.isEmpty, var f = encounter(k, k + 2, others[0], si, s, &state, times[si]) else { continue }
                let agent = f.event.participants[0].entity
                for o in others.dropFirst() where o.entity != agent && !f.event.participants.contains(where: { $0.entity == o.entity }) {
                    f.event.participants.append(Participant(entity: o.entity, role: .participant))
                }
                f.event.trigger = "joined by"
                f.event.triggerSpan = TextSpan(start: tokens[k].start, end: tokens[k + 1].end)
                found.append(f)
            }
        }
    }

    /// The named persons listed after `by`: names, or kin before names ("husband Bill Roe"), joined
    /// by commas and `and`, up to a word that ends the phrase. Any other item ends the list.
    private func joiners(from j0: Int, _ end: Int, _ state: inout DocumentState) -> [Arg] {
        var out: [Arg] = []
        var j = j0
        while j < end, out.count < 8 {
            if [",", "and"].contains(tokens[j].lower), !out.isEmpty { j += 1; continue }
            if Self.objectStops.contains(tokens[j].lower) || tokens[j].text == "." { break }
            // ("President Ivo Berg", "First Lady Ana Berg", "her husband Jon Roe": words before the name.)
            var q = j
            while q < end, q < j + 4, state.argAt[q] == nil, tokens[q].kind == .word, ![",", "and"].contains(tokens[q].lower),
                  !Self.objectStops.contains(tokens[q].lower) { q += 1 }
            // ("her husband, Tom Obi,": the name in apposition to a relative.)
            if q + 1 < end, q > j, tokens[q].text == ",", KinNouns.all.contains(tokens[q - 1].lower), state.argAt[q + 1] != nil { q += 1 }
            guard q < end, let a = state.argAt[q], a.kind == .name, state.entities[a.entity].type == .person,
                  q == j || wordsBeforeJoiner(j, q) || describedByArticle(j, q) else { break }
            // ("joined by Tom Obi's team": a person who owns the joiner is not one.)
            if a.tokens.upperBound < end, tokens[a.tokens.upperBound].lower == "'s" { break }
            out.append(a)
            j = a.tokens.upperBound
        }
        return out
    }

    /// Titles, kin words, capitalised words and a few determiners before a joiner's name.
    private func wordsBeforeJoiner(_ j: Int, _ q: Int) -> Bool {
        (j..<q).allSatisfy {
            Lexicons.shared.titles[tokens[$0].lower] != nil || KinNouns.all.contains(tokens[$0].lower) || tokens[$0].isCap
                || tokens[$0].text == "," || ["his", "her", "their", "the", "former", "fellow"].contains(tokens[$0].lower)
        }
    }

    /// "joined by an electrifying Tom Obi", "by the tireless Ann Roe": an article and up to two
    /// describing words before the name.
    private func describedByArticle(_ j: Int, _ q: Int) -> Bool {
        guard q - j >= 2, q - j <= 3, ["a", "an", "the"].contains(tokens[j].lower) else { return false }
        return (j + 1..<q).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCap && Lexicons.shared.stopWords[tokens[$0].lower] == nil }
    }

    func joinedOnVisits(_ found: inout [Found], _ state: inout DocumentState, times: [[TimeMention]]) {
        for i in found.indices where found[i].event.type == .visit && found[i].isNoun {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence]
            // "join Tom Obi in a visit", "joined her husband on his tour": `in`/`on`, a determiner, the noun.
            guard k - 3 > s.tokens.lowerBound, ["a", "an", "the", "his", "her", "their"].contains(tokens[k - 1].lower),
                  ["in", "on"].contains(tokens[k - 2].lower), let joined = state.argAt[k - 3], joined.kind == .name || joined.kind == .descriptor,
                  state.entities[joined.entity].type == .person else { continue }
            // Past a title or kin word right before the name ("join Home Secretary Tom Obi", "joined her husband Tom").
            var v = joined.tokens.lowerBound - 1
            while v > s.tokens.lowerBound, v >= joined.tokens.lowerBound - 3, tokens[v].kind == .word, !Self.joinVerbs.contains(tokens[v].lower),
                  tokens[v].isCap || Lexicons.shared.titles[tokens[v].lower] != nil || KinNouns.all.contains(tokens[v].lower)
                    || ["his", "her", "their"].contains(tokens[v].lower) { v -= 1 }
            guard Self.joinVerbs.contains(tokens[v].lower), // (Receptions' list)
                  !found[i].event.participants.contains(where: { $0.entity == joined.entity }) else { continue }
            found[i].event.participants.append(Participant(entity: joined.entity, role: .participant))
            let modality = ModalityCues.modality(tokens, trigger: v, sentenceStart: s.tokens.lowerBound, isNoun: false,
                                                 hasTime: found[i].event.time != nil)
            if modality != .asserted, found[i].event.modality == .asserted {
                found[i].event.modality = modality
                if let t = found[i].event.time, let ahead = plannedTimeAhead(t, trigger: v, isNoun: false, modality: modality, sentence: s) {
                    found[i].event.time = ahead
                }
            }
        }
    }
}
