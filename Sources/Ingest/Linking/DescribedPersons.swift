import EventModel

/// "Director Ann Roe is in talks to make a film. The film-maker will meet executives on Friday.":
/// as business news calls a company by what it is (DescribedBodies), arts and sports news call the
/// person the story is about by their occupation (`the film-maker`, `the 60-year-old actor`, `the
/// striker`). Such a definite description (`the`, at most two modifiers, a word of event-cues.tsv's
/// `person-role` class, then the phrase ends; not a possessor, "the player's agent") stands for:
/// - the one person named before it with that role word ("Actor Ann Roe ... the 60-year-old actor",
///   even when another person was named in between);
/// - else the one person named before it whose role is of the same field (`Director Ann Roe` ...
///   `the film-maker`: entertainment, role-fields.tsv);
/// - else the person named in the nearest of the two sentences before, when that sentence names one
///   person only.
/// Never a person its own sentence names already ("Ann Roe met the actor" is someone else).
extension DescriptorLinker {
    func linkDescribedPersons(_ state: inout DocumentState) {
        let roles = EventCues.personRoles
        for (si, s) in sentences.enumerated() where !s.isHeading && si > 0 {
            var k = s.tokens.lowerBound
            while k + 1 < s.tokens.upperBound {
                defer { k += 1 }
                guard let head = describedHead(after: k, s, heads: roles, modifiers: 2, state, isModifier: { j in
                          (!tokens[j].isCap || tokens[j].text.contains("-")) && (isBodyModifier(j, state) || isAge(j)) }),
                      state.argAt[head] == nil, head + 1 >= s.tokens.upperBound || tokens[head + 1].lower != "'s",
                      let person = describedPerson(tokens[head].lower, before: k, sentence: si, state),
                      !s.tokens.contains(where: { state.argAt[$0]?.entity == person }) else { continue }
                state.set(Arg(tokens: k..<(head + 1), entity: person, kind: .descriptor))
                k = head
            }
        }
    }

    /// "the 60-year-old actor": an age before the occupation.
    private func isAge(_ j: Int) -> Bool {
        tokens[j].lower.hasSuffix("-year-old")
    }

    private func describedPerson(_ role: String, before k: Int, sentence si: Int, _ state: DocumentState) -> Int? {
        var named: [Int] = []
        for t in 0..<k {
            if let a = state.argAt[t], a.kind == .name, a.tokens.lowerBound == t, state.entities[a.entity].type == .person,
               !named.contains(a.entity) { named.append(a.entity) }
        }
        let byTitle = named.filter { e in state.entities[e].roles.contains { $0.title == role || $0.title.hasSuffix(" " + role) } }
        if byTitle.count == 1 { return byTitle[0] }
        if byTitle.isEmpty, let field = RoleFields.shared.role(title: role)?.field {
            let byField = named.filter { e in state.entities[e].roles.contains { $0.field == field } }
            if byField.count == 1 { return byField[0] }
            if !byField.isEmpty { return nil }
        }
        guard byTitle.isEmpty else { return nil }
        for back in 1...2 where si - back >= 0 && !sentences[si - back].isHeading {
            var persons: [Int] = []
            for t in sentences[si - back].tokens {
                if let a = state.argAt[t], a.kind == .name, state.entities[a.entity].type == .person, !persons.contains(a.entity) {
                    persons.append(a.entity)
                }
            }
            if !persons.isEmpty { return persons.count == 1 ? persons[0] : nil }
        }
        return nil
    }
}
