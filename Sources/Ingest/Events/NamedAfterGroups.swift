import EventModel

/// The named party behind an unnamed group word (issue 3, precision audit of branch meetJ on
/// unseen BBC and dated news; the dev convention gives "a group tied to a named org/country" that
/// org or country, and an apposed name its person):
/// - a role noun right before a body's name: "remains in talks with rival bidder Norvik Capital"
///   gave the party `rival bidder`; the body named is the party (a person after a role noun already was);
/// - a group of a named body: "met officials from the Northern Rail Authority", "talks with
///   representatives of Chile" gave `officials`; the authority, the country is the party;
/// - a body's people named in apposition: "due to sit down for talks with the Labour leaders in
///   the assembly, Tom Reed and Ines Kahl" gave the party `Labour`; the people named are the parties.
/// Not a place after `from` read as a home town ("met with students from Lima" keeps the
/// students: only a country or a body counts), not an office ("the governor of the county"),
/// not ministers from an intergovernmental body (its own meeting, BodyMemberMeetings), not a name
/// that opens a clause ("met with the Labour leaders, Tom Reed said").
extension EventFinder {
    /// Prepositions that tie a group to the body it belongs to.
    static let groupBodyPrepositions: Set<String> = ["from", "of", "at"]

    /// The body named right after the group noun at `k`, or after `from` / `of` / `at` it.
    func bodyNamedAfterGroup(_ k: Int, _ end: Int, _ state: DocumentState) -> Arg? {
        // ("the governor of the county" is an office, kept as one by `group`.)
        guard Lexicons.shared.titles[tokens[k].lower] == nil else { return nil }
        var q = k + 1
        if q < end, Self.groupBodyPrepositions.contains(tokens[q].lower) {
            q += 1
            if q < end, tokens[q].lower == "the" { q += 1 }
        }
        guard q < end, let body = state.argAt[q], body.kind == .name, body.tokens.lowerBound == q else { return nil }
        let e = state.entities[body.entity]
        // (Ministers from an intergovernmental body are its meeting: BodyMemberMeetings.)
        guard e.type == .organization && e.subtype != "group" && e.subtype != "intergovernmental"
                || e.type == .location && e.subtype == "country" && q > k + 1 else { return nil }
        return body
    }

    /// "the Labour leaders in the assembly, Tom Reed and Ines Kahl": the first person named after
    /// the comma, as an argument spanning from the body's name (`a`, ending at `after`).
    func memberNamedAfterBody(_ a: Arg, _ after: Int, _ end: Int, _ state: DocumentState) -> Arg? {
        let e = state.entities[a.entity]
        guard a.kind == .name, e.type == .organization || e.type == .location && e.subtype == "country",
              after < end, tokens[after].kind == .word, !tokens[after].isCap, Lexicons.shared.groupNouns[tokens[after].lower] != nil
        else { return nil }
        // The rest of the description: a few words with no verb of their own, up to a comma.
        var comma = after + 1
        while comma < min(end, after + 6), tokens[comma].text != "," {
            let w = tokens[comma]
            if w.kind != .word || Self.speechVerbs.contains(w.lower) || Self.auxiliaries.contains(w.lower) || w.lower == "and" { return nil }
            if let x = state.argAt[comma], state.entities[x.entity].type == .person { return nil }
            comma += 1
        }
        guard comma < end, tokens[comma].text == ",", let person = apposedPerson(afterComma: comma, end, state) else { return nil }
        return Arg(tokens: a.tokens.lowerBound..<person.tokens.upperBound, entity: person.entity, kind: person.kind)
    }
}
