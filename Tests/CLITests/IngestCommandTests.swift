import Foundation
import Testing

@Suite("init and ingest")
struct IngestCommandTests {
    let article = " date 2024-03-05 The foreign minister met the envoy in Paris on Monday.\n"

    @Test func initTwiceChangesNothing() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let first = try cli.run(["init"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("created"))
        let second = try cli.run(["init"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("up to date"))
    }

    @Test func badInputsAreNamedAndTheRestIsIngested() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("batch/good-1.txt", article)
        try cli.write("batch/good-2.txt", " date 2024-03-06 The two leaders held talks in Rome.\n")
        try cli.write("batch/empty.txt", "")
        try cli.write("batch/latin1.txt", "")
        try cli.write("batch/latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" au lait.".utf8))
        try cli.write("batch/notes.md", "not an article, skipped in directories")
        try cli.write("batch/feed.jsonl", """
            {"id": "a1", "date": "2024-03-07", "text": "The president visited Kenya."}
            {"id": "a2", "text": broken json
            {"id": "a3", "title": "no text here"}
            {"id": "a4", "date": "2024-02-30", "text": "An impossible date."}
            {"id": 5, "date": "2024-03", "text": "The envoy will meet the rebels next week."}

            """)
        let r = try cli.run(["ingest", cli.path("batch")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("empty.txt: file is empty"), "\(r.stderr)")
        #expect(r.stderr.contains("latin1.txt: file is not UTF-8 text"), "\(r.stderr)")
        #expect(r.stderr.contains("feed.jsonl line 2"), "\(r.stderr)")
        #expect(r.stderr.contains("feed.jsonl line 3"), "\(r.stderr)")
        #expect(r.stderr.contains("feed.jsonl line 4"), "\(r.stderr)")
        #expect(!r.stderr.contains("notes.md"))
        #expect(r.stdout.contains("ingested 4 articles"), "\(r.stdout)")
        #expect(r.stdout.contains("5 rejected"), "\(r.stdout)")
    }

    @Test func reingestIsANoOp() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("a.txt", article)
        let first = try cli.run(["ingest", "a.txt"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("ingested 1 articles (0 already present)"))
        let again = try cli.run(["ingest", "a.txt", "-"], stdin: article)
        #expect(again.status == 0)
        #expect(again.stdout.contains("ingested 0 articles (2 already present)"), "\(again.stdout)")
    }

    @Test func wrongDatabaseFilesGiveOneLine() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("a.txt", article)
        try cli.write("notes.sqlite", "these are my notes, not a database\n")
        let notADB = try cli.run(["--db", cli.path("notes.sqlite"), "ingest", "a.txt"], withDB: false)
        #expect(notADB.status == 1)
        #expect(notADB.stderr.contains("not a SQLite database"), "\(notADB.stderr)")
        #expect(notADB.stderr.split(separator: "\n").count == 1)
        let noDir = try cli.run(["--db", cli.path("missing/dir/kb.sqlite"), "init"], withDB: false)
        #expect(noDir.status == 1)
        #expect(noDir.stderr.contains("does not exist"), "\(noDir.stderr)")
    }
}
