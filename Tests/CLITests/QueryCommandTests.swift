import Foundation
import SQLite
import Testing

/// The query commands run as a user runs them: exit statuses, messages, empty answers, and
/// answers from a database that `eventkb init` created and a few rows written by SQL.
@Suite("query commands")
struct QueryCommandTests {
    /// `eventkb init`, then one article with a meeting written by hand.
    static func seeded(_ cli: EventKBProcess) throws {
        #expect(try cli.run(["init"]).status == 0)
        let db = try Connection(path: cli.db)
        let text = " date 2024-02-18 Ana Ribeiro met Karim Bennani in Lisbon, \"frankly\"."
        try db.run("""
            INSERT INTO articles (id, source, published, content_hash, text, extractor_version)
            VALUES (1, 'lisbon.txt', '2024-02-18', 'h1', ?, 'test')
            """, text)
        try db.run("INSERT INTO sentences (id, article_id, idx, start, end, text) VALUES (1, 1, 0, 17, 68, ?)",
                   "Ana Ribeiro met Karim Bennani in Lisbon, \"frankly\".")
        try db.execute("""
            INSERT INTO entities (id, name, type, name_key) VALUES
                (1, 'Ana Ribeiro', 'person', 'ana ribeiro'), (2, 'Karim Bennani', 'person', 'karim bennani'),
                (3, 'Lisbon', 'location', 'lisbon');
            INSERT INTO entity_aliases (entity_id, alias, alias_key, reason) VALUES
                (1, 'Ana Ribeiro', 'ana ribeiro', NULL), (1, 'Ribeiro', 'ribeiro', 'surname'),
                (2, 'Karim Bennani', 'karim bennani', NULL), (3, 'Lisbon', 'lisbon', NULL);
            INSERT INTO mentions (article_id, sentence_id, entity_id, start, end, text) VALUES
                (1, 1, 1, 17, 28, 'Ana Ribeiro'), (1, 1, 2, 33, 46, 'Karim Bennani'), (1, 1, 3, 50, 56, 'Lisbon');
            INSERT INTO events (id, article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end,
                                location_id, time_value, time_text, time_start, time_end, confidence)
            VALUES (1, 1, 1, 'meet', '040', 'asserted', 'met', 29, 32, 3, '2024-02-18', 'date', '2024-02-18',
                    '2024-02-18', 0.9);
            INSERT INTO event_participants (event_id, entity_id, role) VALUES (1, 1, 'agent'), (1, 2, 'participant');
            """)
    }

