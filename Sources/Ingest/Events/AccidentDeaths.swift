import EventModel

/// Deaths in accidents are no killing (issue 3, branch evt; `Scripts/eval/event_audit.py`): `kill`
/// is CAMEO 186, violence by someone, and an analyst who lists killings does not want a bus that
/// overturned or a plane crash among them:
/// - "nine people were killed when a bus overturned", "a crash which killed two": a `kill` whose
///   sentence has an accident word (`event-cues.tsv` class `accident`) and no violence word
///   (class `violence`) is dropped;
/// - "the lorry overturned on the bridge, killing its driver": the same.
/// A bombing or shooting told beside a crash stays ("a car bomb killed six and overturned a bus":
/// `bomb` is a violence word).
extension EventFinder {
    static let accidentWords = EventCues.words("accident")
    static let violenceWords = EventCues.words("violence")

    func dropAccidentDeaths(_ found: inout [Found]) {
        var verdict: [Int: Bool] = [:] // sentence -> tells an accident (each sentence read once)
        found.removeAll { f in
            guard f.event.type == .kill else { return false }
            let si = f.event.sentence
            if let v = verdict[si] { return v }
            var accident = false, violence = false
            for j in sentences[si].tokens {
                let w = tokens[j].lower
                if Self.accidentWords.contains(w) { accident = true }
                if Self.violenceWords.contains(w) { violence = true }
            }
            verdict[si] = accident && !violence
            return accident && !violence
        }
    }
}
