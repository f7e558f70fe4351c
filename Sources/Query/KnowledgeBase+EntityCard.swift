import SQLite

/// `entity NAME` as a card: the entity's most recent events, relations and articles, at most
/// `latest` of each, with how many there are in all.
///
/// Why: a much-reported entity has thousands of each (at 102,048 articles the United Kingdom has
/// 30,816 articles, 23,280 relations and 2,940 real events: 18 MB of JSON and most of a second of
/// CPU), more than anyone reads; its card is 28 KB, and says what was left out. Each list is chosen newest first and shown in the order of the full profile (oldest first).
///
/// Relations and articles are "most recent" by their article's publication date. For an entity in
/// many articles the newest are found by walking the `articles_published` index from the end
/// (it stops after about `latest × articles ÷ count` articles); for a rare one by sorting its own
/// few rows. Both give the same rows; `prefersWalk` picks the cheaper.
extension KnowledgeBase {
    /// The ids of the `:limit` latest real events of entity `:id` (by event time, undated last),
    /// each row with the number of its real events in all (a window count,
    /// <https://www.sqlite.org/windowfunctions.html>). For a database before schema 9, which has
    /// no `event_participants.cluster_id`: each report's row is read for its cluster.
    public static let latestEventIDsBeforeSchema9SQL = """
        SELECT r.id, count(*) OVER () FROM events r
        WHERE r.id IN (SELECT e.cluster_id FROM events e WHERE \(eventsInvolvingCondition))
        ORDER BY r.time_start DESC, r.time_end DESC, r.id DESC
        LIMIT :limit
        """

    /// The real events (clusters) of the entities `match` picks (`= :id`, `IN subject_ids`), as
    /// participant of any report or as the place of one: ranges of two indexes (Schema/009), no
    /// report row read.
    static func realEventsSQL(ofEntities match: String) -> String {
        """
        SELECT cluster_id FROM event_participants WHERE entity_id \(match)
        UNION
        SELECT cluster_id FROM events WHERE location_id \(match)
        """
    }

    /// The real events of entity `:id`.
    static let entityClustersSQL = realEventsSQL(ofEntities: "= :id")

    /// How many real events entity `:id` has.
    public static let eventCountSQL = "SELECT count(*) FROM (\(entityClustersSQL))"

    /// The `:limit` latest real events of entity `:id` (by event time, undated last), sorting
    /// all of them.
    public static let latestEventIDsBySortSQL = """
        SELECT r.id FROM events r
        WHERE r.id IN (\(entityClustersSQL))
        ORDER BY r.time_start DESC, r.time_end DESC, r.id DESC
        LIMIT :limit
        """

    /// The same rows, walking every real event newest first (`events_real_time`, Schema/009)
    /// and keeping those of entity `:id`: one probe of an index each.
    public static let latestEventIDsByWalkSQL = """
        SELECT r.id FROM events r INDEXED BY events_real_time
        WHERE r.id = r.cluster_id
          AND (EXISTS (SELECT 1 FROM event_participants p WHERE p.entity_id = :id AND p.cluster_id = r.id)
               OR EXISTS (SELECT 1 FROM events v WHERE v.location_id = :id AND v.cluster_id = r.id))
        ORDER BY r.time_start DESC, r.time_end DESC, r.id DESC
        LIMIT :limit
        """

    /// About how many reports there are, an upper bound on the real events (ids are never
    /// reused downwards): O(log n).
    public static let eventSpanSQL = "SELECT coalesce(max(id), 0) FROM events"

    /// The events whose ids are in the JSON array `:ids`, in `timeline` order.
    public static let eventsByIDsSQL = EventQuery.select
        + "\nWHERE e.id IN (SELECT value FROM json_each(:ids))\n" + EventQuery.order

    /// Relations of entity `:id`, and articles mentioning it: how many.
    public static let relationCountSQL = "SELECT count(*) FROM relations WHERE subject_id = :id OR object_id = :id"
    public static let articleCountSQL = "SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = :id"
    /// Both, as the writer keeps them (Schema/010): one row read instead of two index ranges.
    public static let storedCountsSQL = "SELECT relations, articles FROM entity_counts WHERE entity_id = :id"
    /// About how many articles there are (ids are never reused downwards): O(log n), unlike count(*).
    public static let articleSpanSQL = "SELECT coalesce(max(id), 0) FROM articles"

