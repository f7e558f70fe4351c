import EventModel

/// A one-person trip is not the meeting of that person reported elsewhere (issue 3, set E): a
/// report that "X heads to Porto" shares its one participant with "X met Y" in another article,
/// and "one side's participants all among the other's" made them one real event, so the trip
/// vanished from its article's list. Between a lone traveller's visit and an event of other
/// participants, the places must be known and agree; a trip reported twice (one traveller each
/// time) and meetings still join as before.
extension EventDeduplicator {
    /// Whether a report and a candidate may be one event as far as a lone trip goes.
    static func loneTripFits(reportType: String, reportParticipants: Set<Int64>, reportPlace: Int64?,
                             candidateType: String, candidateParticipants: Set<Int64>, candidatePlace: Int64?) -> Bool {
        let visit = EventType.visit.rawValue
        let reportTrip = reportType == visit && reportParticipants.count == 1
        let candidateTrip = candidateType == visit && candidateParticipants.count == 1
        guard reportTrip != candidateTrip, reportParticipants != candidateParticipants else { return true }
        return reportPlace != nil && candidatePlace != nil
    }
}
