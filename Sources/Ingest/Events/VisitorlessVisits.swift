import EventModel

/// "The party's leader will visit the Riverside Temple": when the visitor is not found, the
/// visited building was left as the visit's only party (issue 3, set E: a temple listed as who
/// visited). A visit whose one party is no agent names no visitor, so it is no meeting to list.
extension EventFinder {
    static func isVisitorless(_ e: Event) -> Bool {
        e.type == .visit && e.participants.count == 1 && e.participants[0].role != .agent
    }
}
