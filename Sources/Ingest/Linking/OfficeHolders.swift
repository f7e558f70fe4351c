import EventModel

/// Who held an office when (`office-holders.tsv`): "the prime minister" in an article that names
/// Tony Blair but never writes "Prime Minister Tony Blair" is Blair, as a reader of the day knows.
/// The list only picks among the people the article names; it adds no one.
final class OfficeHolders: Sendable {
    static let shared = OfficeHolders()

    struct Term: Sendable {
        let country: String
        /// Folded words of the holder's name, and the surname a lone mention uses.
        let words: Set<String>
        let surname: String
        /// The name as the list writes it ("Donald Trump").
        let name: String
        let from: CalendarDate
        let to: CalendarDate?
    }

    private let terms: [String: [Term]]

    private init() {
        var terms: [String: [Term]] = [:]
        for r in LexiconFile.named("office-holders.tsv").records where r.count >= 5 {
            guard let from = CalendarDate(iso: r[3]) else { continue }
            let words = NameKey.fold(String(r[2])).split(separator: " ").map(String.init)
            let surname = r.count > 5 && !r[5].isEmpty ? NameKey.fold(String(r[5])) : words.last ?? ""
            terms[String(r[0]), default: []].append(Term(
                country: String(r[1]), words: Set(words), surname: surname, name: String(r[2]), from: from,
                to: r[4].isEmpty ? nil : CalendarDate(iso: r[4])))
        }
        self.terms = terms
    }

    /// The one of `people` (entity index, name) who held `title` (of country `code`, when the
    /// article says which) on `date` (at any time when the article has no date); nil when none or
    /// several did.
    func holder(of title: String, country code: String?, on date: CalendarDate?, among people: [(entity: Int, name: String)]) -> Int? {
        guard let list = terms[title] else { return nil }
        var found: Set<Int> = []
        for t in list where code == nil || t.country == code {
            if let d = date, d < t.from || t.to.map({ d >= $0 }) ?? false { continue }
            for p in people where Self.names(p.name, t) { found.insert(p.entity) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The offices the list knows whose title the article writes (`words` holds its lowercase
    /// words), each with the one person of `people` who held it, when only one did.
    func impliedHolders(writtenIn words: Set<String>, on date: CalendarDate?, among people: [(entity: Int, name: String)]) -> [(title: String, entity: Int)] {
        terms.keys.sorted().compactMap { title in
            guard title.split(separator: " ").allSatisfy({ words.contains(String($0)) }),
                  let e = holder(of: title, country: nil, on: date, among: people) else { return nil }
            return (title, e)
        }
    }

    /// The heads of state and government in office on `date` (none without a date), by surname,
    /// each with the full name the list gives: "He said Trump should use his speech ..." in a 2017
    /// article names the president although `trump` is also a common word. A month (`May`) or a
    /// title word stays out, and a surname two holders share.
    func holdersInOffice(on date: CalendarDate?) -> [String: String] {
        guard let d = date else { return [:] }
        var out: [String: String] = [:], shared = Set<String>()
        for title in ["president", "prime minister", "chancellor"] {
            for t in terms[title] ?? [] where t.from <= d && t.to.map({ d < $0 }) ?? true {
                guard Lexicons.shared.month(t.surname) == nil, Lexicons.shared.titles[t.surname] == nil,
                      t.surname.unicodeScalars.count > 2 else { continue }
                if let other = out[t.surname], other != t.name { shared.insert(t.surname) }
                out[t.surname] = t.name
            }
        }
        for s in shared { out[s] = nil }
        return out
    }

    /// The holders in office on `date` (none without a date) by title and surname
    /// (`president obama` → `Barack Obama` in 2016); a title and surname two holders share (two
    /// countries' presidents) is left out.
    func titledHoldersInOffice(on date: CalendarDate?) -> [String: String] {
        guard let d = date else { return [:] }
        var out: [String: String] = [:], shared = Set<String>()
        for (title, list) in terms {
            for t in list where t.from <= d && t.to.map({ d < $0 }) ?? true {
                let key = title + " " + t.surname
                if let other = out[key], other != t.name { shared.insert(key) }
                out[key] = t.name
            }
        }
        for s in shared { out[s] = nil }
        return out
    }

    /// The countries whose head of state or government on `date` is one of `people` (by name):
    /// "the administration", beside "a spokesman for President X", is X's country's.
    func countriesLed(by people: [String], on date: CalendarDate?) -> Set<String> {
        guard let d = date else { return [] }
        var out = Set<String>()
        for title in ["president", "prime minister", "chancellor"] {
            for t in terms[title] ?? [] where t.from <= d && t.to.map({ d < $0 }) ?? true {
                if people.contains(where: { Self.names($0, t) }) { out.insert(t.country) }
            }
        }
        return out
    }

    /// `Blair`, `Tony Blair`, `Mr Blair` name Tony Blair; `Tony` alone does not.
    private static func names(_ name: String, _ t: Term) -> Bool {
        let folded = NameKey.fold(name)
        if folded == t.surname { return true }
        let words = folded.split(separator: " ").map(String.init)
        return words.count >= 2 && words.allSatisfy { t.words.contains($0) } && folded.contains(t.surname)
    }
}
