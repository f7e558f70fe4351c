import ArgumentParser
import Testing
@testable import eventkb

/// The fast parse of plain query lines (QuickLaunch) must give the very command ArgumentParser
/// gives, and step aside for everything it does not handle.
@Suite("quick launch of query commands")
struct QuickLaunchTests {
    /// The request QuickLaunch builds, described field by field.
    static func quick(_ args: [String]) -> String? {
        guard case .run(let request)? = QuickLaunch.command(args) else { return nil }
        return String(describing: request)
    }

    /// The request ArgumentParser's command builds from the same line.
    static func full(_ args: [String]) throws -> String? {
        guard let command = try EventKB.parseAsRoot(args) as? any RequestCommand else { return nil }
        return String(describing: command.request)
    }

    static let handled: [[String]] = [
        ["meetings"],
        ["--db", "kb.sqlite", "meetings", "--who", "qaani", "--format", "json"],
        ["meetings", "--db", "kb.sqlite", "--where", "Baghdad", "--from", "2024", "--to", "2024-02-18"],
        ["meetings", "--who", "Esmail Qaani", "--with", "Kataib Hezbollah", "--modality", "all", "--mentions"],
        ["meetings", "--from", "2024-01", "--format", "csv", "--sql"],
        ["meetings", "--modality", "negated", "--format", "jsonl"],
        ["meetings", "--who", ""],
        ["timeline", "qaani"],
        ["--db", "x.sqlite", "timeline", "Esmail Qaani", "--format", "table", "--mentions"],
        ["timeline", "--sql", "qaani"],
        ["timeline", "qaani", "--limit", "5", "--format", "json"],
        ["timeline", "--all", "qaani", "--mentions"],
        ["timeline", "qaani", "--all", "--sql"],
        ["entity", "Tony Blair", "--format", "json"],
        ["--db", "kb.sqlite", "entity", "o'brien"],
        ["entity", "Tony Blair", "--limit", "5"],
        ["entity", "--all", "qaani", "--format", "json"],
        ["search", "met", "in", "Baghdad"],
        ["search", "--limit", "5", "Qaani", "--format", "json", "--db", "kb.sqlite"],
        ["search", "Qaani", "--sql"],
        ["search", "Qaani", "--all", "--format", "json"],
        ["search", "--all", "--limit", "5", "Qaani", "--sql"],
    ]

    @Test(arguments: handled)
    func agreesWithArgumentParser(_ args: [String]) throws {
        let quick = try #require(QuickLaunchTests.quick(args), "not handled: \(args)")
        let full = try #require(try QuickLaunchTests.full(args), "ArgumentParser gave no request: \(args)")
        #expect(quick == full)
    }

    /// Lines ArgumentParser must see: help, errors, forms QuickLaunch does not read, other commands.
    static let declined: [[String]] = [
        [], ["--help"], ["meetings", "--help"], ["meetings", "-h"], ["help", "meetings"],
        ["meetings", "--who=qaani"], ["meetings", "--who"], ["meetings", "--who", "--format", "json"],
        ["meetings", "--who", "a", "--who", "b"], ["--db", "a", "meetings", "--db", "b"],
        ["meetings", "--from", "2024-13-01"], ["meetings", "--to", "yesterday"],
        ["meetings", "--modality", "maybe"], ["meetings", "--format", "xml"], ["meetings", "stray"],
        ["meetings", "--limit", "5"], ["meetings", "--type", "meet"], ["--sql", "meetings"],
        ["timeline"], ["timeline", "a", "b"], ["timeline", "--", "-x"], ["entity", "-v"],
        ["search"], ["search", "a", "--limit", "0"], ["search", "a", "--limit", "many"],
        ["search", "a", "--mentions"], ["entity", "a", "--sql"],
        ["entity", "a", "--limit", "0"], ["entity", "a", "--limit", "many"], ["meetings", "--all"],
        ["timeline", "a", "--limit", "0"], ["timeline", "a", "--limit", "many"], ["timeline", "a", "--limit"],
        ["events", "--type", "meet"], ["ingest", "x.txt"], ["stats"], ["--version", "meetings"],
    ]

    @Test(arguments: declined)
    func leavesTheRestToArgumentParser(_ args: [String]) {
        #expect(QuickLaunchTests.quick(args) == nil, "handled: \(args)")
    }

    @Test func versionIsTheOnlyShortcutWithoutACommand() {
        guard case .version? = QuickLaunch.command(["--version"]) else {
            Issue.record("--version not handled")
            return
        }
        #expect(QuickLaunch.command(["--version", "--db", "x"]) == nil)
    }
}

/// Query output is streamed as bytes (`StandardOutput.write(_: JSON)`); it must be the text
/// `JSON.serialized` gives.
@Suite("streamed JSON")
struct StreamedJSONTests {
    @Test func streamedBytesAreTheSerializedText() {
        let hostile = "O'Brien said \"no\", then\nleft; 100%_\\ \u{7}\u{2028}\u{2029}\u{E2}\u{1F600} tab\there\r"
        let values: [JSON] = [
            .null, .bool(true), .bool(false), .int(-42), .double(0.8), .double(1), .double(.nan), .double(1e20),
            .string(""), .string(hostile), .string("\u{2028}"), .string("a\u{2027}b"), .array([]), .object([]),
            .object([("id", .int(7)), ("name", .string(hostile)), ("list", .array([.string("x"), .null, .int(1)])),
                     ("nested", .object([("k\"ey", .string("\u{0}\u{1F}"))]))]),
            EventRow.json(QueryFormattingTests.event()),
        ]
        for value in values {
            var out = StandardOutput()
            out.write(value)
            #expect(String(decoding: out.buffer, as: UTF8.self) == value.serialized)
        }
    }
}
