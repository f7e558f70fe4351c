import EventModel
@testable import Query
import Testing

/// `holdSnapshot`: a command's statements all read the database as it was at its first read,
/// whatever a writer commits meanwhile.
@Suite("read snapshot")
struct SnapshotTests {
    @Test func aHeldSnapshotDoesNotSeeLaterCommits() throws {
        let db = try FixtureDatabase()
        defer { db.remove() }
        _ = try db.article("Lena Ortiz opened the archive.", source: "first.txt", published: "2024-03-01")
        let held = try db.knowledgeBase()
        try held.holdSnapshot()
        let plain = try db.knowledgeBase()
        #expect(try held.counts().articles == 1)
        #expect(try plain.counts().articles == 1)

        _ = try db.article("Lena Ortiz closed the archive.", source: "second.txt", published: "2024-03-02")
        // The plain reader's next statement sees the commit; the held one still reads its snapshot.
        #expect(try plain.counts().articles == 2)
        #expect(try held.counts().articles == 1)
        // Holding twice is harmless, and a new knowledge base sees everything.
        try held.holdSnapshot()
        #expect(try held.counts().articles == 1)
        #expect(try db.knowledgeBase().counts().articles == 2)
    }
}
