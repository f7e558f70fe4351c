/// The words of `sports-cues.tsv` (format and examples: `Sources/Ingest/Lexicons/README.md`),
/// parsed once: what makes an article a sports report, and which words type the names in it.
final class SportsCues: Sendable {
    static let shared = SportsCues()

    /// Words only sport uses (`soccer`, `innings`).
    let sport: Set<String>
    /// Words sport shares with other news (`beat`, `won`, `season`).
    let result: Set<String>
    /// A player's role before a name (`striker`, `defender`).
    let role: Set<String>
    /// Last or first words of club names (`united`, `rovers`, `real`).
    let club: Set<String>

    private init() {
        var sets: [String: Set<String>] = [:]
        for r in LexiconFile.named("sports-cues.tsv").records where r.count >= 2 {
            sets[String(r[1]), default: []].insert(String(r[0]))
        }
        sport = sets["sport"] ?? []
        result = sets["result"] ?? []
        role = sets["role"] ?? []
        club = sets["club"] ?? []
    }
}
