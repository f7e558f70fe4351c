import EventModel
@testable import Ingest

/// Small helpers over an extracted document for the tests.
struct Extracted {
    let doc: Document

    init(_ text: String, date: CalendarDate? = nil) {
        doc = Extractor().extract(ArticleReader.read(text: text, source: "test.txt", date: date))
    }

    func entity(_ name: String) -> Entity? {
        doc.entities.first { $0.name == name || $0.aliases.contains(name) }
    }

    func index(_ name: String) -> Int? {
        doc.entities.firstIndex { $0.name == name || $0.aliases.contains(name) }
    }

    func events(_ type: EventType) -> [Event] { doc.events.filter { $0.type == type } }

    func names(_ e: Event, _ role: Role? = nil) -> [String] {
        e.participants.filter { role == nil || $0.role == role }.map { doc.entities[$0.entity].name }
    }

    func location(_ e: Event) -> String? { e.location.map { doc.entities[$0].name } }

    /// Meetings, visits, hostings and talks, and the names of each one's parties.
    var meetingEvents: [Event] { doc.events.filter { $0.type.isMeeting } }
    var meetingParties: [Set<String>] { meetingEvents.map { Set(names($0)) } }

    func relations(_ p: Predicate) -> [(String, String)] {
        doc.relations.filter { $0.predicate == p }.map { (doc.entities[$0.subject].name, doc.entities[$0.object].name) }
    }

    /// The text of a span, by scalar offsets.
    func slice(_ span: TextSpan) -> String {
        let s = Array(doc.article.text.unicodeScalars)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[span.start..<span.end])
        return String(v)
    }
}
