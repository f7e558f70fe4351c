import Foundation
import Testing
import EventModel
@testable import Ingest

/// A development harness, not a check: `EVENTKB_DUMP=path swift test --filter devDump`
/// prints what the extractor makes of one article.
@Test func devDump() throws {
    guard let path = ProcessInfo.processInfo.environment["EVENTKB_DUMP"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let doc = Extractor().extract(ArticleReader.read(text: text, source: path))
    print(DocumentPrinter.describe(doc))
}

enum DocumentPrinter {
    static func describe(_ doc: Document) -> String {
        var out = "date \(doc.article.date?.description ?? "-")  sentences \(doc.sentences.count)\n"
        for (i, e) in doc.entities.enumerated() {
            let n = doc.mentions.filter { $0.entity == i }.count
            out += "E\(i) \(e.name) [\(e.type.rawValue)/\(e.subtype ?? "-")] aliases=\(e.aliases) mentions=\(n)\n"
        }
        func name(_ i: Int) -> String { doc.entities[i].name }
        for e in doc.events {
            let ps = e.participants.map { "\($0.role.rawValue):\(name($0.entity))" }.joined(separator: ", ")
            let t = e.time.map { "\($0.value)\($0.mod.map { " " + $0 } ?? "") (\($0.text))" } ?? "-"
            out += "EV s\(e.sentence) \(e.type.rawValue)/\(e.cameo) '\(e.trigger)' \(e.modality.rawValue) [\(ps)] at \(e.location.map(name) ?? "-") when \(t)\n"
        }
        for r in doc.relations {
            out += "REL \(name(r.subject)) \(r.predicate.rawValue) \(name(r.object))\n"
        }
        return out
    }
}
