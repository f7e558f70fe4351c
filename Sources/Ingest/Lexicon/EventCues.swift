/// The word classes of `event-cues.tsv` (format: `Sources/Ingest/Lexicons/README.md`), read by the
/// meeting rules: fiction cues, companions, greeting words and the like.
enum EventCues {
    static let classes: [String: Set<String>] = {
        var out: [String: Set<String>] = [:]
        for r in LexiconFile.named("event-cues.tsv").records where r.count >= 2 {
            out[String(r[0]), default: []].formUnion(r[1].listItems.map(String.init))
        }
        return out
    }()

    /// The words of one class; a class the file lacks is a build mistake, so it traps.
    static func words(_ name: String) -> Set<String> {
        guard let set = classes[name], !set.isEmpty else { preconditionFailure("event-cues.tsv has no class \(name)") }
        return set
    }
}
