import EventModel
import Foundation
import Query
import Testing
@testable import eventkb

/// The pure formatting the query commands rely on: RFC 4180 CSV and RFC 8259 JSON strings.
@Suite("query output formatting")
struct QueryFormattingTests {
    static let hostile = "O'Brien said \"no\", then\nleft; 100%_\\ \u{7}\u{2028}"

    static func event(name: String = hostile) -> EventRecord {
        EventRecord(
            id: 7, type: "meet", cameo: "040", trigger: "met", triggerSpan: TextSpan(start: 3, end: 6),
            modality: "asserted",
            participants: [ParticipantRef(entity: EntityRef(id: 1, name: name, type: "person"), role: "agent")],
            location: nil,
            date: TimeValue(value: "2024-01", mod: "END", text: "late January",
                            start: CalendarDate(year: 2024, month: 1, day: 21), end: CalendarDate(year: 2024, month: 1, day: 31)),
            article: ArticleRef(id: 2, date: "2024-02-18", title: nil, source: "a,b.txt"),
            evidence: Evidence(sentence: name, start: 0, end: 40), confidence: 0.8)
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(CSV.line(["a", "b,c", "say \"hi\"", "two\nlines", "cr\rx", ""]) ==
                "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rx\",\r\n")
        let row = EventRow(event: QueryFormattingTests.event())
        #expect(row.cells.count == EventRow.columns.count)
        let line = CSV.line(row.cells)
        #expect(line.hasSuffix("\r\n"))
        #expect(line.contains("\"agent:O'Brien said \"\"no\"\", then\nleft; 100%_\\ \u{7}\u{2028}\""))
        #expect(line.contains(",\"a,b.txt\","))
    }

    @Test func jsonEscapesQuotesBackslashesAndControlCharacters() throws {
        let text = EventRow(event: QueryFormattingTests.event()).json.serialized
        #expect(text.contains(#""name":"O'Brien said \"no\", then\nleft; 100%_\\ \u0007\u2028""#))
        // It parses back to the same strings.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let participants = try #require(object["participants"] as? [[String: Any]])
        #expect(participants.first?["name"] as? String == QueryFormattingTests.hostile)
        #expect(participants.first?["role"] as? String == "agent")
        #expect(object["location"] is NSNull)
        #expect((object["article"] as? [String: Any])?["title"] is NSNull)
        #expect((object["date"] as? [String: Any])?["start"] as? String == "2024-01-21")
    }

    @Test func eventObjectHasTheContractFieldsInOrder() {
        let text = EventRow(event: QueryFormattingTests.event(name: "X")).json.serialized
        let keys = ["\"id\":", "\"type\":", "\"cameo\":", "\"trigger\":", "\"modality\":", "\"participants\":",
                    "\"location\":", "\"date\":", "\"article\":", "\"evidence\":", "\"confidence\":"]
        var last = text.startIndex
        for key in keys {
            guard let r = text.range(of: key, range: last..<text.endIndex) else {
                Issue.record("\(key) missing or out of order in \(text)")
                return
            }
            last = r.upperBound
        }
    }

    @Test func statsIsOneObject() {
        let row = StatsRow(counts: Counts(articles: 1, sentences: 2, entities: 3, mentions: 4, events: 5, relations: 6))
        #expect(row.json.serialized ==
                #"{"articles":1,"sentences":2,"entities":3,"mentions":4,"events":5,"relations":6}"#)
    }
}
