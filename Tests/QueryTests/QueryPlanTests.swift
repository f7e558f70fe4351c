import Query
import SQLite
import Testing

/// Every canned question reaches events, mentions and event_participants through an index:
/// `EXPLAIN QUERY PLAN` (<https://www.sqlite.org/eqp.html>) shows no `SCAN` of them (under their
/// own names or the aliases the statements give them). Two questions read everything by nature
/// and are not listed: `events`/`export` without a filter, and `stats` (counts).
@Suite("query plans")
struct QueryPlanTests {
    /// Table names and the aliases the statements use for those three tables.
    static let guarded: Set<String> = ["events", "mentions", "event_participants", "e", "v", "p", "pp", "p1", "p2", "m"]

    static func fullScans(_ plan: [String]) -> [String] {
        plan.filter { step in
            guard step.hasPrefix("SCAN ") else { return false }
            let name = step.dropFirst(5).split(separator: " ").first.map(String.init) ?? ""
            return guarded.contains(name)
        }
    }

    static func statements() throws -> [(String, String, [(String, SQLiteValue)])] {
        let year = try DateRange(iso: "2024")
        let filters: [(String, EventFilter, Bool)] = [
            ("meetings", EventFilter(modalities: ["asserted", "planned"]), true),
            ("meetings --modality all", EventFilter(), true),
            ("meetings --who", EventFilter(modalities: ["asserted"], who: "qaani"), true),
            ("meetings --with", EventFilter(with: "qaani"), true),
            ("meetings --who --with", EventFilter(who: "qaani", with: "kataib"), true),
            ("meetings --where", EventFilter(place: "baghdad"), true),
            ("meetings --from", EventFilter(from: year), true),
            ("meetings --to", EventFilter(to: year), true),
            ("meetings --from --to", EventFilter(from: year, to: year), true),
            ("meetings --from --to --mentions", EventFilter(from: year, to: year, eachMention: true), true),
            ("events --type", EventFilter(types: ["kill"]), false),
            ("events --actor", EventFilter(who: "qaani"), false),
            ("events --where", EventFilter(place: "baghdad"), false),
            ("events --from", EventFilter(from: year), false),
            ("events --to", EventFilter(to: year), false),
            ("events --from --to", EventFilter(from: year, to: year), false),
            ("events --type --where --from", EventFilter(types: ["meet"], place: "rabat", from: year), false),
            ("timeline", EventFilter(involving: "qaani"), false),
        ]
        var result: [(String, String, [(String, SQLiteValue)])] = filters.map { name, filter, meetings in
            let (sql, bindings) = EventQuery.statement(for: filter, meetingsOnly: meetings)
            return (name, sql, bindings)
        }
        let id: [(String, SQLiteValue)] = [(":id", .integer(1))]
        result += [
            ("explain (event)", EventQuery.byIDSQL, id),
            ("explain (arguments)", KnowledgeBase.argumentMentionsSQL, id),
            ("entity (events)", KnowledgeBase.entityEventsSQL, id),
            ("entity (relations)", KnowledgeBase.entityRelationsSQL, id),
            ("entity (aliases)", KnowledgeBase.aliasesSQL, id),
            ("entity (articles)", KnowledgeBase.entityArticlesSQL, id),
            ("search", KnowledgeBase.searchSQL, [(":query", .text("\"qaani\"")), (":open", .text("[")),
                                                 (":close", .text("]")), (":limit", .integer(5))]),
            ("search (recent window)", KnowledgeBase.recentSearchSQL,
             [(":query", .text("\"qaani\"")), (":open", .text("[")), (":close", .text("]")), (":limit", .integer(5)),
              (":window", .integer(500))]),
        ]
        for eachMention in [false, true] {
            let (sql, bindings) = KnowledgeBase.latestTimelineStatement("qaani", eachMention: eachMention, limit: 100)
            result.append(("timeline (latest\(eachMention ? ", --mentions" : ""))", sql, bindings))
        }
        for (name, type, entity) in [("entities", nil, nil), ("entities --type", "person", nil),
                                     ("entities --name", nil, "qaani")] as [(String, String?, String?)] {
            let (sql, bindings) = KnowledgeBase.entitiesStatement(type: type, name: entity)
            result.append((name, sql, bindings))
        }
        for (name, entity, predicate) in [("relations", nil, nil), ("relations --entity", "baghdad", nil),
                                          ("relations --type", nil, "located_in")] as [(String, String?, String?)] {
            let (sql, bindings) = KnowledgeBase.relationsStatement(entity: entity, predicate: predicate)
            result.append((name, sql, bindings))
        }
        return result
    }

    @Test func noFullScanOfEventsMentionsOrParticipants() throws {
        try withWorld { (kb, _) throws in
            for (name, sql, bindings) in try QueryPlanTests.statements() {
                let plan = try kb.queryPlan(sql, bindings)
                #expect(!plan.isEmpty, "\(name)")
                #expect(QueryPlanTests.fullScans(plan).isEmpty, "\(name): \(plan)")
            }
        }
    }

    /// The check itself can fail: an unfiltered listing does scan.
    @Test func theCheckSeesAScan() throws {
        try withWorld { (kb, _) throws in
            let (sql, bindings) = EventQuery.statement(for: EventFilter())
            #expect(!QueryPlanTests.fullScans(try kb.queryPlan(sql, bindings)).isEmpty)
            #expect(!QueryPlanTests.fullScans(try kb.queryPlan(KnowledgeBase.countsSQL)).isEmpty)
        }
    }
}
