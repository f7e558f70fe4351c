import EventModel

/// The people a plural group stands for, named in apposition after it (branch meetK, wide recall
/// sample): "will hold talks on Friday with the party's leaders in parliament, Ana Roe and Ivo
/// Berg", "held talks with the country's top generals, Ana Roe and Ivo Berg". The group names
/// nobody; the names after the comma are the parties. At least two people, so that a speaker
/// ("met the leaders, Ana Roe said") or one example stays out; a short locating tail ("in
/// parliament", "of both parties") may stand between the group and the comma.
extension EventFinder {
    static let groupTailPrepositions: Set<String> = ["in", "of", "from", "at"]

    /// nil: no apposition; empty: the names after the comma are the sentence's speakers (the
    /// group alone is the party); else the members.
    func groupMembersInApposition(_ group: Arg, _ end: Int, _ state: DocumentState) -> [Arg]? {
        var r = group.tokens.upperBound
        var head = r - 1
        // "the Labour leaders in parliament, ...": a name before a plural group noun heads nothing.
        if group.kind == .name, r < end, tokens[r].kind == .word, !tokens[r].isCap,
           Lexicons.shared.groupNouns[tokens[r].lower]?.plural == true {
            head = r
            r += 1
        } else if group.kind != .group { return nil }
        // "the country's top generals": the possessor's group noun owns the plural one after it.
        if r < end, tokens[r].lower == "'s" {
            var q = r + 1
            while q < min(end, r + 4), tokens[q].kind == .word, !tokens[q].isCap, Lexicons.shared.groupNouns[tokens[q].lower] == nil { q += 1 }
            guard q < end, Lexicons.shared.groupNouns[tokens[q].lower] != nil else { return nil }
            head = q
            r = q + 1
        }
        guard Lexicons.shared.groupNouns[tokens[head].lower]?.plural == true else { return nil }
        // A locating tail: a preposition and up to four words, no punctuation.
        if r < end, Self.groupTailPrepositions.contains(tokens[r].lower) {
            var q = r + 1
            while q < min(end, r + 6), tokens[q].kind == .word, tokens[q].text != "," {
                if Self.speechVerbs.contains(tokens[q].lower) || Self.auxiliaries.contains(tokens[q].lower) { return nil }
                q += 1
            }
            r = q
        }
        guard r < end, tokens[r].text == "," else { return nil }
        var members: [Arg] = []
        var q = r + 1
        while q < end {
            // Capitalised title words before a name ("Senate leader Ivo Berg" keeps Berg).
            var p = q
            while p < min(end, q + 4), state.argAt[p] == nil, tokens[p].kind == .word,
                  tokens[p].isCap || Lexicons.shared.titles[tokens[p].lower] != nil { p += 1 }
            guard p < end, let person = state.argAt[p], person.kind == .name,
                  state.entities[person.entity].type == .person else { break }
            if !members.contains(where: { $0.entity == person.entity }) { members.append(person) }
            q = person.tokens.upperBound
            guard q < end else { break }
            if tokens[q].lower == "and" { q += 1; continue }
            if tokens[q].text == ",", q + 1 < end {
                if tokens[q + 1].lower == "and" { q += 2; continue }
                // Another name next continues the list; anything else ends it.
                if state.argAt[q + 1].map({ state.entities[$0.entity].type == .person }) == true { q += 1; continue }
            }
            break
        }
        guard let last = members.last else { return nil }
        // "..., Ana Roe and Ivo Berg said": the speakers, not the group's members.
        let after = last.tokens.upperBound
        if after < end, Self.speechVerbs.contains(tokens[after].lower) { return [] }
        if after + 1 < end, tokens[after].text == ",", Self.speechVerbs.contains(tokens[after + 1].lower) { return [] }
        return members.count >= 2 ? members : nil
    }
}

extension EventFinder {
    /// "held talks with the country's top generals, Ana Roe and Ivo Berg": a plural description
    /// that names nobody (DescribedAppositions took its first person) stands for every person
    /// listed after the comma. nil: not a plural description or one name only (keep `first`);
    /// empty: the list is the sentence's speakers.
    func pluralDescriptionMembers(_ first: Arg, comma: Int, _ end: Int, _ state: DocumentState) -> [Arg]? {
        guard comma > 0, tokens[comma - 1].kind == .word, tokens[comma - 1].lower.hasSuffix("s"),
              !tokens[comma - 1].lower.hasSuffix("ss"), !tokens[comma - 1].lower.hasSuffix("'s") else { return nil }
        var members = [first]
        var q = first.tokens.upperBound
        while q < end {
            if tokens[q].lower == "and" { q += 1 } else if tokens[q].text == ",", q + 1 < end, tokens[q + 1].lower == "and" { q += 2 }
            else if tokens[q].text == ",", q + 1 < end, state.argAt[q + 1].map({ state.entities[$0.entity].type == .person }) == true { q += 1 }
            else { break }
            var p = q
            while p < min(end, q + 4), state.argAt[p] == nil, tokens[p].kind == .word,
                  tokens[p].isCap || Lexicons.shared.titles[tokens[p].lower] != nil { p += 1 }
            guard p < end, let person = state.argAt[p], person.kind == .name, state.entities[person.entity].type == .person else { break }
            if !members.contains(where: { $0.entity == person.entity }) { members.append(person) }
            q = person.tokens.upperBound
        }
        guard members.count >= 2 else { return nil }
        if q < end, Self.speechVerbs.contains(tokens[q].lower) { return [] }
        if q + 1 < end, tokens[q].text == ",", Self.speechVerbs.contains(tokens[q + 1].lower) { return [] }
        return members
    }
}
