import EventModel
import Foundation
import Testing
import SQLite
@testable import Store

@Suite struct StoreWriteTests {
    let store: Store
    var db: Connection { store.connection }

    init() throws {
        store = try Store(connection: Connection(path: ":memory:"))
    }

    private func count(_ table: String) throws -> Int {
        try db.firstRow("SELECT count(*) FROM \(table)") { $0.int(0) } ?? -1
    }

    @Test func handBuiltDocumentReadsBack() throws {
        let document = Samples.meeting()
        let outcome = try store.write(document)
        guard case .inserted(let articleID, let counts) = outcome else {
            Issue.record("expected an insert, got \(outcome)")
            return
        }
        #expect(counts.sentences == 3)
        #expect(counts.entities == 5)
        #expect(counts.newEntities == 5)
        #expect(counts.mentions == 7)
        #expect(counts.events == 2)
        #expect(counts.relations == 1)

        let article = try db.firstRow("SELECT source, published, text, content_hash, extractor_version FROM articles WHERE id = ?",
                                      articleID) { ($0.string(0), $0.string(1), $0.string(2), $0.string(3), $0.string(4)) }
        #expect(article?.0 == "varga.txt")
        #expect(article?.1 == "2024-03-05")
        #expect(article?.2 == document.article.text)
        #expect(article?.3 == SHA256.hex(document.article.text))
        #expect(article?.4 == "test-1")

        // Every stored span is exactly the SQL substr of the article (scalar offsets, emoji included).
        #expect(try db.firstRow("""
            SELECT count(*) FROM sentences s JOIN articles a ON a.id = s.article_id
            WHERE s.text <> substr(a.text, s.start + 1, s.end - s.start)
            """) { $0.int(0) } == 0)
        #expect(try db.firstRow("""
            SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.text <> substr(a.text, m.start + 1, m.end - m.start)
            """) { $0.int(0) } == 0)
        #expect(try db.rows("SELECT text FROM sentences ORDER BY idx") { $0.string(0) } == [
            "Foreign Minister Lena Varga met Tomás Reyes in Lisbon on Monday 🇵🇹.",
            "Varga said the talks with the United States were “useful”.",
            "Reyes leads the Ocean Party.",
        ])
        #expect(try db.rows("SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY m.start") {
            "\($0.string(0))=\($0.string(1))"
        } == ["Lena Varga=Lena Varga", "Tomás Reyes=Tomás Reyes", "Lisbon=Lisbon", "Varga=Lena Varga",
              "United States=United States", "Reyes=Tomás Reyes", "Ocean Party=Ocean Party"])

        let meeting = try db.firstRow("SELECT who, whom, place, date, date_start, date_end, sentence FROM meetings") {
            [$0.string(0), $0.string(1), $0.string(2), $0.string(3), $0.string(4), $0.string(5), $0.string(6)]
        }
        #expect(meeting == ["Lena Varga", "Tomás Reyes", "Lisbon", "2024-03-04", "2024-03-04", "2024-03-04",
                            "Foreign Minister Lena Varga met Tomás Reyes in Lisbon on Monday 🇵🇹."])
        // A month-precision time is stored as its first and last day.
        let said = try db.firstRow("SELECT time_value, time_mod, time_text, time_start, time_end, cameo FROM events WHERE type = 'statement'") {
            [$0.string(0), $0.string(1), $0.string(2), $0.string(3), $0.string(4), $0.string(5)]
        }
        #expect(said == ["2024-03", "START", "early March", "2024-03-01", "2024-03-31", "010"])
        let facts = try db.firstRow("SELECT participants, place, date FROM event_facts WHERE type = 'meet'") {
            [$0.string(0), $0.string(1), $0.string(2)]
        }
        #expect(facts == ["agent:Lena Varga; participant:Tomás Reyes", "Lisbon", "2024-03-04"])
        let relation = try db.firstRow("""
            SELECT s.name, r.predicate, o.name FROM relations r
            JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
            """) { [$0.string(0), $0.string(1), $0.string(2)] }
        #expect(relation == ["Tomás Reyes", "leader_of", "Ocean Party"])
        // Aliases with folded keys and reasons.
        let aliases = try db.rows("""
            SELECT a.alias, a.alias_key, a.reason FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE e.name = 'Tomás Reyes' ORDER BY a.alias
            """) { "\($0.string(0))|\($0.string(1))|\($0.optionalString(2) ?? "-")" }
        #expect(aliases == ["Reyes|reyes|surname", "Tomás Reyes|tomas reyes|-"])
        // Their words, for whole-word name filters (schema 008).
        let words = try db.rows("""
            SELECT w.alias_key || ':' || w.word FROM alias_words w JOIN entities e ON e.id = w.entity_id
            WHERE e.name = 'Tomás Reyes' ORDER BY 1
            """) { $0.string(0) }
        #expect(words == ["reyes:reyes", "tomas reyes:reyes", "tomas reyes:tomas"])
        #expect(try db.firstRow("SELECT country_code FROM entities WHERE name = 'United States'") { $0.string(0) } == "US")
    }

    @Test func sameTextTwiceIsADuplicate() throws {
        let document = Samples.meeting()
        let first = try store.write(document)
        var again = document
        again.article.source = "copy-of-varga.txt"   // same text from elsewhere
        let second = try store.write(again)
        #expect(second == .duplicate(articleID: try #require(first.articleID)))
        #expect(try count("articles") == 1)
        #expect(try count("mentions") == 7)
        #expect(try store.contains(contentHash: Store.contentHash(of: document.article.text)))
        #expect(try !store.contains(contentHash: Store.contentHash(of: document.article.text + " ")))
    }

    @Test func outOfRangeEntityIndexWritesNothing() throws {
        var document = Samples.meeting()
        document.events[0].participants.append(Participant(entity: 42, role: .participant))
        let error = #expect(throws: StoreError.self) { try store.write(document) }
        #expect(error?.description == "varga.txt: invalid document: event 0 participant refers to entity 42, but there are 5")
        for table in MigratorTests.tables { #expect(try count(table) == 0, "\(table) has rows") }
    }

    @Test func badSpansAndSentenceIndexesAreRejected() throws {
        var overrun = Samples.meeting()
        overrun.mentions[0].span = TextSpan(start: 10, end: 100_000)
        #expect(throws: StoreError.self) { try store.write(overrun) }
        var backwards = Samples.meeting()
        backwards.sentences[1] = TextSpan(start: 20, end: 10)
        #expect(throws: StoreError.self) { try store.write(backwards) }
        var sentence = Samples.meeting()
        sentence.relations[0].sentence = 9
        #expect(throws: StoreError.self) { try store.write(sentence) }
        var location = Samples.meeting()
        location.events[0].location = -1
        #expect(throws: StoreError.self) { try store.write(location) }
        #expect(try count("articles") == 0)
    }

    /// A failure at any stage of the write leaves no row anywhere, FTS included.
    @Test(arguments: [WriteStage.article, .sentences, .entities, .mentions, .events, .relations])
    func failureMidWriteLeavesNothing(stage: WriteStage) throws {
        struct Injected: Error {}
        store.faultInjection = { if $0 == stage { throw Injected() } }
        #expect(throws: Injected.self) { try store.write(Samples.meeting()) }
        for table in MigratorTests.tables { #expect(try count(table) == 0, "\(table) has rows after failing at \(stage)") }
        #expect(try count("entity_aliases") == 0)
        #expect(try db.firstRow("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'varga'") { $0.int(0) } == 0)
        #expect(db.isAutocommit)
        // And the store still works afterwards.
        store.faultInjection = nil
        _ = try store.write(Samples.meeting())
        #expect(try count("articles") == 1)
    }

    @Test func fullTextSearchFindsASentenceWord() throws {
        _ = try store.write(Samples.meeting())
        let hits = try db.rows("""
            SELECT s.idx FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
            WHERE sentences_fts MATCH ? ORDER BY s.idx
            """, "useful") { $0.int(0) }
        #expect(hits == [1])
        // remove_diacritics: 'tomas' finds 'Tomás'.
        #expect(try db.firstRow("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'tomas'") { $0.int(0) } == 1)
    }

    @Test func databaseChecksAreCleanAfterWrites() throws {
        _ = try store.write(Samples.meeting())
        _ = try store.write(Samples.meeting(source: "b.txt", extra: " Lena Varga left."))
        #expect(try db.rows("PRAGMA foreign_key_check") { $0.string(0) }.isEmpty)
        #expect(try db.rows("PRAGMA integrity_check") { $0.string(0) } == ["ok"])
        try db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
    }

    @Test func emptyDocumentIsStored() throws {
        let document = Document(article: Article(source: "empty.txt", text: "Nothing happened."), extractorVersion: "t")
        let outcome = try store.write(document)
        #expect(outcome == .inserted(articleID: 1, counts: Counts()))
        #expect(try db.firstRow("SELECT published FROM articles") { $0.optionalString(0) } == .some(nil))
    }
}
