/// The word classes of `event-cues.tsv` (format: `Sources/Ingest/Lexicons/README.md`), read by the
/// meeting rules (fiction cues, companions, greeting words and the like) and the name finder.
enum EventCues {
    static let classes: [String: Set<String>] = {
        var out: [String: Set<String>] = [:]
        for r in LexiconFile.named("event-cues.tsv").records where r.count >= 2 {
            out[String(r[0]), default: []].formUnion(r[1].listItems.map(String.init))
        }
        return out
    }()

    /// Job words for a person and company words for a body, read before names by the name finder
    /// and by the trip rules.
    static let personRoles = words("person-role")
    static let bodyRoles = words("org-role")

    /// The words of one class; a class the file lacks is a build mistake, so it traps.
    static func words(_ name: String) -> Set<String> {
        guard let set = classes[name], !set.isEmpty else { preconditionFailure("event-cues.tsv has no class \(name)") }
        return set
    }
}
