import EventModel

/// The fields of titles and role words (`role-fields.tsv`, format in `Sources/Ingest/Lexicons/README.md`),
/// parsed once: what a person is called in an article, for keeping namesakes apart in the Store.
final class RoleFields: Sendable {
    static let shared = RoleFields()

    private let fields: [String: String]

    private init() {
        var fields: [String: String] = [:]
        for r in LexiconFile.named("role-fields.tsv").records where r.count >= 2 {
            fields[String(r[0])] = String(r[1])
        }
        self.fields = fields
    }

    /// The role of a title (`foreign minister`): the title's own field, else its last word that
    /// has one (`justice minister` -> minister); nil when no word shows a field (`mr`, `chairman`).
    func role(title: String) -> PersonRole? {
        if let field = fields[title] { return PersonRole(title: title, field: field) }
        for word in title.split(separator: " ").reversed() {
            if let field = fields[String(word)] { return PersonRole(title: title, field: field) }
        }
        return nil
    }

    /// The role a person's name carries in the text: its stripped title, else the word right
    /// before it (`striker Roe`, `Defender Ann Roe`, `actor Ann Roe`) when that word has a field.
    func role(of c: Candidate, tokens: [Token]) -> PersonRole? {
        if let title = c.title, let role = role(title: title) { return role }
        let before = (c.titleStart ?? c.tokens.lowerBound) - 1
        guard before >= 0, before < tokens.count, tokens[before].kind == .word,
              let field = fields[tokens[before].lower], !closesByline(before, tokens) else { return nil }
        return PersonRole(title: tokens[before].lower, field: field)
    }

    /// "By Ann Roe, BBC North America reporter Lars Berg launched ...": a byline whose line break
    /// was lost; the role word is the writer's, not the name's after it.
    private func closesByline(_ role: Int, _ tokens: [Token]) -> Bool {
        var k = role - 1
        while k >= 0, role - k <= 5, tokens[k].kind == .word, tokens[k].isCap { k -= 1 }
        guard k > 0, tokens[k].text == "," else { return false }
        var n = k - 1
        while n >= 0, k - n <= 4, tokens[n].kind == .word, tokens[n].isCap, tokens[n].text != "By" { n -= 1 }
        return n >= 0 && n < k - 1 && tokens[n].text == "By"
    }
}
