import SQLite

extension KnowledgeBase {
    /// `entities`: one row per (entity, alias), the entity's mention count repeated;
    /// most mentioned first, then by name and id. `entitiesStatement(type:name:)` puts the
    /// filters inside `counted`.
    ///
    /// Why a `MATERIALIZED` CTE (<https://www.sqlite.org/lang_with.html#materialization_hints>):
    /// written as a column of the joined rows, the count was taken once per alias, not once per
    /// entity; the United States has 12 aliases and 73,440 mentions at 102,048 articles, so the
    /// lookup behind `entity "United States"` counted 881,280 index entries instead of 73,440.
    public static let entitiesSQL = """
        SELECT n.id, n.name, n.type, n.subtype, n.mention_count, al.alias
        FROM counted n
        LEFT JOIN entity_aliases al ON al.entity_id = n.id AND al.alias <> n.name
        """

    /// The entities to list (those meeting `filter`, a WHERE clause or empty), each counted once:
    /// from `entity_counts` (Schema/010), or, in a database before it, by counting mentions.
    static func countedCTE(_ filter: String, schema: Int) -> String {
        let count = schema >= 10
            ? "coalesce((SELECT c.mentions FROM entity_counts c WHERE c.entity_id = n.id), 0)"
            : "(SELECT count(*) FROM mentions m WHERE m.entity_id = n.id)"
        return """
            counted AS MATERIALIZED (
                SELECT n.id, n.name, n.type, n.subtype,
                       \(count) AS mention_count
                FROM entities n\(filter)
            )
            """
    }

    static let entitiesOrder = "ORDER BY n.mention_count DESC, n.name, n.id, al.alias"

    /// Entities with their aliases and mention counts. `type` keeps one entity type; `name`
    /// keeps entities whose aliases fit it (see `NameMatch`: equal, else containing the words).
    public func entities(type: String? = nil, name: String? = nil) throws -> [EntitySummary] {
        let (sql, bindings) = KnowledgeBase.entitiesStatement(type: type, name: name, schema: schemaVersion)
        return try readEntities(sql, bindings)
    }

    /// The statement of `entities(type:name:)` and its named values.
    /// `schema`: the database's version (the SQL differs before Schema/010); the newest by default.
    public static func entitiesStatement(type: String?, name: String?, schema: Int = newestKnownSchema)
        -> (sql: String, bindings: [(String, SQLiteValue)]) {
        var ctes: [String] = []
        var conditions: [String] = []
        var bindings: [(String, SQLiteValue)] = []
        if let name {
            let match = NameMatch(label: "name_ids", name: name)
            ctes.append(match.cte)
            bindings += match.bindings
            conditions.append("n.id IN name_ids")
        }
        if let type {
            conditions.append("n.type = :type")
            bindings.append((":type", .text(type)))
        }
        let filter = conditions.isEmpty ? "" : "\n    WHERE " + conditions.joined(separator: " AND ")
        ctes.append(countedCTE(filter, schema: schema))
        let sql = "WITH " + ctes.joined(separator: ",\n") + "\n" + entitiesSQL + "\n" + entitiesOrder
        return (sql, bindings)
    }

    func readEntities(_ sql: String, _ bindings: [(String, SQLiteValue)]) throws -> [EntitySummary] {
        var result: [EntitySummary] = []
        let statement = try connection.cachedStatement(sql)
        for (name, value) in bindings { try statement.bind(value, named: name) }
        try statement.forEachRow { row in
            let id = row.int64(0)
            let alias = row.optionalString(5)
            if let last = result.last, last.id == id {
                if let alias { result[result.count - 1].aliases.append(alias) }
                return
            }
            result.append(EntitySummary(id: id, name: row.string(1), type: row.string(2), subtype: row.optionalString(3),
                                        aliases: alias.map { [$0] } ?? [], mentions: row.int(4)))
        }
        return result
    }

    /// Aliases of one entity with the reasons they were linked.
    public static let aliasesSQL = """
        SELECT alias, reason FROM entity_aliases WHERE entity_id = :id ORDER BY alias
        """

    /// The articles that mention one entity, with counts, by publication date then id.
    public static let entityArticlesSQL = """
        SELECT a.id, a.published, a.title, a.source, count(*) AS mention_count
        FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id = :id
        GROUP BY a.id
        ORDER BY a.published IS NULL, a.published, a.id
        """

    /// `entity NAME`: the one entity the name fits, with its aliases (and why), relations,
    /// events in time order and articles.
    ///
    /// When several entities fit, the one with the most mentions is chosen if it has more
    /// than twice as many as any other (`Qaani` among a rarely named namesake); otherwise
    /// the candidates come back as `.ambiguous`, most mentioned first.
    ///
    /// `latest` nil: everything (`profile(of:)`); a number: the card (`card(of:latest:)`), at most
    /// that many of the most recent events, relations and articles.
    public func entity(named name: String, latest: Int? = nil) throws -> EntityLookup {
        let candidates = try entities(name: name)
        guard let first = candidates.first else { return .none }
        if candidates.count > 1 {
            let runnerUp = candidates.dropFirst().map(\.mentions).max() ?? 0
            guard first.mentions > 2 * runnerUp else { return .ambiguous(candidates) }
        }
        if let latest { return .found(try card(of: first, latest: latest)) }
        return .found(try profile(of: first))
    }

    /// Everything stored about `entity`.
    public func profile(of entity: EntitySummary) throws -> EntityProfile {
        let id: [(String, SQLiteValue)] = [(":id", .integer(entity.id))]
        let aliases = try rows(KnowledgeBase.aliasesSQL, id) { AliasRecord(alias: $0.string(0), reason: $0.optionalString(1)) }
        let articles = try rows(KnowledgeBase.entityArticlesSQL, id) {
            ArticleMentions(article: $0.articleRef(at: 0), mentions: $0.int(4))
        }
        let relations = try relations(entityID: entity.id)
        let events = try eventsInvolving(entityID: entity.id)
        var profile = EntityProfile(entity: entity, aliases: aliases, relations: relations, events: events, articles: articles)
        profile.roles = try roles(entityID: entity.id)
        return profile
    }

    /// The events an entity takes part in or that happen there, oldest first.
    public static let eventsInvolvingCondition = """
        e.id IN (SELECT event_id FROM event_participants WHERE entity_id = :id
                 UNION
                 SELECT v.id FROM events v WHERE v.location_id = :id)
        """

    /// `entity NAME`'s events, oldest first, undated last.
    /// One row per real event, as `timeline`.
    public static let entityEventsSQL = EventQuery.select + "\nWHERE " + EventQuery.perEvent([eventsInvolvingCondition])
        + "\n" + EventQuery.order

    func eventsInvolving(entityID: Int64) throws -> [EventRecord] {
        let statement = try connection.cachedStatement(KnowledgeBase.entityEventsSQL)
        try statement.bind(entityID, named: ":id")
        return try EventQuery.read(statement)
    }
}
