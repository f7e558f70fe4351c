import Foundation
import Testing

/// Namesakes through the real extractor and CLI: invented articles about two people called Kessler.
@Suite("namesakes through the CLI")
struct NamesakeCommandTests {
    @Test func ministerAndStrikerStayApartAndTheSplitIsExplained() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("a.txt", " date 2025-01-10 Foreign Minister Kessler met the Norland envoy in Vienna on Tuesday.\n")
        try cli.write("b.txt", " date 2025-01-11 Striker Kessler scored twice as Riverton United beat Northfield Rovers 3-1 on Saturday.\n")
        try cli.write("c.txt", " date 2025-01-12 Officials said Foreign Minister Kessler would return to Vienna.\n")
        let ingest = try cli.run(["ingest", "a.txt", "b.txt", "c.txt"])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let listed = try cli.run(["entities", "--name", "Kessler", "--format", "jsonl"])
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(listed.stdout)")
        // The minister's two articles are one person: two mentions; the striker one.
        #expect(lines.contains { $0.contains("\"mentions\":2") }, "\(listed.stdout)")
        #expect(lines.contains { $0.contains("\"mentions\":1") }, "\(listed.stdout)")

        // Neither has twice the other's mentions... the minister has exactly twice: not more.
        let entity = try cli.run(["entity", "Kessler", "--format", "json"])
        #expect(entity.status == 0)
        #expect(entity.stderr.contains("ambiguous"), "\(entity.stderr)")
        #expect(entity.stderr.contains("kept apart from Kessler"), "\(entity.stderr)")
        #expect(entity.stderr.contains("striker (sport) here, foreign minister (public) there"), "\(entity.stderr)")
    }

    @Test func fullNameJoinsTheSurnameWithTheSameKindOfTitle() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try cli.write("a.txt", " date 2025-02-03 Foreign Minister Odile Kessler met the Norland envoy in Vienna on Monday. Kessler said the talks went well.\n")
        try cli.write("b.txt", " date 2025-02-04 Prime Minister Kessler flew home from Vienna on Tuesday.\n")
        #expect(try cli.run(["ingest", "a.txt", "b.txt"]).status == 0)
        let entity = try cli.run(["entity", "Kessler", "--format", "json"])
        #expect(entity.status == 0)
        #expect(entity.stdout.contains("\"name\":\"Odile Kessler\""), "\(entity.stdout)")
        #expect(entity.stdout.contains("\"mentions\":3"), "\(entity.stdout)")
        #expect(!entity.stderr.contains("ambiguous"), "\(entity.stderr)")
        // The evidence behind the merge: both titles, each with the article that gave it.
        #expect(entity.stdout.contains(#""roles":[{"role":"foreign minister","field":"public","article":1},{"role":"prime minister","field":"public","article":2}]"#),
                "\(entity.stdout)")
        let table = try cli.run(["entity", "Kessler", "--format", "table"])
        #expect(table.stdout.contains("Roles"), "\(table.stdout)")
    }
}
