import EventModel

/// The sex an honorific says of the person it is written before ("Mr Sears", "Ms Druyun", "Queen
/// Rania"; the title words of SharedSurnames), so that a `she` does not reach back to Mr Sears:
/// "Mr Sears said Ms Druyun was in charge when she met Tom Obi" (issue 3, session 14).
/// Only titles that say it outright count. Nothing is said of a person whose titles disagree, nor
/// of one who shares a surname with another person of the article: "Mrs Trump" beside "Donald
/// Trump" and "Melania Trump" may be linked to the wrong one of the two.
enum HonorificGender {
    enum Sex: Sendable { case male, female }

    /// Office words that say a man (their -woman forms say a woman; "chairman" is said of both).
    static let maleOfficeWords: Set<String> = ["spokesman", "congressman", "businessman", "assemblyman", "councilman",
                                               "alderman", "frontman", "sportsman", "statesman"]

    /// The sex of each person entity whose titles agree on one.
    static func of(titled: [(token: Int, entity: Int, title: String)], entities: [Entity]) -> [Int: Sex] {
        var surnames: [String: Int] = [:]
        for e in entities where e.type == .person {
            if let last = e.name.split(separator: " ").last { surnames[last.lowercased(), default: 0] += 1 }
        }
        var out: [Int: Sex] = [:]
        var mixed: Set<Int> = []
        for t in titled {
            guard let last = entities[t.entity].name.split(separator: " ").last, surnames[last.lowercased()] == 1 else { continue }
            let words = t.title.split(separator: " ").map { w -> String in
                var x = w.lowercased()
                if x.hasSuffix(".") { x.removeLast() }
                return x
            }
            let first = words.first ?? ""
            // ("White House spokeswoman Sarah Sanders", "congressman Tom Roe": a -woman / -man office word.)
            let sex: Sex? = EntityLinker.maleTitles.contains(first) || EntityLinker.maleKin.contains(first)
                || words.contains(where: { maleOfficeWords.contains($0) }) ? .male
                : EntityLinker.femaleTitles.contains(first) || EntityLinker.femaleKin.contains(first)
                || words.contains(where: { $0.hasSuffix("woman") && $0 != "woman" }) ? .female : nil
            guard let sex else { continue }
            if let known = out[t.entity], known != sex { mixed.insert(t.entity) }
            out[t.entity] = sex
        }
        for e in mixed { out[e] = nil }
        return out
    }

    /// `known` completed by given names ("Michelle Obama", "Tom Obi"; `given-name-sex.tsv`), so that
    /// "She will meet Lena Vaz" does not reach back to President Tom Obi. A title that says a sex
    /// wins over the name.
    static func completed(_ known: [Int: Sex], givenNamesOf entities: [Entity]) -> [Int: Sex] {
        var out = known
        for (i, e) in entities.enumerated() where e.type == .person && out[i] == nil {
            let words = e.name.split(separator: " ")
            guard words.count >= 2, let female = Lexicons.shared.femaleGivenName[String(words[0])] else { continue }
            out[i] = female ? .female : .male
        }
        return out
    }

    /// The sex an unnamed person's noun says ("the woman", "the man"); nil for "the minister".
    static func of(personNoun w: String) -> Sex? {
        w == "man" || EntityLinker.maleKin.contains(w) ? .male : w == "woman" || EntityLinker.femaleKin.contains(w) ? .female : nil
    }

    /// The sex a personal pronoun refers to, if it says one.
    static func of(pronoun: String) -> Sex? {
        switch pronoun {
        case "he", "him", "his", "himself": return .male
        case "she", "her", "hers", "herself": return .female
        default: return nil
        }
    }
}
