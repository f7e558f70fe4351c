import EventModel

/// "US Airways staff agree to pay cut" ... "But talks are still continuing with a union representing
/// mechanics": talks that name only their counterpart, or no side, in a clause with no subject of
/// its own are the story's, and a BBC story names its company in the headline (issue 3, session 21:
/// talks whose parties stand in the headline were the largest kind of miss on BBC articles).
/// - With a counterpart only: the one organisation the headline names (not a medium, not the
///   counterpart) is the other side, when the article names it again.
/// - With no side at all: the pair the headline joins with a hyphen ("Fiat-GM deal"), each named again.
/// Never when the clause before the trigger names anyone, nor for a statement in quotes.
extension EventFinder {
    /// Nouns for talks whose sides the headline may give.
    static let headlineTalkNouns: Set<String> = ["talks", "negotiations", "discussions"]

    func headlineTalksParty(_ f: inout Found, _ k: Int, _ state: inout DocumentState) {
        guard Self.headlineTalkNouns.contains(tokens[k].lower), f.event.type == .negotiate || f.event.type == .meet,
              !f.event.participants.contains(where: { $0.role == .agent }), f.event.participants.count <= 2,
              let heading = sentences.first, heading.isHeading, f.event.sentence > 0 else { return }
        let s = sentences[f.event.sentence]
        // The clause before the trigger, back to a comma, `and`, `but` or `;`, names no one.
        var q = k - 1
        while q >= s.tokens.lowerBound, ![",", ";", "and", "but"].contains(tokens[q].lower) {
            if state.argAt[q] != nil { return }
            q -= 1
        }
        if s.tokens.contains(where: { ["\"", "\u{201C}", "\u{201D}"].contains(tokens[$0].text) }) { return }
        // Named in the article's body as well as in its headline.
        func namedAgain(_ e: Int) -> Bool {
            state.nameAt.indices.contains { $0 >= heading.tokens.upperBound && state.nameAt[$0]?.entity == e }
        }
        // Talks that name no side at all take only a pair the headline joins with a hyphen ("Deadline
        // nears for Fiat-GM deal" ... "Reports of deadlocked talks"), each side named again; two names
        // side by side are not enough ("the test prompted discussions inside South Korea" under a
        // headline naming North Korea and Japan are no talks between them).
        if f.event.participants.isEmpty {
            for t in heading.tokens where tokens[t].kind == .word && tokens[t].isCap {
                guard let (a, b) = pairSides(t, 0, &state), namedAgain(a), namedAgain(b) else { continue }
                f.event.participants = [Participant(entity: a, role: .agent), Participant(entity: b, role: .participant)]
                return
            }
            return
        }
        // The bodies and countries the headline names, each named again in the article.
        var named: [Int] = []
        for t in heading.tokens {
            guard let a = state.nameAt[t], a.tokens.lowerBound == t, !named.contains(a.entity) else { continue }
            let e = state.entities[a.entity]
            guard e.type == .organization && e.subtype != "media" && e.subtype != "group"
                    || e.type == .location && e.subtype == "country" else { continue }
            if namedAgain(a.entity) { named.append(a.entity) }
        }
        let sides = Set(f.event.participants.map(\.entity))
        let bodies = named.filter { state.entities[$0].type == .organization && !sides.contains($0) }
        guard bodies.count == 1, !named.contains(where: { sides.contains($0) && state.entities[$0].type == .organization }) else { return }
        f.event.participants.insert(Participant(entity: bodies[0], role: .agent), at: 0)
    }
}
