import EventModel

/// A building known by its name, after `at`/`in`/`outside`/`inside`, is the venue of a meeting
/// even when the name was not read as a government's seat (issue 3, branch meetI): "met Senator
/// Tom Obi at the Capitol", "talks at the Elysee Palace". `MeetingPlaces.isSeatVenue` takes only
/// names typed as a government; a bare "Capitol" or a palace is typed as an organisation of no kind.
/// Near misses: "a Capitol spokesman said", "Palace officials met Obi" (no locative preposition).
extension EventFinder {
    /// Last words of a name that make it a building where people meet.
    static let namedBuildingHeads: Set<String> = ["capitol", "kremlin", "pentagon", "chancellery", "palace"]

    func isNamedBuilding(_ entity: Entity, preposition p: String, meeting: Bool) -> Bool {
        guard meeting, entity.type == .organization, entity.subtype == nil || entity.subtype == "government",
              Self.seatPrepositions.contains(p),
              let last = entity.name.split(separator: " ").last?.lowercased() else { return false }
        return Self.namedBuildingHeads.contains(last)
    }
}
