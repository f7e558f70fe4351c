import EventModel

/// One event per happening: mentions of the same meeting (same parties, compatible place)
/// or the same killing (same patients) collapse into the first, which takes the place and
/// time the others add.
enum EventMerger {
    /// `bodies`: entities that are bodies of states (the G7, Nato), whose session told alone is the
    /// one session the article is about.
    static func merge(_ events: [Event], bodies: Set<Int> = []) -> [Event] {
        var out: [Event] = []
        for e in events {
            // Only meetings, visits and killings are merged; everything else passes through.
            let f = family(e.type)
            if f < 100, let i = out.firstIndex(where: { family($0.type) == f && same($0, e, bodies: bodies)
                || visitAndMeeting($0, e) || sessionRecalled($0, e, bodies: bodies) }) {
                if out[i].location == nil { out[i].location = e.location }
                if out[i].time == nil { out[i].time = e.time }
                // (One agent per event: another mention's agent joins as a participant.)
                for var p in e.participants where !out[i].participants.contains(where: { $0.entity == p.entity }) {
                    if p.role == .agent, out[i].participants.contains(where: { $0.role == .agent }) { p.role = .participant }
                    out[i].participants.append(p)
                }
                continue
            }
            out.append(e)
        }
        return out
    }

    /// "Senator Ann Roe visited Tom Obi at his office. He discussed the plan with Ms Roe there":
    /// a visit to a person and a meeting of the same two or more people, told in different
    /// sentences within two (or within eight when neither gives a time), are one happening.
    static func visitAndMeeting(_ a: Event, _ b: Event) -> Bool {
        let distance = abs(a.sentence - b.sentence)
        // (Not in one sentence: "visited his wife Ana Roe, whom he met in Lima" tells two.)
        guard Set([family(a.type), family(b.type)]) == [1, 2], a.modality == b.modality, distance > 0,
              distance <= 2 || distance <= 8 && a.time == nil && b.time == nil else { return false }
        let pa = Set(a.participants.map(\.entity)), pb = Set(b.participants.map(\.entity))
        return pa.count >= 2 && pa == pb && overlap(a.time, b.time)
            && (a.location == nil || b.location == nil || a.location == b.location)
    }

    /// "Gaymard will seek action at the next meeting of the G7 ... 'at the meeting of the G7 our
    /// friends must understand'": a body of states' session told again alone, at no other time,
    /// is the session told before, whatever the modality the second telling reads as.
    static func sessionRecalled(_ a: Event, _ b: Event, bodies: Set<Int>) -> Bool {
        // (Of one kind: Russia's talks with the WTO are not the WTO's summit.)
        // (Not into a session only asked for: "we have requested a meeting ... it will be on Tuesday".)
        guard family(a.type) == 1, a.type == b.type, a.modality == .asserted || a.modality == .planned,
              overlap(a.time, b.time) else { return false }
        let pb = Set(b.participants.map(\.entity))
        return pb.count == 1 && bodies.isSuperset(of: pb) && Set(a.participants.map(\.entity)).isSuperset(of: pb)
            && (a.location == nil || b.location == nil || a.location == b.location)
    }

    /// How many sentences apart two mentions of one meeting with nested party sets may be.
    static let nestedMentionDistance = 3

    static func family(_ t: EventType) -> Int {
        switch t {
        case .meet, .negotiate, .host: 1
        case .visit: 2
        case .kill, .strike, .attack: 3
        default: 100 + EventType.allCases.firstIndex(of: t)!
        }
    }

    /// Two times may name the same happening: either is unknown, or their intervals meet.
    static func overlap(_ a: TimeValue?, _ b: TimeValue?) -> Bool {
        guard let a, let b else { return true }
        return a.start <= b.end && b.start <= a.end
    }

    static func same(_ a: Event, _ b: Event, bodies: Set<Int> = []) -> Bool {
        // A planned meeting and the one that took place are two events.
        guard family(a.type) == family(b.type), a.modality == b.modality else { return false }
        let pa = Set(a.participants.map(\.entity)), pb = Set(b.participants.map(\.entity))
        switch family(a.type) {
        case 1:
            // "the G7 meeting" and "the meeting of G7 ministers, said Brown": one party set holding
            // the other is the same meeting, unless their times or kinds differ (talks on joining
            // a body are not the body's summit).
            // Only nearby mentions nest: far apart, a pair's own talks are not the talks the
            // pair held with a third party paragraphs earlier.
            // ("a dinner hosted by Prescott in November 2003 ... the discussions between Prescott
            // and Blair that November": a dinner and discussions, or a meeting and talks, are one
            // only when both give a time and the times meet.)
            let kinds = a.type == b.type || a.time != nil && b.time != nil
            // ("India attends the G7 meeting on Friday ... Mr Chidambaram is attending the G7 meeting":
            // a body of states' session told alone is the article's one session of that body, however
            // far apart the mentions.)
            let loneBody = [pa, pb].contains { $0.count == 1 && bodies.isSuperset(of: $0) }
            let nested = pa == pb || kinds && !pa.isEmpty && !pb.isEmpty
                && (abs(a.sentence - b.sentence) <= nestedMentionDistance || loneBody)
                && (pa.isSubset(of: pb) || pb.isSubset(of: pa)) && overlap(a.time, b.time)
            return nested && (a.location == nil || b.location == nil || a.location == b.location)
        case 2:
            return pa == pb && a.location == b.location
        case 3:
            let patA = Set(a.participants.filter { $0.role == .patient }.map(\.entity))
            let patB = Set(b.participants.filter { $0.role == .patient }.map(\.entity))
            let agA = Set(a.participants.filter { $0.role == .agent }.map(\.entity))
            let agB = Set(b.participants.filter { $0.role == .agent }.map(\.entity))
            return !patA.isEmpty && patA == patB && a.type == b.type && (agA.isEmpty || agB.isEmpty || agA == agB)
        default:
            return false
        }
    }
}
