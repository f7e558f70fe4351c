import Dispatch

extension Extractor {
    /// Parses every embedded lexicon now, the large ones side by side on the available cores,
    /// instead of one after the other inside the first extraction (where every extraction
    /// thread waits for them). Optional: extraction loads what it needs on first use anyway.
    /// A batch ingest calls it on a background thread while it reads its first articles.
    public static func loadLexicons() {
        let loads: [@Sendable () -> Void] = [
            { _ = Gazetteer.shared }, { _ = Lexicons.shared }, { _ = RoleFields.shared },
            { _ = SportsCues.shared }, { _ = NonMeetingCues.shared }, { _ = EventCues.classes },
        ]
        DispatchQueue.concurrentPerform(iterations: loads.count) { loads[$0]() }
    }
}
