import EventModel
import Foundation
import Testing
import SQLite
@testable import Store

private let sqlite3Shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Another process (the sqlite3 shell) takes the write lock again and again while the store
/// writes: every article must still land, through the busy timeout and retries.
@Suite struct CrossProcessTests {
    @Test(.enabled(if: sqlite3Shell != nil, "needs the sqlite3 shell"))
    func storeAndAnotherProcessBothWrite() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("kb.sqlite")
        let store = try Store(path: path)

        // Each round holds the write lock while counting to 400,000 (a few hundred ms).
        var script = ".timeout 10000\n"
        for round in 0..<6 {
            script += """
                BEGIN IMMEDIATE;
                INSERT INTO articles (source, content_hash, text, extractor_version)
                    VALUES ('shell-\(round)', 'shell-hash-\(round)', 'text \(round)', 'shell');
                WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 400000)
                    SELECT count(*) FROM c;
                COMMIT;

                """
        }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: sqlite3Shell!)
        shell.arguments = [path]
        let input = Pipe()
        shell.standardInput = input
        shell.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        shell.standardError = errors
        try shell.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()

        // Spread the writes over the shell's lifetime; some must wait for its lock.
        let clock = ContinuousClock()
        var longestWrite = Duration.zero
        for n in 0..<20 {
            let started = clock.now
            _ = try store.write(Samples.meeting(source: "s\(n).txt", extra: " Store item \(n)."))
            longestWrite = max(longestWrite, clock.now - started)
            usleep(60_000)
        }
        shell.waitUntilExit()
        #expect(longestWrite > .milliseconds(50), "no write waited for the other process: the test proved nothing")
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(shell.terminationStatus == 0, "sqlite3 failed: \(stderr)")
        #expect(stderr.isEmpty)
        #expect(try store.connection.firstRow("SELECT count(*) FROM articles WHERE extractor_version = 'test-1'") {
            $0.int(0)
        } == 20)
        #expect(try store.connection.firstRow("SELECT count(*) FROM articles WHERE extractor_version = 'shell'") {
            $0.int(0)
        } == 6)
        #expect(try store.connection.rows("PRAGMA integrity_check") { $0.string(0) } == ["ok"])
    }
}
