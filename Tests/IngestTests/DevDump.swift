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

/// `EVENTKB_BENCH=dir swift test -c release --filter devBench`: words per second over a folder of .txt files.
@Test func devBench() throws {
    guard let dir = ProcessInfo.processInfo.environment["EVENTKB_BENCH"] else { return }
    var texts: [String] = []
    let fm = FileManager.default
    let e = fm.enumerator(atPath: dir)
    while let f = e?.nextObject() as? String {
        if f.hasSuffix(".txt"), let t = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) { texts.append(t) }
        else if f.hasSuffix(".txt"), let d = fm.contents(atPath: dir + "/" + f) { texts.append(String(decoding: d, as: UTF8.self)) }
    }
    var words = 0
    for t in texts { words += t.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
    let ex = Extractor()
    _ = ex.extract(ArticleReader.read(text: "Warm up.", source: "-"))
    let clock = ContinuousClock()
    var events = 0, meetings = 0, entities = 0
    // CPU time of this thread too: wall-clock figures drop when other jobs share the cores.
    func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    let cpuStart = cpuSeconds()
    let elapsed = clock.measure {
        for t in texts {
            let d = ex.extract(ArticleReader.read(text: t, source: "-"))
            events += d.events.count
            meetings += d.events.filter { $0.type.isMeeting }.count
            entities += d.entities.count
        }
    }
    let secs = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let cpu = cpuSeconds() - cpuStart
    print("BENCH \(texts.count) articles, \(words) words in \(secs) s wall = \(Int(Double(words) / secs)) words/s; \(cpu) s CPU = \(Int(Double(words) / cpu)) words/s on one core; \(entities) entities, \(events) events, \(meetings) meeting-type")
}
