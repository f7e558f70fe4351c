import EventModel

/// Checks every index and offset of a `Document` before anything is written, so a broken
/// extractor output is rejected with a reason instead of trapping on an array index or
/// leaving rows that point nowhere.
enum DocumentValidator {
    static func validate(_ document: Document, scalarCount: Int) throws {
        func fail(_ reason: String) -> StoreError {
            StoreError.invalidDocument(source: document.article.source, reason: reason)
        }
        func check(_ span: TextSpan, _ what: @autoclosure () -> String) throws {
            guard span.start >= 0, span.start <= span.end, span.end <= scalarCount else {
                throw fail("\(what()) span \(span.start)..<\(span.end) is outside the text (0..<\(scalarCount))")
            }
        }
        let entityCount = document.entities.count
        let sentenceCount = document.sentences.count
        func entity(_ index: Int, _ what: @autoclosure () -> String) throws {
            guard index >= 0, index < entityCount else {
                throw fail("\(what()) refers to entity \(index), but there are \(entityCount)")
            }
        }
        func sentence(_ index: Int, _ what: @autoclosure () -> String) throws {
            guard index >= 0, index < sentenceCount else {
                throw fail("\(what()) refers to sentence \(index), but there are \(sentenceCount)")
            }
        }

        for (i, span) in document.sentences.enumerated() {
            try check(span, "sentence \(i)")
        }
        for (i, e) in document.entities.enumerated() where NameKey.fold(e.name).isEmpty {
            throw fail("entity \(i) has an empty name")
        }
        for (i, m) in document.mentions.enumerated() {
            try check(m.span, "mention \(i)")
            try entity(m.entity, "mention \(i)")
            try sentence(m.sentence, "mention \(i)")
        }
        for (i, e) in document.events.enumerated() {
            try check(e.triggerSpan, "event \(i) trigger")
            try sentence(e.sentence, "event \(i)")
            for p in e.participants { try entity(p.entity, "event \(i) participant") }
            if let location = e.location { try entity(location, "event \(i) location") }
            guard (0...1).contains(e.confidence) else { throw fail("event \(i) confidence \(e.confidence) is not in 0...1") }
        }
        for (i, r) in document.relations.enumerated() {
            try check(r.span, "relation \(i)")
            try entity(r.subject, "relation \(i) subject")
            try entity(r.object, "relation \(i) object")
            try sentence(r.sentence, "relation \(i)")
            guard (0...1).contains(r.confidence) else { throw fail("relation \(i) confidence \(r.confidence) is not in 0...1") }
        }
    }
}
