import EventModel

/// "Major companies including Velo Motors, Arden Steel and Brix have spent the year in talks with
/// unions": the named members stand as examples of a class, and the other side is an unnamed
/// plural group, so each member held its own talks with its own unions — one meeting each, as the
/// dev conventions list parallel talks of several parties with one counterpart (session 24, blind
/// part G20). "Peru, Chile and Bolivia held talks with Brazil" is one meeting: no class is named,
/// and the other side is a party, not a group.
extension EventFinder {
    /// The members' entities when the subjects are the examples of a plural group
    /// (GroupExampleSubjects) and every object is an unnamed plural group; nil otherwise.
    func examplesMeetingGroups(agent: Arg?, coordinated: [Arg], objects: [Arg], start: Int, _ state: DocumentState) -> [Int]? {
        guard let first = agent, first.kind == .name, !coordinated.isEmpty, !objects.isEmpty,
              coordinated.allSatisfy({ $0.kind == .name }),
              objects.allSatisfy({ $0.kind == .group && Lexicons.shared.groupNouns[tokens[$0.tokens.upperBound - 1].lower]?.plural == true })
        else { return nil }
        let b = first.tokens.lowerBound - 1
        guard b >= start, exampleOpener(endingAt: b, start) != nil else { return nil }
        return ([first] + coordinated).map(\.entity)
    }

    /// The event once per example member, each with the groups it met.
    func oneEventPerExample(_ event: Event, members: [Int], flags: Set<String>, isNoun: Bool) -> [Found] {
        let groups = event.participants.filter { !members.contains($0.entity) }
        return members.map { m in
            var one = event
            one.participants = [Participant(entity: m, role: .agent)] + groups
            return Found(event: one, anaphoric: false, isNoun: isNoun, flags: flags)
        }
    }
}
