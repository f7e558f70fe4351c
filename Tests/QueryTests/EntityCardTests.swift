import EventModel
@testable import Query
import SQLite
import Testing

/// `entity NAME` as a card: the latest events, relations and articles, and totals.
@Suite("entity card")
struct EntityCardTests {
    /// Ana Ribeiro in twelve invented articles: dates out of insertion order, two on the same day,
    /// one month-only, one undated; one event and one relation in each; one event undated.
    /// `portoAsPlace`: Porto is also the location of every third report.
    static func withArchive(portoAsPlace: Bool = false, schemaFiles: Int? = nil,
                            _ body: (KnowledgeBase, _ ribeiro: Int64) throws -> Void) throws {
        let db = try FixtureDatabase(schemaFiles: schemaFiles)
        defer { db.remove() }
        let ribeiro = try db.entity("Ana Ribeiro", .person, aliases: [("Ribeiro", "surname")])
        let porto = try db.entity("Porto", .location, subtype: "city")
        let dates: [String?] = ["2023-05-02", "2021-01-10", "2024-07-30", "2024-07-30", nil, "2022-11",
                                "2020-03-03", "2024-01-15", "2019-09-09", "2023-05-01", "2024-12-31", "2018-06-06"]
        for (i, date) in dates.enumerated() {
            let text = "Ana Ribeiro visited Porto, the city of bridges, on the day of report \(i)."
            let article = try db.article(text, source: "archive-\(i).txt", published: date)
            let s = try db.sentence(text, in: article)
            try db.mention("Ana Ribeiro", of: ribeiro, in: s)
            if i % 3 == 0 { try db.mention("Ribeiro", of: ribeiro, in: s, after: 4) }
            try db.mention("Porto", of: porto, in: s)
            let day = i + 1 < 10 ? "0\(i + 1)" : "\(i + 1)"
            let time: FixtureDatabase.Time? = i == 7 ? nil
                : .init(value: "2020-02-\(day)", mod: nil, text: "that day", start: "2020-02-\(day)", end: "2020-02-\(day)")
            let portoParticipant: [(Int64, Role)] = portoAsPlace && i % 3 == 0 ? [] : [(porto, .patient)]
            try db.event(.visit, trigger: "visited", in: s, participants: [(ribeiro, .agent)] + portoParticipant,
                         location: portoAsPlace && i % 3 != 2 ? porto : nil, time: time)
            if i % 2 == 0 { try db.relation(ribeiro, .memberOf, porto, words: "Ana Ribeiro", in: s) }
        }
        try body(try db.knowledgeBase(), ribeiro)
    }

    static func summary(_ kb: KnowledgeBase, _ id: Int64) throws -> EntitySummary {
        try #require(try kb.entities(name: "ribeiro").first { $0.id == id })
    }

    /// The card's lists are the full profile's, cut to the latest: events by their own date
    /// (undated ones last to be chosen), relations and articles by publication date.
    @Test(arguments: [1, 2, 5, 6, 11, 12, 50])
    func cardIsTheLatestPartOfTheProfile(_ latest: Int) throws {
        try EntityCardTests.withArchive { kb, id in
            let entity = try EntityCardTests.summary(kb, id)
            let full = try kb.profile(of: entity)
            let card = try kb.card(of: entity, latest: latest)
            #expect(card.totals == .init(events: full.events.count, relations: full.relations.count,
                                         articles: full.articles.count))
            #expect(card.totals.events == 12 && card.totals.articles == 12 && card.totals.relations == 6)

            let dated = full.events.filter { $0.date != nil }
            let undated = full.events.filter { $0.date == nil }
            let wantedEvents = latest <= dated.count ? Array(dated.suffix(latest))
                : dated + undated.prefix(latest - dated.count)
            #expect(card.events.map(\.id) == wantedEvents.map(\.id))

