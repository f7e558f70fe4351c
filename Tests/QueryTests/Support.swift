import Foundation
import Query

/// Opens a fresh fixture world, runs `body` on its read-only knowledge base, removes it.
func withWorld(_ body: (KnowledgeBase, World) throws -> Void) throws {
    let db = try FixtureDatabase()
    defer { db.remove() }
    let world = try World(db)
    let kb = try db.knowledgeBase()
    try body(kb, world)
}

extension Array where Element == EventRecord {
    var ids: [Int64] { map(\.id) }
}
