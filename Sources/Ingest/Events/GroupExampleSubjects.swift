import EventModel

/// "Manufacturing firms, including Velo Motors, Arden Steel and Brix, have been negotiating with
/// unions": a plural group whose members are named right after it, closed before the verb, is
/// those members; the group names nobody (issue 3, session 22). The names after "including" or
/// "such as" are otherwise read as a prepositional phrase and skipped.
extension EventFinder {
    static let exampleOpeners: Set<String> = ["including", "notably", "especially", "particularly"]

    /// The named members listed after the plural group `group`, when the verb group of `k` follows
    /// the list in the same clause.
    func exampleMembers(of group: Arg, _ k: Int, _ state: DocumentState) -> [Arg]? {
        guard group.kind == .group, Lexicons.shared.groupNouns[tokens[group.tokens.upperBound - 1].lower]?.plural == true else { return nil }
        var q = group.tokens.upperBound
        let comma = q < k && tokens[q].text == ","
        if comma { q += 1 }
        if q < k, Self.exampleOpeners.contains(tokens[q].lower) {
            q += 1
        } else if q + 1 < k, tokens[q].lower == "such", tokens[q + 1].lower == "as" {
            q += 2
        } else if comma, q + 1 < k, tokens[q].lower == "among", tokens[q + 1].lower == "them" {
            q += 2
        } else { return nil }
        var members: [Arg] = []
        while q < k, let a = state.argAt[q], a.kind == .name, state.entities[a.entity].type != .location {
            if !members.contains(where: { $0.entity == a.entity }) { members.append(a) }
            q = a.tokens.upperBound
            if q < k, tokens[q].lower == "and" { q += 1; continue }
            if q + 1 < k, tokens[q].text == ",", tokens[q + 1].lower == "and" { q += 2; continue }
            if q + 1 < k, tokens[q].text == ",", state.argAt[q + 1]?.kind == .name { q += 1; continue }
            break
        }
        guard !members.isEmpty else { return nil }
        // The list is closed by the comma that opened it (or, after "such as", by nothing).
        if comma {
            guard q < k, tokens[q].text == "," else { return nil }
            q += 1
        }
        // The verb's own words follow ("have spent much of 2004 in tough talks"), not another clause:
        // no punctuation, no clause word, no other name before the verb.
        guard !(q..<k).contains(where: { x in
            tokens[x].kind == .punct || Self.subjectOpeners.contains(tokens[x].lower) || tokens[x].lower == "that"
                || state.argAt[x].map { $0.kind == .name } == true
        }) else { return nil }
        return members
    }

    /// The members, when the walk left from the verb meets the last of them first ("Car firms such
    /// as Velo Motors and Brix have held talks": Brix is found before the group).
    func exampleMembers(around a: Arg, _ k: Int, _ start: Int, _ state: inout DocumentState, _ si: Int) -> [Arg]? {
        guard a.kind == .name else { return nil }
        var j = a.tokens.lowerBound - 1
        while j >= start, tokens[j].text == "," || tokens[j].lower == "and" || state.argAt[j]?.kind == .name {
            j = state.argAt[j].map { $0.tokens.lowerBound - 1 } ?? j - 1
        }
        guard j >= start, let opener = exampleOpener(endingAt: j, start) else { return nil }
        var head = opener - 1
        if head >= start, tokens[head].text == "," { head -= 1 }
        // ("Suppliers for brands including Velo Motors met ...": a group inside a phrase is no subject.)
        guard head >= start, let group = groupLeft(head, start, &state, si), group.tokens.upperBound == head + 1,
              preposition(before: group.tokens.lowerBound, from: start, state.argAt) == nil else { return nil }
        return exampleMembers(of: group, k, state)
    }

    /// The first token of the example opener that ends at `j` ("including", "such as", "among
    /// them"), or nil (also ExampleMembersApart).
    func exampleOpener(endingAt j: Int, _ start: Int) -> Int? {
        if Self.exampleOpeners.contains(tokens[j].lower) { return j }
        if j > start, tokens[j].lower == "as", tokens[j - 1].lower == "such" { return j - 1 }
        if j > start, tokens[j].lower == "them", tokens[j - 1].lower == "among" { return j - 1 }
        return nil
    }
}