    /// The `:limit` latest relations of entity `:id`, sorting all of them by publication date.
    public static let latestRelationIDsBySortSQL = """
        SELECT x.id FROM relations x JOIN articles xa ON xa.id = x.article_id
        WHERE x.subject_id = :id OR x.object_id = :id
        ORDER BY xa.published DESC, xa.id DESC, x.id DESC
        LIMIT :limit
        """

    /// The same rows, walking articles newest first. (`DESC` puts undated ones last: NULL sorts
    /// first ascending, <https://www.sqlite.org/datatype3.html#sort_order>.)
    public static let latestRelationIDsByWalkSQL = """
        SELECT x.id FROM articles xa INDEXED BY articles_published
        CROSS JOIN relations x ON x.article_id = xa.id
        WHERE x.subject_id = :id OR x.object_id = :id
        ORDER BY xa.published DESC, xa.id DESC, x.id DESC
        LIMIT :limit
        """

    /// Relations whose ids are in the JSON array `:ids`, in `relations` order.
    public static let relationsByIDsSQL = relationsSQL + "\nWHERE r.id IN (SELECT value FROM json_each(:ids))\n"
        + relationsOrder

    /// The `:limit` latest articles mentioning entity `:id`, with its mentions in each, shown oldest
    /// first: sorting all of them.
    public static let latestArticlesBySortSQL = """
        SELECT * FROM (
            SELECT a.id, a.published, a.title, a.source, c.mentions
            FROM (SELECT article_id, count(*) AS mentions FROM mentions WHERE entity_id = :id GROUP BY article_id) c
            JOIN articles a ON a.id = c.article_id
            ORDER BY a.published DESC, a.id DESC
            LIMIT :limit)
        ORDER BY published IS NULL, published, id
        """

    /// The same rows, walking articles newest first.
    public static let latestArticlesByWalkSQL = """
        SELECT * FROM (
            SELECT a.id, a.published, a.title, a.source,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = :id AND m.article_id = a.id) AS mentions
            FROM articles a INDEXED BY articles_published
            WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = :id AND m.article_id = a.id)
            ORDER BY a.published DESC, a.id DESC
            LIMIT :limit)
        ORDER BY published IS NULL, published, id
        """

    /// Whether walking `articles` newest first finds `limit` of an entity's `count` items sooner
    /// than sorting all of them: the walk reads about limit × articles ÷ count articles, the sort
    /// all `count` rows (and an article lookup for each).
    ///
    /// The two steps do not cost the same: measured at 102,048 articles (each statement in a fresh
    /// connection, the file in the OS cache), a walked article is an index probe, about 0.4 µs
    /// (0.55 for relations), and a sorted item reads its article's row for the date, about 3.5 µs
    /// (5 for relations). So the walk wins once count × 3.5 > 0.4 × limit × articles ÷ count,
    /// about count² × 9 > limit × articles: from about 480 items at 102,048 articles, not 1,430
    /// (Germany's 4,416 articles and 1,296 relations: 18 + 7.5 ms sorted, 1.0 + 1.7 ms walked).
    static func prefersWalk(count: Int, limit: Int, articles: Int) -> Bool {
        count > 0 && count * count * 9 > limit * articles
    }

