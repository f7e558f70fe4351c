/// What makes a meeting word not a meeting between parties (see the eval notes): sports
/// fixtures (`met the Swiss in the final`), `met targets`, `met with criticism`, one body's
/// own meeting (`board meeting`).
/// Data: `Lexicons/non-meeting-cues.tsv`.
struct NonMeetingCues: Sendable {
    static let shared = NonMeetingCues()
    /// Sports topic words (with the fixture words): three make a sports report.
    let sports: Set<String>
    /// Fixture words: one in the sentence makes a meeting word a fixture.
    let fixtures: Set<String>
    let objects: Set<String>
    let ownBody: Set<String>

    private init() {
        var sports: Set<String> = [], objects: Set<String> = [], ownBody: Set<String> = [], fixtures: Set<String> = []
        for r in LexiconFile.named("non-meeting-cues.tsv").records where r.count >= 2 {
            switch r[1] {
            case "sport": sports.insert(String(r[0]))
            case "fixture": fixtures.insert(String(r[0])); sports.insert(String(r[0]))
            case "internal": ownBody.insert(String(r[0]))
            default: objects.insert(String(r[0]))
            }
        }
        self.sports = sports
        self.fixtures = fixtures
        self.objects = objects
        self.ownBody = ownBody
    }
}
