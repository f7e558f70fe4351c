/// The team lexicons of `Sources/Ingest/Lexicons/`, parsed once into hashed tables
/// (format of each file: its README section).
final class Lexicons: Sendable {
    static let shared = Lexicons()

    enum WordClass: String, Sendable { case function, pronoun, common, other }

    struct Title: Sendable {
        var relation: String?
        /// Only ever said of a person (`Mr`, `President`), as opposed to a role noun (`chief`).
        var personOnly: Bool
    }

    struct OrgCue: Sendable {
        var type: String
        var subtype: String
    }

    struct KnownOrg: Sendable {
        var canonical: String
        var subtype: String
    }

    struct Trigger: Sendable {
        /// Words after the head; `*` allows up to two filler words.
        var rest: [String]
        var type: String
        var cameo: String
        var isNoun: Bool
        var flags: Set<String>
    }

    enum TimeWord: Sendable {
        case month(Int), weekday(Int), mod(String), deixis(Int), shift(Int), unit(String)
        /// A holiday on a fixed day of the year (month, day); a season (`SP`, `SU`, `FA`, `WI`).
        case holiday(Int, Int), season(String)
    }

    let stopWords: [String: WordClass]
    /// Titles by their lowercase words joined with one space.
    let titles: [String: Title]
    let maxTitleWords: Int
    let orgHeads: [String: OrgCue]
    let orgTails: [String: OrgCue]
    /// Known organisations by every name (as written).
    let knownOrgs: [String: KnownOrg]
    struct GroupNoun: Sendable {
        var plural: Bool
        /// A group tied to a named body stands for it ("US troops" -> US).
        var tied: Bool
        /// Also an adjective ("an official report"): see `EventFinder.isAdjectiveUse`.
        var adjective = false
        /// One unnamed person ("the woman", "his wife"), typed person rather than organisation.
        var person = false
        /// People only after a word that says so ("senior figures"); else a thing ("the figures").
        var needsPeopleModifier = false
        /// Businesses: tied to a named body, not to a country ("US firms" are firms, not the US).
        var commercial = false
    }
    let groupNouns: [String: GroupNoun]
    /// Triggers by their first word, longest pattern first.
    let triggers: [String: [Trigger]]
    let timeWords: [String: TimeWord]
    /// Words that make a four-digit number before them a time of day (`1830 GMT`): `clock` rows of
    /// `time-words.tsv`. Kept apart from `timeWords`, which other rules read as "a time follows".
    let clockWords: Set<String>
    /// Common English words that are no given name or surname (`common-words.tsv`).
    let commonWords: Set<String>
    /// "northeast", "western": before a place they name a part of it (`compass-words.tsv`).
    let compassWords: Set<String>
    /// Given names one sex carries (`given-name-sex.tsv`): true for a woman's name.
    let femaleGivenName: [String: Bool]

