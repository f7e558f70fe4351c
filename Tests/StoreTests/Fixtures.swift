import EventModel
import Foundation

/// A fresh directory under the system temp dir; `remove()` in a `defer`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventkb-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Builds hand-made Documents over invented text, with offsets found by searching the text
/// (in Unicode scalars, as the contract counts), so fixtures stay readable.
struct DocumentBuilder {
    let text: String
    private let scalars: [Unicode.Scalar]
    var document: Document

    init(source: String, date: CalendarDate? = nil, text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        document = Document(article: Article(source: source, date: date, text: text), extractorVersion: "test-1")
    }

    /// The span of the `occurrence`-th appearance of `needle`.
    func span(_ needle: String, occurrence: Int = 0) -> TextSpan {
        let n = Array(needle.unicodeScalars)
        var seen = 0
        var i = 0
        while i + n.count <= scalars.count {
            if Array(scalars[i..<i + n.count]) == n {
                if seen == occurrence { return TextSpan(start: i, end: i + n.count) }
                seen += 1
            }
            i += 1
        }
        fatalError("fixture text lacks \(needle)")
    }

    /// Adds each sentence (given verbatim) in order.
    mutating func sentences(_ list: [String]) {
        document.sentences = list.map { span($0) }
    }

    @discardableResult
    mutating func entity(_ name: String, _ type: EntityType, subtype: String? = nil, aliases: [String] = [],
                         countryCode: String? = nil, linkReasons: [String] = []) -> Int {
        document.entities.append(Entity(name: name, type: type, subtype: subtype, aliases: aliases,
                                        countryCode: countryCode, linkReasons: linkReasons))
        return document.entities.count - 1
    }

    mutating func mention(_ surface: String, occurrence: Int = 0, entity: Int) {
        let s = span(surface, occurrence: occurrence)
        let sentence = document.sentences.firstIndex { $0.start <= s.start && s.end <= $0.end } ?? 0
        document.mentions.append(Mention(text: surface, span: s, sentence: sentence, entity: entity))
    }

    func sentenceIndex(of s: TextSpan) -> Int {
        document.sentences.firstIndex { $0.start <= s.start && s.end <= $0.end } ?? 0
    }
}

enum Samples {
    /// An invented article: a meeting with a place and a date, a surname reference, a country,
    /// non-ASCII names and an emoji, so scalar offsets differ from UTF-8 and UTF-16 ones.
    static func meeting(source: String = "varga.txt", extra: String = "") -> Document {
        let text = "date 2024-03-05 Foreign Minister Lena Varga met Tomás Reyes in Lisbon on Monday 🇵🇹. "
            + "Varga said the talks with the United States were “useful”. Reyes leads the Ocean Party." + extra
        var b = DocumentBuilder(source: source, date: CalendarDate(year: 2024, month: 3, day: 5), text: text)
        b.sentences([
            "Foreign Minister Lena Varga met Tomás Reyes in Lisbon on Monday 🇵🇹.",
            "Varga said the talks with the United States were “useful”.",
            "Reyes leads the Ocean Party." + extra,
        ])
        let varga = b.entity("Lena Varga", .person, aliases: ["Varga"], linkReasons: ["surname"])
        let reyes = b.entity("Tomás Reyes", .person, aliases: ["Reyes"], linkReasons: ["surname"])
        let lisbon = b.entity("Lisbon", .location, subtype: "city")
        let us = b.entity("United States", .location, subtype: "country", countryCode: "US")
        let party = b.entity("Ocean Party", .organization, subtype: "party")
        b.mention("Lena Varga", entity: varga)
        b.mention("Tomás Reyes", entity: reyes)
        b.mention("Lisbon", entity: lisbon)
        b.mention("Varga", occurrence: 1, entity: varga)
        b.mention("United States", entity: us)
        b.mention("Reyes", occurrence: 1, entity: reyes)
        b.mention("Ocean Party", entity: party)
        let met = b.span("met")
        b.document.events.append(Event(
            type: .meet, trigger: "met", triggerSpan: met, sentence: 0, modality: .asserted,
            participants: [Participant(entity: varga, role: .agent), Participant(entity: reyes, role: .participant)],
            location: lisbon,
            time: TimeValue(value: "2024-03-04", text: "Monday", start: CalendarDate(year: 2024, month: 3, day: 4),
                            end: CalendarDate(year: 2024, month: 3, day: 4), span: b.span("Monday")),
            confidence: 0.8))
        let said = b.span("said")
        b.document.events.append(Event(
            type: .statement, trigger: "said", triggerSpan: said, sentence: 1,
            participants: [Participant(entity: varga, role: .agent)],
            time: TimeValue(value: "2024-03", mod: "START", text: "early March",
                            start: CalendarDate(year: 2024, month: 3), end: CalendarDate(year: 2024, month: 3))))
        b.document.relations.append(Relation(subject: reyes, predicate: .leaderOf, object: party, sentence: 2,
                                             span: b.span("Reyes leads the Ocean Party"), confidence: 0.7))
        return b.document
    }

    /// A one-sentence article naming one entity, mentioned as `mentioned` (default: its name).
    static func single(_ name: String, _ type: EntityType = .person, subtype: String? = nil, aliases: [String] = [],
                       countryCode: String? = nil, mentioned: String? = nil, sentence: String,
                       source: String) -> Document {
        var b = DocumentBuilder(source: source, text: sentence)
        b.sentences([sentence])
        let e = b.entity(name, type, subtype: subtype, aliases: aliases, countryCode: countryCode)
        b.mention(mentioned ?? name, entity: e)
        return b.document
    }
}
