import EventModel
import Foundation
import Ingest
import Testing

/// Many mutated made-up articles through the reader and the extractor: no crash, no hang, and
/// every document sound (see `DocumentInvariants`). `EVENTKB_FUZZ_COUNT` and `EVENTKB_FUZZ_SEED`
/// turn this into a longer campaign (`Scripts/fuzz/run.sh`).
@Suite("extractor properties")
struct ExtractorPropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["EVENTKB_FUZZ_COUNT"].flatMap(Int.init) ?? 1500
    static let seed = environment["EVENTKB_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_240_218

    @Test func mutatedArticlesGiveSoundDocuments() throws {
        let extractor = Extractor()
        // Load the lexicons first, so the slowest input is the slowest extraction, not the loading.
        _ = extractor.extract(ArticleReader.read(text: "Ana Ribeiro met Karim Bennani in Paris.", source: "warm-up"))
        var failures = 0
        var slowest: (seconds: Double, index: Int) = (0, -1)
        var scalars = 0
        let started = ContinuousClock.now
        for index in 0..<Self.count {
            let text = ArticleMutator.input(seed: Self.seed, index: index)
            scalars += text.unicodeScalars.count
            let t0 = ContinuousClock.now
            let article = ArticleReader.read(text: text, source: "fuzz-\(index).txt")
            let doc = extractor.extract(article)
            let seconds = (ContinuousClock.now - t0) / .seconds(1)
            if seconds > slowest.seconds { slowest = (seconds, index) }
            let problems = DocumentInvariants.violations(doc, text: text)
            if !problems.isEmpty {
                failures += 1
                if failures <= 5 {
                    Issue.record("input \(index) (seed \(Self.seed)): \(problems.prefix(3)) in \(text.debugDescription.prefix(400))")
                }
            }
        }
        let total = (ContinuousClock.now - started) / .seconds(1)
        print("extractor properties: \(Self.count) inputs (\(scalars) scalars) in \(String(format: "%.1f", total)) s, "
              + "slowest input \(slowest.index) took \(String(format: "%.3f", slowest.seconds)) s, \(failures) unsound")
        #expect(failures == 0)
        // A hang shows as one input far slower than the rest; these are at most a few KB.
        #expect(slowest.seconds < 5, "input \(slowest.index) took \(slowest.seconds) s")
    }

    @Test func theMutatorReallyMutates() {
        var rng = SplitMix64(seed: 1)
        let base = ArticleMutator.article(&rng, sentences: 5)
        #expect(base.unicodeScalars.count > 100)
        let inputs = Set((0..<200).map { ArticleMutator.input(seed: 7, index: $0) })
        #expect(inputs.count > 190, "inputs should differ")
        #expect(inputs.contains { $0.unicodeScalars.contains { $0.value > 0xFFFF } }, "astral scalars")
        #expect(inputs.contains { $0.contains("\r\n") })
    }

    /// Edge texts that tripped tokenizers elsewhere: empty, only a header, only punctuation.
    @Test(arguments: ["", " ", "date", "date 2024-02-18", "date 2024-02-18 ", "date 2024-02-18\n\n.", ".", "...",
                      "\"", "U.S.", "e\u{0301}", "\u{0301}", "Mr.", "(((((", "\r\n\r\n", "\u{FEFF}date 2024-01-01 A met B."])
    func edgeTexts(text: String) {
        let doc = Extractor().extract(ArticleReader.read(text: text, source: "edge.txt"))
        #expect(DocumentInvariants.violations(doc, text: text) == [])
    }
}
