import Foundation
import SQLite
import Testing

/// Whatever a crawler left in the folder: each bad file is named with its reason, the rest is
/// ingested, the exit status is 1, and nothing hangs or crashes.
@Suite("reliability: bad input")
struct ReliabilityInputTests {
    static let runningAsRoot = getuid() == 0

    @Test func oddFilesAreNamedAndTheRestIsIngested() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("in/good-1.txt", InventedArticles.article(1))
        try cli.write("in/good-2.txt", InventedArticles.article(2))
        try cli.write("in/binary.txt", bytes: Array("Lena Varga met".utf8) + [0, 0xFF, 0x13, 0x00, 0x89, 0x50, 0x4E, 0x47])
        try cli.write("in/feed.jsonl", """
            {"id": "f1", "text": "Karim Bennani met Ines Duarte in Oslo on Friday."}
            {"id": "f2", "date": "2024-05", "text": "Omar Haddad visited Lima."}
            {"id": "f3", "text": "unterminated
            {"id": "f4", "text": 42}

            """)
        #expect(mkfifo(cli.path("in/pipe.txt"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/dangling.txt"), withDestinationPath: cli.path("gone.txt"))
        // chmod 000 stops nobody but root; as root (CI) the file is simply read.
        try cli.write("in/locked.txt", InventedArticles.article(3))
        #expect(chmod(cli.path("in/locked.txt"), 0) == 0)
        defer { chmod(cli.path("in/locked.txt"), 0o644) }

        let (r, timedOut) = try cli.run(["ingest", cli.path("in")], timeout: 60)
        #expect(!timedOut, "ingest hung (a FIFO opened for reading?)")
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        func reported(_ name: String, _ reason: String) -> Bool {
            lines.contains { $0.hasPrefix("eventkb: rejected ") && $0.contains(name) && $0.contains(reason) }
        }
        #expect(reported("binary.txt", "binary"), "\(r.stderr)")
        #expect(reported("pipe.txt", "not a regular file"), "\(r.stderr)")
        #expect(reported("dangling.txt", "symbolic link"), "\(r.stderr)")
        #expect(reported("feed.jsonl line 3", "not a valid JSON object"), "\(r.stderr)")
        #expect(reported("feed.jsonl line 4", "not a valid JSON object"), "\(r.stderr)")
        let expectedArticles = Self.runningAsRoot ? 5 : 4
        if !Self.runningAsRoot { #expect(reported("locked.txt", "permission denied"), "\(r.stderr)") }
        #expect(r.stdout.contains("ingested \(expectedArticles) articles"), "\(r.stdout)")
        #expect(r.stdout.contains("\(Self.runningAsRoot ? 5 : 6) rejected"), "\(r.stdout)")
        #expect(lines.allSatisfy { $0.hasPrefix("eventkb: rejected ") }, "\(r.stderr)")
        #expect(try cli.stats()["articles"] == expectedArticles)
    }

    @Test func aFIFOOrDanglingLinkNamedOnTheCommandLineIsRejectedNotWaitedFor() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("good.txt", InventedArticles.article(4))
        #expect(mkfifo(cli.path("pipe.txt"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: cli.path("link.txt"), withDestinationPath: cli.path("nowhere"))
        let (r, timedOut) = try cli.run(["ingest", cli.path("pipe.txt"), cli.path("link.txt"), cli.path("good.txt")],
                                        timeout: 30)
        #expect(!timedOut)
        #expect(r.status == 1)
        #expect(r.stderr.contains("pipe.txt: not a regular file"), "\(r.stderr)")
        #expect(r.stderr.contains("link.txt: symbolic link to a file that does not exist"), "\(r.stderr)")
        #expect(r.stdout.contains("ingested 1 articles"), "\(r.stdout)")
    }

    /// A file listed with its directory and deleted before it is read: named, and the rest goes on.
    @Test func aFileThatVanishesDuringTheBatchIsNamed() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let count = 150
        try InventedArticles.write(count, into: "in", of: cli, sentences: 3)
        let victim = cli.path("in/zz-last.txt")
        try cli.write("in/zz-last.txt", InventedArticles.article(9999))
        // One article per transaction, so the first stored article shows the listing is done.
        let process = try cli.start(["ingest", "--batch-size", "1", cli.path("in")], tag: "vanish")
        var deleted = false
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline, !deleted {
            if let stored = try? Self.articleCount(cli.db), stored > 0 {
                try FileManager.default.removeItem(atPath: victim)
                deleted = true
            } else {
                usleep(5_000)
            }
        }
        process.waitUntilExit()
        let (out, err) = cli.output("vanish")
        try #require(deleted, "the ingest finished before the file could be deleted; \(out)")
        #expect(process.terminationStatus == 1)
        #expect(err.contains("zz-last.txt: file vanished before it could be read"), "\(err)")
        #expect(out.contains("ingested \(count) articles"), "\(out)")
        #expect(try Self.articleCount(cli.db) == count)
    }

    static func articleCount(_ path: String) throws -> Int {
        let db = try Connection(path: path, mode: .readOnly)
        return try db.firstRow("SELECT count(*) FROM articles") { $0.int(0) } ?? 0
    }
}
