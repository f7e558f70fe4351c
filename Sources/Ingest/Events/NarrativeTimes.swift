import EventModel

/// A meeting told in the sentence after a dated one, the story carried on by a pronoun, happened
/// at that time (issue 3, branch meetG): "In April, fishermen rescued Ann Roe off the coast. She
/// was flown to Lima, where she met President Tom Obi." The annotation convention takes a date from
/// "the immediate chronology of the same passage"; only the pronoun that opens the sentence says
/// the passage goes on, and only one resolved time in the sentence before says which time it is.
/// A named subject ("Tom Obi met ...") may start another story and takes nothing.
extension EventFinder {
    static let narrativePronouns: Set<String> = ["he", "she", "they"]

    /// Whether sentence `si` carries on the sentence before it: same paragraph, not after a
    /// heading, and opened by he/she/they.
    func continuesPreviousSentence(_ si: Int) -> Bool {
        guard si > 0, !sentences[si - 1].isHeading, sentences[si - 1].paragraph == sentences[si].paragraph else { return false }
        let first = sentences[si].tokens.lowerBound
        return first < sentences[si].tokens.upperBound && Self.narrativePronouns.contains(tokens[first].lower)
    }

    func narrativeTimes(_ found: inout [Found], times: [[TimeMention]]) {
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.time == nil && found[i].event.modality == .asserted {
            let si = found[i].event.sentence
            guard continuesPreviousSentence(si) else { continue }
            let dated = times[si - 1].compactMap(\.value)
            guard dated.count == 1, var t = dated.first else { continue }
            t.span = nil  // the expression is in another sentence
            found[i].event.time = t
        }
    }
}
