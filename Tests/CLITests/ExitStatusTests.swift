import Foundation
import Testing

@Suite("exit status and messages")
struct ExitStatusTests {
    @Test func versionAndHelpSucceed() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let version = try cli.run(["--version"], withDB: false)
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
        let help = try cli.run(["--help"], withDB: false)
        #expect(help.status == 0)
        for command in ["init", "ingest", "meetings", "events", "entities", "entity", "relations", "timeline",
                        "search", "explain", "stats", "export", "extract"] {
            #expect(help.stdout.contains("  \(command) "), "help lists \(command)")
        }
    }

    @Test func usageErrorsExitTwo() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        #expect(try cli.run(["extract"]).status == 2)
        #expect(try cli.run(["no-such-command"]).status == 2)
        #expect(try cli.run(["extract", "x.txt", "--date", "2024-13-01"]).status == 2)
    }

    @Test func extractNamesAMissingFile() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let r = try cli.run(["extract", "missing.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("missing.txt"))
        #expect(r.stderr.contains("no such file"))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test(arguments: [
        ("binary.txt", [UInt8]([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]), "binary"),
        ("latin1.txt", Array("caf".utf8) + [0xE9, 0x20, 0x61, 0x2E], "not UTF-8"),
        ("empty.txt", [UInt8](), "empty"),
        ("blank.txt", Array("  \n\t\n".utf8), "empty"),
    ])
    func extractRejectsBadText(name: String, bytes: [UInt8], reason: String) throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write(name, bytes: bytes)
        let r = try cli.run(["extract", name])
        #expect(r.status == 1)
        #expect(r.stderr.contains(name) && r.stderr.contains(reason), "stderr: \(r.stderr)")
    }

    @Test func extractPrintsOneDocument() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let r = try cli.run(["extract", "-"], stdin: " date 2024-02-18 The minister met the envoy in Paris.\n")
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["date"] as? String == "2024-02-18" || object?["date"] is NSNull)
        for key in ["sentences", "mentions", "entities", "events", "relations"] {
            #expect(object?[key] is [Any], "document has \(key)")
        }
    }
}
