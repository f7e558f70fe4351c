import Foundation
import SQLite
import Testing

/// Hostile names are data through the command line too, query commands never write, and every
/// wrong database file is one clear line with exit status 1, for ingest and queries alike.
@Suite("reliability: hostile queries and wrong files")
struct ReliabilityQueryTests {
    static let hostile = ["'", "\"", "%", "_", "%%", "a%", "_a_", "\\", "' OR 1=1 --", "\" OR \"\"=\"",
                          "x'); DROP TABLE articles; --", "*", "NEAR(", "AND", "OR NOT", "\"unterminated", "a:b",
                          "^", "(", "\u{7}", "\u{1B}[31mred", "tab\there", "line\nbreak", "\u{202E}", "🙂", "e\u{0301}"]

    @Test func hostileNamesAreDataThroughEveryQueryCommand() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("a.txt", "date 2024-03-05 Sean O'Connell met Ana Ribeiro in Paris on Monday. "
                      + "Ana Ribeiro said 100% of the_delegates agreed.\n")
        #expect(try cli.run(["ingest", "a.txt"]).status == 0)
        let before = try cli.stats()
        // Every name through the three kinds of matching (alias keys, LIKE, FTS5); a few through every command.
        let everywhere: Set<String> = ["'", "%", "_", "' OR 1=1 --", "x'); DROP TABLE articles; --"]
        for name in Self.hostile {
            var commands = [["meetings", "--who", name], ["entities", "--name", name], ["search", name]]
            if everywhere.contains(name) {
                commands += [["meetings", "--with", name], ["meetings", "--where", name], ["events", "--actor", name],
                             ["entity", name], ["relations", "--entity", name], ["timeline", name]]
            }
            for args in commands {
                let r = try cli.run(args + ["--format", "json"])
                #expect(r.status == 0, "\(args.map(\.debugDescription)): \(r.stderr)")
                let json = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8), options: [.fragmentsAllowed])
                #expect(json != nil, "\(args.map(\.debugDescription)) printed \(r.stdout.prefix(200).debugDescription)")
                // Pattern characters match only themselves: nothing here is named like these.
                if args[0] != "search", let array = json as? [Any] { #expect(array.isEmpty, "\(args.map(\.debugDescription))") }
            }
        }
        #expect(try cli.stats() == before, "a query changed the database")
        let quoted = try cli.run(["entities", "--name", "O'Connell", "--format", "json"])
        #expect(quoted.status == 0 && quoted.stdout.contains("O'Connell"), "\(quoted.stdout)")
    }

    @Test func queryCommandsNeverCreateAMissingDatabase() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        for args in [["stats"], ["meetings"], ["events"], ["entities"], ["entity", "x"], ["relations"],
                     ["timeline", "x"], ["search", "x"], ["explain", "1"], ["export", "--format", "jsonl"]] {
            let r = try cli.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: cli.db), "\(args) created the database")
        }
    }

    /// Each wrong file, for an ingest and for queries: exit 1 and one line saying what is wrong.
    @Test func wrongDatabaseFilesAreOneClearLine() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("a.txt", InventedArticles.article(1))
        let newer = cli.path("newer.sqlite")
        #expect(try cli.run(["--db", newer, "init"], withDB: false).status == 0)
        try Connection(path: newer).setUserVersion(99)
        let notes = try cli.write("notes.sqlite", "my notes, not a database\n" + String(repeating: "x", count: 5000))
        let cases: [(db: String, says: [String])] = [
            (newer, ["newer"]),
            (notes, ["not a SQLite database"]),
            (cli.path("no/such/dir/kb.sqlite"), ["does not exist", "no database"]),
            (cli.directory.path, ["directory"]),
        ]
        for (db, says) in cases {
            for args in [["ingest", "a.txt"], ["stats"], ["meetings", "--who", "x"], ["entities"]] {
                let r = try cli.run(["--db", db] + args, withDB: false)
                let where_ = "\(args[0]) on \((db as NSString).lastPathComponent)"
                #expect(r.status == 1, "\(where_)")
                let lines = r.stderr.split(separator: "\n")
                #expect(lines.count == 1 && lines[0].hasPrefix("eventkb: "), "\(where_): \(r.stderr)")
                #expect(says.contains { r.stderr.contains($0) }, "\(where_): \(r.stderr)")
            }
        }
        #expect(try Connection(path: newer).userVersion() == 99, "a too-new database was touched")
        #expect(!FileManager.default.fileExists(atPath: cli.path("no/such")))
    }

    /// A database its user may only read: queries answer, an ingest is one clear line. Root may
    /// write any file, so as root the commands run as `nobody` through setpriv(1).
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyDatabaseAnswersQueriesAndRefusesIngest() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("a.txt", "date 2024-03-05 Sean O'Connell met Ana Ribeiro in Paris on Monday.\n")
        try cli.write("b.txt", InventedArticles.article(2))
        #expect(try cli.run(["ingest", "a.txt"]).status == 0)
        let before = try cli.stats()
        #expect(chmod(cli.db, 0o444) == 0)
        // The directory stays writable: readers of a WAL database make its -shm file.
        #expect(chmod(cli.directory.path, 0o777) == 0)
        #expect(chmod(cli.path("b.txt"), 0o644) == 0)
        func asReader(_ args: [String]) throws -> EventKBProcess.Result {
            let process = Process()
            let full = [EventKBProcess.binary.path, "--db", cli.db] + args
            if getuid() == 0 {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
                process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups"] + full
            } else {
                process.executableURL = EventKBProcess.binary
                process.arguments = Array(full.dropFirst())
            }
            process.currentDirectoryURL = cli.directory
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return .init(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                         stderr: String(decoding: e, as: UTF8.self))
        }
        let stats = try asReader(["stats", "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("\"articles\":1"), "\(stats.stdout)")
        let meetings = try asReader(["meetings", "--who", "Ribeiro", "--format", "json"])
        #expect(meetings.status == 0 && meetings.stdout.contains("O'Connell"), "\(meetings.stdout) \(meetings.stderr)")
        let ingest = try asReader(["ingest", cli.path("b.txt")])
        #expect(ingest.status == 1)
        #expect(ingest.stderr.split(separator: "\n").count == 1 && ingest.stderr.contains("read-only"), "\(ingest.stderr)")
        // Read-only media: not even the directory is writable, so SQLite cannot keep its WAL index
        // there. A copied database comes without the (empty) -wal and -shm files readers leave.
        for leftover in [cli.db + "-wal", cli.db + "-shm"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: leftover))?[.size] as? Int
            #expect(leftover.hasSuffix("-shm") || size == nil || size == 0)
            try? FileManager.default.removeItem(atPath: leftover)
        }
        #expect(chmod(cli.directory.path, 0o555) == 0)
        let sealed = try asReader(["stats", "--format", "json"])
        #expect(chmod(cli.directory.path, 0o777) == 0)
        #expect(sealed.status == 0 && sealed.stdout.contains("\"articles\":1"), "\(sealed.stdout) \(sealed.stderr)")
        #expect(chmod(cli.db, 0o644) == 0)
        #expect(try cli.stats() == before)
    }
}