    private init() {
        var stop: [String: WordClass] = [:]
        for r in LexiconFile.named("stop-words.tsv").records where r.count >= 2 {
            stop[String(r[0])] = WordClass(rawValue: String(r[1])) ?? .function
        }
        stopWords = stop

        var titles: [String: Title] = [:]
        var maxWords = 1
        for r in LexiconFile.named("titles.tsv").records where r.count >= 3 {
            let key = String(r[0])
            maxWords = max(maxWords, key.split(separator: " ").count)
            titles[key] = Title(relation: r[1] == "-" ? nil : String(r[1]), personOnly: r[2] == "yes")
        }
        self.titles = titles
        maxTitleWords = maxWords

        var heads: [String: OrgCue] = [:], tails: [String: OrgCue] = [:]
        for r in LexiconFile.named("org-cues.tsv").records where r.count >= 4 {
            let cue = OrgCue(type: String(r[2]), subtype: String(r[3]))
            if r[1] == "head" { heads[String(r[0])] = cue } else { tails[String(r[0])] = cue }
        }
        orgHeads = heads
        orgTails = tails

        var orgs: [String: KnownOrg] = [:]
        for r in LexiconFile.named("org-names.tsv").records where r.count >= 2 {
            let org = KnownOrg(canonical: String(r[0]), subtype: String(r[1]))
            orgs[String(r[0])] = org
            if r.count >= 3 { for a in r[2].listItems { orgs[String(a)] = org } }
        }
        knownOrgs = orgs

        var groups: [String: GroupNoun] = [:]
        for r in LexiconFile.named("group-nouns.tsv").records where r.count >= 2 {
            let flags = r.count >= 4 ? Set(r[3].split(separator: ",")) : []
            groups[String(r[0])] = GroupNoun(plural: r[1] == "plural", tied: r.count >= 3 && r[2] == "yes",
                                             adjective: flags.contains("adjective"), person: flags.contains("person"),
                                             needsPeopleModifier: flags.contains("people-modifier"),
                                             commercial: flags.contains("commercial"))
        }
        groupNouns = groups

        var triggers: [String: [Trigger]] = [:]
        for r in LexiconFile.named("event-triggers.tsv").records where r.count >= 4 {
            let words = r[0].split(separator: " ").map(String.init)
            guard let head = words.first else { continue }
            let flags = r.count >= 5 ? Set(r[4].listItems.map(String.init)) : []
            triggers[head, default: []].append(Trigger(rest: Array(words.dropFirst()), type: String(r[1]),
                                                       cameo: String(r[2]), isNoun: r[3] == "noun", flags: flags))
        }
        for k in triggers.keys { triggers[k]!.sort { $0.rest.count > $1.rest.count } }
        self.triggers = triggers

        var time: [String: TimeWord] = [:]
        var clock = Set<String>()
        for r in LexiconFile.named("time-words.tsv").records where r.count >= 3 {
            let v = String(r[2])
            switch r[1] {
            case "clock": clock.insert(String(r[0]))
            case "month": time[String(r[0])] = .month(Int(v) ?? 1)
            case "weekday": time[String(r[0])] = .weekday(Int(v) ?? 1)
            case "mod": time[String(r[0])] = .mod(v)
            case "deixis": time[String(r[0])] = .deixis(Int(v) ?? 0)
            case "shift": time[String(r[0])] = .shift(Int(v) ?? 0)
            case "unit": time[String(r[0])] = .unit(v)
            case "holiday":
                let md = v.split(separator: "-").compactMap { Int($0) }
                if md.count == 2 { time[String(r[0])] = .holiday(md[0], md[1]) }
            case "season": time[String(r[0])] = .season(v)
            default: break
            }
        }
        timeWords = time
        clockWords = clock

        var common = Set<String>(minimumCapacity: 65_536)
        // One plain word a line, 60,000 lines: split as bytes, not Characters, to keep start-up cheap.
        for line in LexiconFile.named("common-words.tsv").text.utf8.split(separator: UInt8(ascii: "\n"))
        where line.first != UInt8(ascii: "#") {
            common.insert(String(decoding: line, as: UTF8.self))
        }
        commonWords = common
        compassWords = Set(LexiconFile.named("compass-words.tsv").records.compactMap { $0.first.map(String.init) })
        var sexes: [String: Bool] = [:]
        for r in LexiconFile.named("given-name-sex.tsv").records where r.count >= 2 { sexes[String(r[0])] = r[1] == "f" }
        femaleGivenName = sexes
    }

    func isStopWord(_ lower: String) -> Bool { stopWords[lower] != nil }

    func month(_ lower: String) -> Int? {
        if case .month(let m) = timeWords[lower] { return m }
        return nil
    }

    func weekday(_ lower: String) -> Int? {
        if case .weekday(let d) = timeWords[lower] { return d }
        return nil
    }
}

/// Grammar words, for the sentence splitter's `U.S. The ...` rule.
enum FunctionWords {
    static var set: [String: Lexicons.WordClass] { Lexicons.shared.stopWords }
}
