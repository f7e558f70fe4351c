import Query
import SQLite
import Testing

@Suite("search, explain, stats, opening")
struct SearchExplainStatsTests {
    @Test func searchMarksMatches() throws {
        try withWorld { (kb, _) throws in
            let hits = try kb.search("qaani met")
            #expect(hits.count == 1)
            #expect(hits.first?.highlighted == "Esmail [Qaani] [met] Kataib Hezbollah leaders at Baghdad Airport in late January.")
            #expect(hits.first?.snippet.contains("[Qaani]") == true)
            #expect(try kb.search("QAANI").count == 4)
            // accents ignored both ways
            #expect(try kb.search("moratinos").count == 2)
            #expect(try kb.search("Moratinós").count == 2)
        }
    }

    @Test(arguments: ["\"", "\"Iran\"", "strike*", "-", "a AND", "AND", "OR NOT", "NEAR(qaani", "qaani)", "'", "^",
                      ":", "text:qaani", "{qaani}", "\u{0}", "%", "\"\"\"", "*"])
    func searchSyntaxIsData(text: String) throws {
        try withWorld { (kb, _) throws in
            _ = try kb.search(text)
        }
    }

    @Test func searchWordsAreData() throws {
        try withWorld { (kb, _) throws in
            #expect(try kb.search("\"Iran\"").count == 2)
            #expect(try kb.search("strike*").count == 1)   // the word 'strike', not a prefix query
            #expect(try kb.search("   ").isEmpty)
            #expect(try kb.search("zzzz").isEmpty)
            #expect(try kb.search("qaani", limit: 2).count == 2)
        }
    }

    @Test func explainMarksTriggerAndArguments() throws {
        try withWorld { (kb, w) throws in
            let x = try kb.explain(eventID: w.airportMeeting)
            #expect(x.marked == "{Esmail Qaani} [met] {Kataib Hezbollah} leaders at {Baghdad Airport} in late January.")
            #expect(x.arguments.map(\.role) == ["agent", "participant", "location"])
            #expect(x.arguments.first?.span.start == x.event.evidence.start)
            let y = try kb.explain(eventID: w.deniedMeeting)
            #expect(y.marked == "{Ribeiro} [did not meet] {Qaani} in February.")
            #expect(throws: QueryError.noSuchEvent(9999)) { try kb.explain(eventID: 9999) }
        }
    }

    @Test func stats() throws {
        try withWorld { (kb, _) throws in
            let c = try kb.counts()
            #expect(c.articles == 2 && c.sentences == 12 && c.entities == 19 && c.events == 11 && c.relations == 3)
            #expect(c.mentions == 30)
        }
    }

    @Test func openingErrors() throws {
        let db = try FixtureDatabase()
        defer { db.remove() }
        let missing = db.directory.appendingPathComponent("none.sqlite").path
        #expect(throws: QueryError.missingDatabase(path: missing)) { try KnowledgeBase(path: missing) }
        #expect(throws: QueryError.isDirectory(path: db.directory.path)) { try KnowledgeBase(path: db.directory.path) }
        try db.connection.setUserVersion(99)
        #expect(throws: QueryError.schemaTooNew(path: db.path, found: 99, known: FixtureDatabase.schemaFiles.count)) {
            try KnowledgeBase(path: db.path, knownSchema: FixtureDatabase.schemaFiles.count)
        }
        let empty = try FixtureDatabase()
        defer { empty.remove() }
        try empty.connection.setUserVersion(0)
        #expect(throws: QueryError.notInitialized(path: empty.path)) { try KnowledgeBase(path: empty.path) }
        #expect(QueryError.missingDatabase(path: "x").description == "no database at x: run eventkb init and eventkb ingest first")
    }
}
