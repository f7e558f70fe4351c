/// What makes a meeting word not a meeting between parties (see the eval notes): sports
/// fixtures (`met the Swiss in the final`), `met targets`, `met with criticism`.
/// Data: `Lexicons/non-meeting-cues.tsv`.
struct NonMeetingCues: Sendable {
    static let shared = NonMeetingCues()
    let sports: Set<String>
    let objects: Set<String>

    private init() {
        var sports: Set<String> = [], objects: Set<String> = []
        for r in LexiconFile.named("non-meeting-cues.tsv").records where r.count >= 2 {
            if r[1] == "sport" { sports.insert(String(r[0])) } else { objects.insert(String(r[0])) }
        }
        self.sports = sports
        self.objects = objects
    }
}
