import EventModel

/// Club nicknames (`team-nicknames.tsv`): "Cole is in talks with the Gunners" is about Arsenal
/// when the article names Arsenal. A nickname joins the one listed club the article names as an
/// organisation; with none or several of them named, it stays its own name.
final class TeamNicknames: Sendable {
    static let shared = TeamNicknames()

    /// Folded nickname -> folded names of the clubs it may stand for.
    private let clubNames: [String: [String]]

    private init() {
        var clubs: [String: [String]] = [:]
        for r in LexiconFile.named("team-nicknames.tsv").records where r.count >= 2 {
            clubs[LinkKey.of(String(r[0]))] = r[1].split(separator: "|").map { LinkKey.of(String($0)) }
        }
        self.clubNames = clubs
    }

    /// For each organisation named by a nickname, the organisation it stands for in this article;
    /// `forms` holds each entity's names as written.
    func clubs(of entities: [Entity], forms: [[String]]) -> [(nickname: Int, club: Int)] {
        var out: [(Int, Int)] = []
        for (n, e) in entities.enumerated() where e.type == .organization {
            guard let names = clubNames[LinkKey.of(e.name)] else { continue }
            let named = entities.indices.filter { (c: Int) -> Bool in
                guard c != n, entities[c].type == .organization else { return false }
                let written: [String] = [entities[c].name] + forms[c]
                return written.contains { names.contains(LinkKey.of($0)) }
            }
            if named.count == 1 { out.append((n, named[0])) }
        }
        return out
    }
}
