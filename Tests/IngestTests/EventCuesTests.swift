@testable import Ingest
import Testing

/// Every word class the meeting rules read is in `event-cues.tsv`, with words.
@Suite struct EventCuesTests {
    @Test(arguments: ["person-role", "vehicle", "companion", "time-spent", "greeting", "motion", "meal", "fiction",
                      "production", "ask-for", "remote", "joining", "body-member", "request", "attend", "gathering",
                      "advice", "address"])
    func classIsListed(_ name: String) {
        #expect(!(EventCues.classes[name] ?? []).isEmpty, "\(name)")
    }

    @Test func wordsAreLowerCaseAndTrimmed() {
        for (name, words) in EventCues.classes {
            for w in words { #expect(w == w.lowercased() && !w.contains(" ") && !w.isEmpty, "\(name): \(w)") }
        }
    }
}