    static func json(_ r: EventKBProcess.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8), options: [.fragmentsAllowed])
    }

    /// `timeline --limit N` keeps the latest N and says on standard error how many there are;
    /// `--all` lists every one; `search --all` ranks every match (here the same answer).
    @Test func timelineLimitAndSearchAll() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try QueryCommandTests.seeded(cli)
        let db = try Connection(path: cli.db)
        try db.execute("""
            INSERT INTO events (id, article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end,
                                location_id, time_value, time_text, time_start, time_end, confidence)
            VALUES (2, 1, 1, 'meet', '040', 'asserted', 'met', 29, 32, 3, '2023-05', 'May', '2023-05-01',
                    '2023-05-31', 0.9);
            INSERT INTO event_participants (event_id, entity_id, role) VALUES (2, 1, 'agent');
            """)
        let all = try cli.run(["timeline", "Ribeiro", "--all", "--format", "json"])
        #expect(all.status == 0 && all.stderr.isEmpty)
        let every = try #require(try QueryCommandTests.json(all) as? [[String: Any]])
        #expect(every.compactMap { $0["id"] as? Int } == [2, 1])
        #expect(try cli.run(["timeline", "Ribeiro", "--format", "json"]).stdout == all.stdout)
        let latest = try cli.run(["timeline", "Ribeiro", "--limit", "1", "--format", "json"])
        #expect(latest.status == 0)
        let one = try #require(try QueryCommandTests.json(latest) as? [[String: Any]])
        #expect(one.compactMap { $0["id"] as? Int } == [1])
        #expect(latest.stderr == "eventkb: the latest 1 of 2 events; --all lists every one\n")
        #expect(try cli.run(["timeline", "Ribeiro", "--limit", "0"]).status != 0)
        let search = try cli.run(["search", "frankly", "--all", "--format", "json"])
        #expect(search.status == 0 && search.stderr.isEmpty)
        #expect(search.stdout == (try cli.run(["search", "frankly", "--format", "json"])).stdout)
    }

    @Test func answersFromTheDatabase() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try QueryCommandTests.seeded(cli)
        let who = try cli.run(["meetings", "--who", "RIBEIRO", "--format", "json"])
        #expect(who.status == 0)
        let meetings = try #require(try QueryCommandTests.json(who) as? [[String: Any]])
        #expect(meetings.count == 1)
        #expect((meetings.first?["location"] as? [String: Any])?["name"] as? String == "Lisbon")
        #expect((meetings.first?["evidence"] as? [String: Any])?["start"] as? Int == 17)
        #expect(try cli.run(["meetings", "--from", "2024-02-19", "--format", "json"]).stdout == "[]\n")
        let jsonl = try cli.run(["events", "--format", "jsonl"])
        #expect(jsonl.stdout.split(separator: "\n").count == 1)
        let csv = try cli.run(["entities", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,name,type,subtype,aliases,mentions\r\n"))
        #expect(csv.stdout.contains("1,Ana Ribeiro,person,,Ribeiro,1\r\n"))
        let search = try cli.run(["search", "frankly", "--format", "json"])
        let hits = try #require(try QueryCommandTests.json(search) as? [[String: Any]])
        #expect(hits.first?["highlighted"] as? String == "Ana Ribeiro met Karim Bennani in Lisbon, \"[frankly]\".")
        let explain = try cli.run(["explain", "1", "--format", "json"])
        let x = try #require(try QueryCommandTests.json(explain) as? [[String: Any]])
        #expect(x.first?["marked"] as? String == "{Ana Ribeiro} [met] {Karim Bennani} in {Lisbon}, \"frankly\".")
        let table = try cli.run(["explain", "1", "--format", "table"])
        #expect(table.stdout.contains("{Ana Ribeiro} [met] {Karim Bennani} in {Lisbon}"))
        let stats = try #require(try QueryCommandTests.json(cli.run(["stats", "--format", "json"])) as? [String: Int])
        #expect(stats == ["articles": 1, "sentences": 1, "entities": 3, "mentions": 3, "events": 1, "relations": 0])
        let export = try cli.run(["export", "--format", "csv"])
        #expect(export.status == 0 && export.stdout.split(separator: "\r\n").count == 2)
    }

    /// `entity`: a card of the latest events, relations and articles with "totals"; `--all` the same
    /// here (one of each); the table says "latest N of M" only when something was left out.
    @Test func entityCardSaysHowManyThereAre() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        try QueryCommandTests.seeded(cli)
        for args in [["entity", "ribeiro", "--format", "json"], ["entity", "ribeiro", "--all", "--format", "json"],
                     ["entity", "ribeiro", "--limit", "1", "--format", "json"]] {
            let card = try #require(try QueryCommandTests.json(cli.run(args)) as? [[String: Any]])
            #expect((card.first?["totals"] as? [String: Int]) == ["events": 1, "relations": 0, "articles": 1], "\(args)")
            #expect((card.first?["events"] as? [Any])?.count == 1, "\(args)")
        }
        let table = try cli.run(["entity", "ribeiro", "--format", "table"])
        #expect(table.stdout.contains("\nEvents\n") && !table.stdout.contains("latest"))
        let zero = try cli.run(["entity", "ribeiro", "--limit", "0"])
        #expect(zero.status == 2 && zero.stderr.contains("--limit must be at least 1"))
    }

    @Test func emptyAnswersAreEmptyAndSucceed() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        #expect(try cli.run(["init"]).status == 0)
        for args in [["meetings"], ["meetings", "--who", "nobody-by-this-name"], ["events", "--actor", "x"],
                     ["entities"], ["entity", "nobody"], ["relations"], ["timeline", "nobody"],
                     ["search", "\"unbalanced AND * -"], ["meetings", "--where", "'; DROP TABLE events; --"]] {
            let r = try cli.run(args + ["--format", "json"])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout == "[]\n", "\(args)")
            let csv = try cli.run(args + ["--format", "csv"])
            #expect(csv.status == 0 && csv.stdout.split(separator: "\r\n").count <= 1, "\(args)")
        }
        #expect(try cli.run(["meetings", "--format", "jsonl"]).stdout == "")
    }

    @Test func failuresAndUsageErrors() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let missing = try cli.run(["meetings"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at") && missing.stderr.contains("eventkb init"))
        #expect(!FileManager.default.fileExists(atPath: cli.db), "a query must not create the database")
        #expect(try cli.run(["init"]).status == 0)
        let unknown = try cli.run(["explain", "99"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no event with id 99"))
        for args in [["meetings", "--from", "2024-13"], ["meetings", "--to", "yesterday"], ["events", "--type", "bogus"],
                     ["meetings", "--modality", "maybe"], ["relations", "--type", "friend_of"], ["explain", "x"],
                     ["entities", "--type", "animal"], ["export", "--format", "pdf"]] {
            #expect(try cli.run(args).status == 2, "\(args)")
        }
        let geojson = try cli.run(["export", "--format", "geojson"])
        #expect(geojson.status == 0 && geojson.stdout.contains("FeatureCollection"), "\(geojson.stderr)")
        let db = try Connection(path: cli.db)
        try db.setUserVersion(999)
        let tooNew = try cli.run(["stats"])
        #expect(tooNew.status == 1 && tooNew.stderr.contains("newer"))
    }

    @Test func sqlFlagPrintsAStatementWithoutTouchingTheDatabase() throws {
        let cli = try EventKBProcess()
        defer { cli.cleanUp() }
        let r = try cli.run(["meetings", "--who", "O'Brien", "--from", "2024", "--sql"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("alias_key = 'o''brien'") && r.stdout.contains("e.time_end >= '2024-01-01'"))
        #expect(r.stdout.hasSuffix(";\n"))
        #expect(!FileManager.default.fileExists(atPath: cli.db))
        for args in [["events", "--type", "kill"], ["entities", "--name", "x"], ["relations", "--entity", "x"],
                     ["timeline", "x"], ["search", "x"]] {
            let out = try cli.run(args + ["--sql"])
            #expect(out.status == 0 && (out.stdout.hasPrefix("WITH") || out.stdout.hasPrefix("SELECT")), "\(args)")
        }
    }
}
