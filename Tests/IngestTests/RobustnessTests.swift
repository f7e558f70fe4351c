import Testing
import EventModel
@testable import Ingest

/// Bad or odd input never crashes, and every offset the document gives slices the text.
@Suite struct RobustnessTests {
    static let pieces = [" date 2024-02-18 ", "date 2024-13", "\n\n", "\n", "Mr.", "U.S.", "’s", "'", "\"", "“", "”", "(", ")",
                         "-", "—", "al-", "Iran-backed", "met", "with", "the", "talks", "visit", "to", "Baghdad", "Esmail Qaani",
                         "He", "they", "the pair", "Sunday (Feb 18)", "late", "January", "2020", ",", ".", "?", "é", "👍🏽",
                         "\u{0301}", "ǅ", "ŉ", "İ", "\t", "   ", "A", "B.", "Kataib Hezbollah", "warned", "killed", "by", "and"]

    @Test func randomTextsKeepOffsetsExact() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int(rng.next() % 40) {
                text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
                if rng.next() % 3 == 0 { text += " " }
            }
            let doc = Extractor().extract(ArticleReader.read(text: text, source: "fuzz"))
            let scalars = Array(text.unicodeScalars)
            func slice(_ s: TextSpan) -> String {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[s.start..<s.end])
                return String(v)
            }
            for s in doc.sentences { #expect(s.start >= 0 && s.start < s.end && s.end <= scalars.count) }
            for m in doc.mentions {
                #expect(m.span.end <= scalars.count && slice(m.span) == m.text)
                #expect(m.entity >= 0 && m.entity < doc.entities.count)
            }
            for e in doc.events {
                #expect(slice(e.triggerSpan) == e.trigger)
                #expect(e.participants.allSatisfy { $0.entity >= 0 && $0.entity < doc.entities.count })
                if let t = e.time, let sp = t.span { #expect(slice(sp) == t.text) }
            }
            for r in doc.relations { #expect(r.span.end <= scalars.count && r.subject < doc.entities.count && r.object < doc.entities.count) }
        }
    }

    @Test func emptyAndHeaderOnly() {
        for text in ["", " ", " date 2024-02-18", " date 2024-02-18 ", "\n\n\n", "date"] {
            let doc = Extractor().extract(ArticleReader.read(text: text, source: "x"))
            #expect(doc.events.isEmpty)
        }
    }
}

/// A small deterministic generator for the fuzz test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
