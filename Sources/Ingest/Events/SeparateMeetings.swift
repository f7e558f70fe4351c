import EventModel

/// "X will hold separate meetings with A and B", "held separate talks with A and B": one meeting
/// of X with each, not one meeting of three (branch meetK, wide recall sample). The word
/// `separate` (or `individual`) right before the meeting noun splits the event by counterpart.
extension EventFinder {
    static let splittingModifiers: Set<String> = ["separate", "individual"]

    func separateMeetings(_ found: inout [Found]) {
        var out: [Found] = []
        for f in found {
            guard f.isNoun, f.event.type.isMeeting, f.event.type != .visit,
                  let k = tokenIndex(at: f.event.triggerSpan.start), k > 0,
                  Self.splittingModifiers.contains(tokens[k - 1].lower),
                  let agent = f.event.participants.first(where: { $0.role == .agent }) else { out.append(f); continue }
            let others = f.event.participants.filter { $0.role != .agent && $0.entity != agent.entity }
            guard others.count >= 2 else { out.append(f); continue }
            for o in others {
                var one = f
                one.event.participants = [agent, o]
                out.append(one)
            }
        }
        found = out
    }
}
