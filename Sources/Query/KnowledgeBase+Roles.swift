import SQLite

/// A title or role a person was given (`foreign minister`, field `public`) and the first
/// article that gave it: the evidence that keeps namesakes apart (Schema/004 `entity_roles`).
public struct RoleRecord: Sendable, Hashable {
    public var role: String
    public var field: String
    public var articleID: Int64
}

extension KnowledgeBase {
    public static let rolesSQL = """
        SELECT role, field, article_id FROM entity_roles WHERE entity_id = :id ORDER BY article_id, role
        """

    /// The titles and roles of one person, in the order articles gave them.
    public func roles(entityID: Int64) throws -> [RoleRecord] {
        try rows(KnowledgeBase.rolesSQL, [(":id", .integer(entityID))]) {
            RoleRecord(role: $0.string(0), field: $0.string(1), articleID: $0.int64(2))
        }
    }
}