            // Newest first by (published, article id), undated last; shown oldest first.
            func newestFirst(_ a: ArticleRef, _ b: ArticleRef) -> Bool {
                switch (a.date, b.date) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.id > b.id
                }
            }
            let articles = full.articles.sorted { newestFirst($0.article, $1.article) }.prefix(latest)
            #expect(Set(card.articles.map(\.article.id)) == Set(articles.map(\.article.id)))
            #expect(card.articles.map(\.article.id) == full.articles.map(\.article.id).filter { id in
                articles.contains { $0.article.id == id } })
            #expect(card.articles.map(\.mentions) == card.articles.map { a in
                full.articles.first { $0.article.id == a.article.id }?.mentions ?? -1 })

            let relations = full.relations.sorted {
                $0.article.id == $1.article.id ? $0.id > $1.id : newestFirst($0.article, $1.article)
            }.prefix(latest)
            #expect(card.relations.map(\.id) == full.relations.map(\.id).filter { id in relations.contains { $0.id == id } })
        }
    }

    /// Walking articles newest first and sorting all rows give the same rows, whichever the card picks.
    @Test(arguments: [1, 3, 7, 12, 40])
    func bothWaysToTheLatestAgree(_ latest: Int) throws {
        try EntityCardTests.withArchive { kb, id in
            let bindings: [(String, SQLiteValue)] = [(":id", .integer(id)), (":limit", .integer(Int64(latest)))]
            let relation = { (row: Statement) in row.int64(0) }
            let walkedRelations = try kb.rows(KnowledgeBase.latestRelationIDsByWalkSQL, bindings, map: relation)
            #expect(walkedRelations == (try kb.rows(KnowledgeBase.latestRelationIDsBySortSQL, bindings, map: relation)))
            #expect(walkedRelations.count == min(latest, 6))
            let article = { (row: Statement) in "\(row.int64(0)) \(row.optionalString(1) ?? "-") \(row.int(4))" }
            let walkedArticles = try kb.rows(KnowledgeBase.latestArticlesByWalkSQL, bindings, map: article)
            #expect(walkedArticles == (try kb.rows(KnowledgeBase.latestArticlesBySortSQL, bindings, map: article)))
            #expect(walkedArticles.count == min(latest, 12))
        }
    }

    /// The latest real events: walking every real event and sorting the entity's own give the
    /// same ids, and so does the statement for databases before schema 9; as participant
    /// (Ribeiro) and as place (Porto is the location of a third of the reports).
    @Test(arguments: [1, 3, 7, 12, 40])
    func bothWaysToTheLatestEventsAgree(_ latest: Int) throws {
        try EntityCardTests.withArchive(portoAsPlace: true) { kb, ribeiro in
            let porto = try #require(try kb.entities(name: "porto").first?.id)
            for (id, total) in [(ribeiro, 12), (porto, 12)] {
                let bindings: [(String, SQLiteValue)] = [(":id", .integer(id)), (":limit", .integer(Int64(latest)))]
                let walked = try kb.rows(KnowledgeBase.latestEventIDsByWalkSQL, bindings) { $0.int64(0) }
                #expect(walked.count == min(latest, total))
                #expect(walked == (try kb.rows(KnowledgeBase.latestEventIDsBySortSQL, bindings) { $0.int64(0) }))
                #expect(walked == (try kb.rows(KnowledgeBase.latestEventIDsBeforeSchema9SQL, bindings) { $0.int64(0) }))
                #expect(try kb.rows(KnowledgeBase.eventCountSQL, [bindings[0]]) { $0.int(0) } == [total])
            }
        }
    }

    /// A database stored before schema 9 (no participant clusters) gives the same card.
    @Test func aCardFromADatabaseBeforeSchema9IsTheSame() throws {
        var cards: [EntityProfile] = []
        for files in [8, 9] {
            try EntityCardTests.withArchive(portoAsPlace: true, schemaFiles: files) { kb, id in
                cards.append(try kb.card(of: try EntityCardTests.summary(kb, id), latest: 4))
            }
        }
        #expect(cards.count == 2 && cards[0] == cards[1] && cards[0].events.count == 4)
    }

    /// A report moved into another report's real event (as the deduplicator does) takes its
    /// participants along: the entity's real events are counted and listed by cluster.
    @Test func participantsFollowTheirReportIntoAnotherRealEvent() throws {
        let db = try FixtureDatabase()
        defer { db.remove() }
        let mira = try db.entity("Mira Okafor", .person)
        let lagos = try db.entity("Lagos", .location, subtype: "city")
        var reports: [Int64] = []
        for (i, date) in ["2022-04-01", "2022-04-02", "2022-04-03"].enumerated() {
            let text = "Mira Okafor toured the harbour of Lagos in report \(i)."
            let s = try db.sentence(text, in: try db.article(text, source: "tour-\(i).txt", published: date))
            reports.append(try db.event(.visit, trigger: "toured", in: s, participants: [(mira, .agent)], location: lagos,
                                        time: .init(value: date, mod: nil, text: "that day", start: date, end: date)))
        }
        try db.connection.execute("UPDATE events SET cluster_id = \(reports[0]) WHERE id = \(reports[2])")
        #expect(try db.connection.prepare("SELECT cluster_id FROM event_participants WHERE event_id = \(reports[2])")
            .rows { $0.int64(0) } == [reports[0]])
        let kb = try db.knowledgeBase()
        for id in [mira, lagos] {
            let (ids, total) = try kb.latestEventIDs(entityID: id, limit: 5)
            #expect(total == 2)
            #expect(ids == [reports[1], reports[0]])
        }
    }

    @Test func theWalkIsChosenWhenTheEntityIsInManyArticles() {
        #expect(KnowledgeBase.prefersWalk(count: 20_000, limit: 20, articles: 100_000))
        #expect(!KnowledgeBase.prefersWalk(count: 300, limit: 20, articles: 100_000))
        // measured costs: a walked article ~0.4 µs, a sorted item ~3.5 µs, so the walk wins from ~480
        #expect(KnowledgeBase.prefersWalk(count: 1_000, limit: 20, articles: 100_000))
        #expect(!KnowledgeBase.prefersWalk(count: 400, limit: 20, articles: 100_000))
        #expect(!KnowledgeBase.prefersWalk(count: 0, limit: 20, articles: 0))
    }

    @Test func unknownAndAmbiguousNamesAsBefore() throws {
        try withWorld { kb, w in
            #expect(try kb.entity(named: "nobody-by-this-name", latest: 5) == .none)
            guard case .ambiguous(let candidates) = try kb.entity(named: "ali", latest: 5) else {
                Issue.record("ali should be ambiguous")
                return
            }
            #expect(Set(candidates.map(\.id)) == [w.aliHassan, w.aliReza])
            guard case .found(let card) = try kb.entity(named: "qaani", latest: 2),
                  case .found(let full) = try kb.entity(named: "qaani") else {
                Issue.record("qaani not found")
                return
            }
            #expect(card.events.map(\.id) == Array(full.events.map(\.id).suffix(2)))
            #expect(card.totals.events == full.events.count && full.totals.events == 4)
            #expect(card.aliases == full.aliases && card.roles == full.roles)
        }
    }

    @Test func cardStatementsUseIndexes() throws {
        try EntityCardTests.withArchive { kb, _ in
            let id: [(String, SQLiteValue)] = [(":id", .integer(1))]
            let limited = id + [(":limit", .integer(3))]
            let ids: [(String, SQLiteValue)] = [(":ids", .text("[1,2]"))]
            for (sql, bindings) in [(KnowledgeBase.latestEventIDsBySortSQL, limited), (KnowledgeBase.eventCountSQL, id),
                                    (KnowledgeBase.latestEventIDsBeforeSchema9SQL, limited), (KnowledgeBase.latestRelationIDsBySortSQL, limited),
                                    (KnowledgeBase.latestArticlesBySortSQL, limited), (KnowledgeBase.relationCountSQL, id),
                                    (KnowledgeBase.articleCountSQL, id), (KnowledgeBase.eventsByIDsSQL, ids),
                                    (KnowledgeBase.relationsByIDsSQL, ids), (KnowledgeBase.storedCountsSQL, id)] {
                let plan = try kb.queryPlan(sql, bindings)
                #expect(QueryPlanTests.fullScans(plan).isEmpty, "\(sql): \(plan)")
            }
        }
    }
}
