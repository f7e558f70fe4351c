import EventModel
import SQLite

extension KnowledgeBase {
    /// `relations`: subject, predicate, object, the words and sentence stating it, the article.
    /// Filters are appended by `relations(entity:predicate:)`; ordered by publication date, then id.
    public static let relationsSQL = """
        SELECT r.id, r.predicate, r.confidence, r.start, r.end, substr(a.text, r.start + 1, r.end - r.start),
               sj.id, sj.name, sj.type,
               ob.id, ob.name, ob.type,
               a.id, a.published, a.title, a.source,
               s.text, s.start, s.end
        FROM relations r
        JOIN entities sj ON sj.id = r.subject_id
        JOIN entities ob ON ob.id = r.object_id
        JOIN articles a ON a.id = r.article_id
        JOIN sentences s ON s.id = r.sentence_id
        """

    static let relationsOrder = "ORDER BY a.published IS NULL, a.published, r.id"

    /// `--entity N`: the entity is the subject or the object.
    public static let relationEntityCondition = """
        r.id IN (SELECT id FROM relations WHERE subject_id IN entity_ids
                 UNION
                 SELECT id FROM relations WHERE object_id IN entity_ids)
        """

    /// Relations, optionally of an entity (by any alias) and of one predicate.
    public func relations(entity: String? = nil, predicate: String? = nil) throws -> [RelationRecord] {
        let (sql, bindings) = KnowledgeBase.relationsStatement(entity: entity, predicate: predicate)
        return try rows(sql, bindings, map: KnowledgeBase.relation)
    }

    /// The statement of `relations(entity:predicate:)` and its named values.
    public static func relationsStatement(entity: String?, predicate: String?) -> (sql: String, bindings: [(String, SQLiteValue)]) {
        var sql = ""
        var conditions: [String] = []
        var bindings: [(String, SQLiteValue)] = []
        if let entity {
            let match = NameMatch(label: "entity_ids", name: entity)
            sql += "WITH " + match.cte + "\n"
            bindings += match.bindings
            conditions.append(KnowledgeBase.relationEntityCondition)
        }
        if let predicate {
            conditions.append("r.predicate = :predicate")
            bindings.append((":predicate", .text(predicate)))
        }
        sql += KnowledgeBase.relationsSQL
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: " AND ") }
        sql += "\n" + KnowledgeBase.relationsOrder
        return (sql, bindings)
    }

    /// `entity NAME`'s relations: the entity is the subject or the object.
    public static let entityRelationsSQL = relationsSQL + "\nWHERE r.subject_id = :id OR r.object_id = :id\n" + relationsOrder

    func relations(entityID: Int64) throws -> [RelationRecord] {
        try rows(KnowledgeBase.entityRelationsSQL, [(":id", .integer(entityID))], map: KnowledgeBase.relation)
    }

    static func relation(_ row: Statement) -> RelationRecord {
        RelationRecord(
            id: row.int64(0),
            subject: row.entityRef(at: 6) ?? EntityRef(id: 0, name: "", type: ""),
            predicate: row.string(1),
            object: row.entityRef(at: 9) ?? EntityRef(id: 0, name: "", type: ""),
            text: row.string(5),
            span: .init(start: row.int(3), end: row.int(4)),
            evidence: row.evidence(at: 16),
            article: row.articleRef(at: 12),
            confidence: row.double(2))
    }
}
