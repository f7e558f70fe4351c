import Foundation
import SQLite
import Testing

/// Processes killed mid-ingest and processes writing side by side: nothing lost, nothing doubled,
/// nothing corrupt.
@Suite("reliability: kill -9 and concurrent writers", .serialized)
struct ReliabilityCrashTests {
    /// `PRAGMA integrity_check` (<https://www.sqlite.org/pragma.html#pragma_integrity_check>),
    /// and how many articles and distinct texts are stored.
    static func audit(_ path: String) throws -> (integrity: String, articles: Int, distinctTexts: Int) {
        let db = try Connection(path: path, mode: .readOnly)
        let integrity = try db.rows("PRAGMA integrity_check") { $0.string(0) }.joined(separator: "; ")
        let articles = try db.firstRow("SELECT count(*) FROM articles") { $0.int(0) } ?? -1
        let distinct = try db.firstRow("SELECT count(DISTINCT content_hash) FROM articles") { $0.int(0) } ?? -1
        return (integrity, articles, distinct)
    }

    static func stats(_ cli: EventKBProcess, db: String) throws -> [String: Int] {
        let r = try cli.run(["--db", db, "stats", "--format", "json"], withDB: false)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        return object.compactMapValues { $0 as? Int }
    }

    @Test func killNineDuringIngestThenResumeEqualsACleanRun() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let count = 300
        try InventedArticles.write(count, into: "in", of: cli)
        let clean = cli.path("clean.sqlite")
        let cleanRun = try cli.run(["--db", clean, "ingest", "--quiet", cli.path("in")], withDB: false)
        #expect(cleanRun.status == 0, "\(cleanRun.stderr)")
        let expected = try Self.stats(cli, db: clean)
        #expect(expected["articles"] == count)

        // The schema first: a kill that lands before the first migration commits (a slow, loaded
        // machine) would otherwise leave an empty file with no tables to audit.
        #expect(try cli.run(["init"]).status == 0)
        var rng = SystemRandomNumberGenerator()
        var kills = 0
        for round in 0..<5 {
            let process = try cli.start(["ingest", "--quiet", "--batch-size", "8", cli.path("in")], tag: "kill\(round)")
            usleep(UInt32.random(in: 150_000...900_000, using: &rng))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            let audit = try Self.audit(cli.db)
            #expect(audit.integrity == "ok", "after kill \(round)")
            #expect(audit.articles == audit.distinctTexts, "an article stored twice after kill \(round)")
        }
        let resumed = try cli.run(["ingest", "--quiet", cli.path("in")])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let audit = try Self.audit(cli.db)
        #expect(audit.integrity == "ok")
        #expect(audit.articles == count && audit.distinctTexts == count)
        let got = try Self.stats(cli, db: cli.db)
        for key in ["articles", "sentences", "entities", "mentions", "events", "relations"] {
            #expect(got[key] == expected[key], "\(key): \(got[key] ?? -1) after \(kills) kills, \(expected[key] ?? -1) clean")
        }
        print("kill -9: \(kills) kills during an ingest of \(count) articles; resumed db equals the clean one: \(got)")
        #expect(kills >= 3, "the ingest finished too fast to be killed; make the batch larger")
    }

    /// Two ingests racing into one new database, with queries running all the while.
    @Test func twoIngestsAtOnceAndQueriesMeanwhile() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try InventedArticles.write(120, into: "all", of: cli)
        // Two overlapping halves: 0..<80 and 40..<120, so 40 articles race to be stored twice.
        for n in 0..<120 {
            let name = "a\(String(format: "%04d", n)).txt"
            let text = InventedArticles.article(n)
            if n < 80 { try cli.write("left/\(name)", text) }
            if n >= 40 { try cli.write("right/\(name)", text) }
        }
        let clean = cli.path("clean.sqlite")
        #expect(try cli.run(["--db", clean, "ingest", "--quiet", cli.path("all")], withDB: false).status == 0)
        let expected = try Self.stats(cli, db: clean)

        let left = try cli.start(["ingest", "--batch-size", "4", cli.path("left")], tag: "left")
        let right = try cli.start(["ingest", "--batch-size", "4", cli.path("right")], tag: "right")
        var queries = 0, failures: [String] = [], last = 0
        while left.isRunning || right.isRunning {
            guard FileManager.default.fileExists(atPath: cli.db) else { usleep(10_000); continue }
            let stats = try cli.run(["stats", "--format", "json"])
            let meetings = try cli.run(["meetings", "--format", "json"])
            queries += 2
            for r in [stats, meetings] where r.status != 0 {
                // Before the first migration commits, the file exists without a schema.
                if !r.stderr.contains("eventkb init") { failures.append(r.stderr) }
            }
            if stats.status == 0, let o = try? JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any],
               let n = o["articles"] as? Int {
                if n < last { failures.append("articles went from \(last) to \(n)") }
                last = n
            }
            if meetings.status == 0, (try? JSONSerialization.jsonObject(with: Data(meetings.stdout.utf8))) == nil {
                failures.append("meetings printed no JSON: \(meetings.stdout.prefix(200))")
            }
        }
        left.waitUntilExit()
        right.waitUntilExit()
        #expect(left.terminationStatus == 0, "\(cli.output("left").stderr)")
        #expect(right.terminationStatus == 0, "\(cli.output("right").stderr)")
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(queries > 2)
        let audit = try Self.audit(cli.db)
        #expect(audit.integrity == "ok")
        #expect(audit.articles == 120 && audit.distinctTexts == 120)
        let got = try Self.stats(cli, db: cli.db)
        for key in ["articles", "sentences", "mentions", "events", "relations", "entities"] {
            #expect(got[key] == expected[key], "\(key): \(got[key] ?? -1) concurrent, \(expected[key] ?? -1) sequential")
        }
        print("concurrency: 2 ingests of 80 articles (40 shared) into one db, \(queries) queries meanwhile, all ok")
    }
}