    /// The card of `entity`: aliases and roles in full, at most `latest` events, relations and
    /// articles (the most recent ones), and `totals` of each.
    public func card(of entity: EntitySummary, latest: Int) throws -> EntityProfile {
        let limit = max(0, latest)
        let id: [(String, SQLiteValue)] = [(":id", .integer(entity.id))]
        let limited = id + [(":limit", .integer(Int64(limit)))]
        let aliases = try rows(KnowledgeBase.aliasesSQL, id) { AliasRecord(alias: $0.string(0), reason: $0.optionalString(1)) }

        let (eventIDs, eventTotal) = try latestEventIDs(entityID: entity.id, limit: limit)
        let events = eventIDs.isEmpty ? [] : try eventsByIDs(eventIDs)

        let span = try rows(KnowledgeBase.articleSpanSQL) { $0.int(0) }.first ?? 0
        let (relationTotal, articleTotal) = try relationAndArticleCounts(entityID: entity.id)
        let relationIDs = try rows(KnowledgeBase.prefersWalk(count: relationTotal, limit: limit, articles: span)
                                   ? KnowledgeBase.latestRelationIDsByWalkSQL : KnowledgeBase.latestRelationIDsBySortSQL,
                                   limited) { $0.int64(0) }
        let relations = relationIDs.isEmpty ? [] : try rows(KnowledgeBase.relationsByIDsSQL, [(":ids", .text(KnowledgeBase.jsonIDs(relationIDs)))],
                                                            map: KnowledgeBase.relation)

        let articles = try rows(KnowledgeBase.prefersWalk(count: articleTotal, limit: limit, articles: span)
                                ? KnowledgeBase.latestArticlesByWalkSQL : KnowledgeBase.latestArticlesBySortSQL, limited) {
            ArticleMentions(article: $0.articleRef(at: 0), mentions: $0.int(4))
        }

        var card = EntityProfile(entity: entity, aliases: aliases, relations: relations, events: events, articles: articles)
        card.roles = try roles(entityID: entity.id)
        card.totals = EntityProfile.Totals(events: eventTotal, relations: relationTotal, articles: articleTotal)
        return card
    }

    /// How many relations and articles entity `id` has: stored counts from schema 10 on, else counted.
    func relationAndArticleCounts(entityID: Int64) throws -> (relations: Int, articles: Int) {
        let id: [(String, SQLiteValue)] = [(":id", .integer(entityID))]
        if schemaVersion >= 10 {
            return try rows(KnowledgeBase.storedCountsSQL, id) { ($0.int(0), $0.int(1)) }.first ?? (0, 0)
        }
        let relations = try rows(KnowledgeBase.relationCountSQL, id) { $0.int(0) }.first ?? 0
        let articles = try rows(KnowledgeBase.articleCountSQL, id) { $0.int(0) }.first ?? 0
        return (relations, articles)
    }

    /// The ids of the `limit` latest real events of an entity, and how many it has.
    ///
    /// Walking every real event newest first reads about limit × reports ÷ count of them (an
    /// index probe each, about 1.3 µs measured at 102,048 articles), sorting reads each of the
    /// entity's `count` (about 2.4 µs): Tony Blair's 7,709 took 0.6 ms walked and 18 ms sorted,
    /// London's 211 took 5.5 ms walked and 1.6 ms sorted. The number of reports stands in for the
    /// number of real events, which it bounds, so a doubtful case sorts.
    func latestEventIDs(entityID: Int64, limit: Int) throws -> (ids: [Int64], total: Int) {
        let limited: [(String, SQLiteValue)] = [(":id", .integer(entityID)), (":limit", .integer(Int64(limit)))]
        guard schemaVersion >= 9 else {
            var total = 0
            let ids = try rows(KnowledgeBase.latestEventIDsBeforeSchema9SQL, limited) { row -> Int64 in
                total = row.int(1)
                return row.int64(0)
            }
            return (ids, total)
        }
        let total = try rows(KnowledgeBase.eventCountSQL, [limited[0]]) { $0.int(0) }.first ?? 0
        guard total > 0, limit > 0 else { return ([], total) }
        let reports = try rows(KnowledgeBase.eventSpanSQL) { $0.int(0) }.first ?? 0
        let walk = total * total * 2 > limit * reports
        let ids = try rows(walk ? KnowledgeBase.latestEventIDsByWalkSQL : KnowledgeBase.latestEventIDsBySortSQL, limited) {
            $0.int64(0)
        }
        return (ids, total)
    }

    func eventsByIDs(_ ids: [Int64]) throws -> [EventRecord] {
        let statement = try connection.cachedStatement(KnowledgeBase.eventsByIDsSQL)
        try statement.bind(KnowledgeBase.jsonIDs(ids), named: ":ids")
        return try EventQuery.read(statement)
    }

    /// `[3,1,2]`: ids as one bound JSON array for `json_each`.
    static func jsonIDs(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
