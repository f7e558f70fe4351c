import SQLite

extension KnowledgeBase {
    /// Why same-named entities were kept apart at ingest (the reason the Store gave the name
    /// alias of the later one: `kept apart from Kessler (entity 3): striker (sport) here, ...`).
    public static let keptApartSQL = """
        SELECT entity_id, reason FROM entity_aliases
        WHERE entity_id IN (SELECT value FROM json_each(:ids)) AND reason LIKE 'kept apart from %'
        ORDER BY entity_id
        """

    /// For `entity NAME` when the name is ambiguous: which candidates were kept apart and why.
    public func keptApart(_ ids: [Int64]) throws -> [(id: Int64, reason: String)] {
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        return try rows(KnowledgeBase.keptApartSQL, [(":ids", .text(list))]) { ($0.int64(0), $0.string(1)) }
    }
}
