import Foundation
import Query
import SQLite
import Testing
@testable import eventkb

/// `eventkb export` in every format, on a database where one meeting in Lisbon is reported by
/// two articles (grouped into one real event) and a second meeting by one.
@Suite("export")
struct ExportCommandTests {
    static func seeded(_ cli: EventKBProcess) throws {
        #expect(try cli.run(["init"]).status == 0)
        let db = try Connection(path: cli.db)
        let first = " date 2024-02-18 Ana Ribeiro met Karim Bennani in Lisbon."
        let second = " date 2024-02-19 Bennani and \"Ribeiro\"\ttalked in Lisbon. Ribeiro met Lena Varga."
        try db.run("""
            INSERT INTO articles (id, source, url, published, content_hash, text, extractor_version) VALUES
                (1, 'one.txt', 'https://news.example/one', '2024-02-18', 'h1', ?, 'test'),
                (2, 'two.txt', NULL, '2024-02-19', 'h2', ?, 'test')
            """, first, second)
        try db.execute("""
            INSERT INTO sentences (id, article_id, idx, start, end, text) VALUES
                (1, 1, 0, 17, 57, 'Ana Ribeiro met Karim Bennani in Lisbon.'),
                (2, 2, 0, 17, 55, 'Bennani and "Ribeiro"	talked in Lisbon.'),
                (3, 2, 1, 56, 80, 'Ribeiro met Lena Varga.');
            INSERT INTO entities (id, name, type, subtype, country_code, name_key, latitude, longitude) VALUES
                (1, 'Ana "Ribeiro"', 'person', NULL, NULL, 'ana "ribeiro"', NULL, NULL),
                (2, 'Karim Bennani', 'person', NULL, NULL, 'karim bennani', NULL, NULL),
                (3, 'Lisbon', 'location', 'city', NULL, 'lisbon', 38.7167, -9.1333),
                (4, 'Portugal', 'location', 'country', 'PT', 'portugal', 39.5, -8.0),
                (5, 'Lena Varga', 'person', NULL, NULL, 'lena varga', NULL, NULL);
            INSERT INTO relations (article_id, sentence_id, subject_id, predicate, object_id, start, end, confidence)
            VALUES (1, 1, 3, 'located_in', 4, 50, 56, 0.9);
            INSERT INTO events (id, article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end,
                                location_id, time_value, time_text, time_start, time_end, confidence) VALUES
                (1, 1, 1, 'meet', '040', 'asserted', 'met', 29, 32, 3, '2024-02-17', 'Saturday', '2024-02-17', '2024-02-17', 0.9),
                (2, 2, 2, 'negotiate', '046', 'asserted', 'talked', 39, 45, 3, NULL, NULL, NULL, NULL, 0.7),
                (3, 2, 3, 'meet', '040', 'asserted', 'met', 64, 67, NULL, NULL, NULL, NULL, NULL, 0.7);
            INSERT INTO event_participants (event_id, entity_id, role) VALUES
                (1, 1, 'agent'), (1, 2, 'participant'), (2, 2, 'agent'), (2, 1, 'participant'),
                (3, 1, 'agent'), (3, 5, 'participant');
            UPDATE events SET cluster_id = 1 WHERE id = 2;
            """)
    }

    @Test func gdeltHasAHeaderAndOneLinePerRealEvent() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try ExportCommandTests.seeded(cli)
        let r = try cli.run(["export", "--format", "gdelt"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == GDELTExport.columns.joined(separator: "\t"))
        #expect(lines.count == 4)   // header, two events, final newline
        let row = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(row.count == GDELTExport.columns.count)
        #expect(row == ["1", "20240217", "Ana \"Ribeiro\"", "", "Karim Bennani", "", "1", "040", "040", "04",
                        "2", "2", "Lisbon", "PT", "38.7167", "-9.1333", "https://news.example/one"])
        let other = lines[2].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(other[0] == "3" && other[1] == "20240219" && other[16] == "two.txt")
    }

    @Test func dotIsAGraphOfRealMeetings() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try ExportCommandTests.seeded(cli)
        let r = try cli.run(["export", "--format", "dot"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("graph meetings {"))
        // Two reports of the Lisbon meeting are one meeting; Ribeiro met two people.
        #expect(r.stdout.contains("n1 -- n2 [label=\"1\""))
        #expect(r.stdout.contains("n1 -- n5 [label=\"1\""))
        #expect(r.stdout.contains("n1 [label=\"Ana \\\"Ribeiro\\\" (2)\""))
        #expect(!r.stdout.contains("n3 ["))   // places are not parties here
        if let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: dot)
            process.arguments = ["-Tsvg"]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(r.stdout.utf8))
            try input.fileHandleForWriting.close()
            let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(svg.contains("<svg"))
        }
    }

    @Test func geojsonMapsEventsAtPlacesWithCoordinates() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try ExportCommandTests.seeded(cli)
        let r = try cli.run(["export", "--format", "geojson"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(features.count == 1)   // the meeting without a place has no point
        let geometry = try #require(features.first?["geometry"] as? [String: Any])
        #expect(geometry["coordinates"] as? [Double] == [-9.1333, 38.7167])
        let properties = try #require(features.first?["properties"] as? [String: Any])
        #expect(properties["articles"] as? Int == 2)
        #expect(properties["country_code"] as? String == "PT")
    }

    @Test func jsonlIsPerRealEventUnlessMentions() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try ExportCommandTests.seeded(cli)
        let events = try cli.run(["export"]).stdout.split(separator: "\n")
        #expect(events.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(events[0].utf8)) as? [String: Any])
        #expect(first["mentions"] as? Int == 2)
        #expect(first["first_reported"] as? String == "2024-02-18")
        #expect(first["last_reported"] as? String == "2024-02-19")
        #expect(try cli.run(["export", "--mentions"]).stdout.split(separator: "\n").count == 3)
        let meetings = try cli.run(["meetings", "--mentions", "--format", "jsonl"]).stdout.split(separator: "\n")
        #expect(meetings.count == 3)
        #expect(try cli.run(["meetings", "--format", "jsonl"]).stdout.split(separator: "\n").count == 2)
        let table = try cli.run(["meetings", "--mentions", "--format", "table"]).stdout
        #expect(table.contains("2 in 2 articles, of #1"))
    }

    @Test func hostileLabelsStayInsideTheirQuotes() {
        #expect(DOTExport.quoted("a\"b\\c\nd\u{7}") == "\"a\\\"b\\\\c d\"")
        #expect(GDELTExport.clean("a\tb\nc\u{2028}d") == "a b c d")
    }

    @Test func emptyDatabaseExportsEmptyDocuments() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        #expect(try cli.run(["init"]).status == 0)
        #expect(try cli.run(["export", "--format", "gdelt"]).stdout == GDELTExport.header())
        #expect(try cli.run(["export", "--format", "geojson"]).stdout == "{\"type\":\"FeatureCollection\",\"features\":[]}\n")
        #expect(try cli.run(["export", "--format", "dot"]).stdout.hasSuffix("}\n"))
    }
}
