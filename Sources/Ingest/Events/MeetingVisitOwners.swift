import EventModel

/// Whose visit a meeting's sentence tells after it (issue 3, precision audit of branch meetJ on
/// unseen BBC politics): "President Luis Vera met Chancellor Tom Reed at the chancellery on
/// Tuesday, on his first state visit to Austria" gave the visit to Reed, the person nearest
/// before `his`. A visit owned by `his` / `her` after a meeting in the same sentence is the
/// visit of the one who went to meet: the meeting's agent, not its other party. Not when the
/// visit is possessed by name ("met Reed during Reed's visit"), when the meeting comes after
/// the visit ("On his visit to Norway, Vera met Reed": OwnedTrips), or when the agent is no person.
extension EventFinder {
    func meetingVisitOwners(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].event.type == .visit && found[i].isNoun {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start), ownerPronoun(before: k, sentences[found[i].event.sentence]) != nil,
                  let visitor = found[i].event.participants.first(where: { $0.role == .agent })?.entity else { continue }
            let meeting = found.first { m in
                m.event.type == .meet && m.event.sentence == found[i].event.sentence && m.event.triggerSpan.start < found[i].event.triggerSpan.start
                    && m.event.participants.contains { $0.entity == visitor && $0.role != .agent }
            }
            guard let m = meeting, let host = m.event.participants.first(where: { $0.role == .agent })?.entity,
                  host != visitor, state.entities[host].type == .person else { continue }
            found[i].event.participants.removeAll { $0.entity == host || $0.entity == visitor }
            found[i].event.participants.insert(Participant(entity: host, role: .agent), at: 0)
        }
    }
}
