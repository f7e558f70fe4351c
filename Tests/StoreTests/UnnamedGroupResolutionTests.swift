import EventModel
import Testing
import SQLite
@testable import Store

/// An unnamed group (`organization`, subtype `group`: "the government", "union leaders") stands
/// for whoever its article means, so it is never joined across articles; a named organisation
/// never joins such a group either. Named entities keep joining as before.
@Suite struct UnnamedGroupResolutionTests {
    let store: Store
    var db: Connection { store.connection }

    init() throws {
        store = try Store(connection: Connection(path: ":memory:"))
    }

    private func rows() throws -> [String] {
        try db.rows("SELECT name || ':' || coalesce(subtype, '-') || ':' || name_key FROM entities ORDER BY id") { $0.string(0) }
    }

    @Test func theSameGroupWordInTwoArticlesIsTwoEntities() throws {
        for (i, text) in ["The government raised taxes.", "The government cut taxes."].enumerated() {
            _ = try store.write(Samples.single("government", .organization, subtype: "group", sentence: text, source: "\(i).txt"))
        }
        let found = try rows()
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.hasPrefix("government:group:government #") })
        // Both still answer to the name.
        #expect(try db.firstRow("SELECT count(DISTINCT entity_id) FROM entity_aliases WHERE alias_key = 'government'") { $0.int(0) } == 2)
    }

    @Test func anUnnamedPersonIsNotJoinedEither() throws {
        for (i, text) in ["The minister resigned.", "The minister was reappointed."].enumerated() {
            _ = try store.write(Samples.single("minister", .person, subtype: "group", sentence: text, source: "\(i).txt"))
        }
        #expect(try rows().count == 2)
    }

    @Test func aNamedOrganisationDoesNotJoinAGroup() throws {
        _ = try store.write(Samples.single("firms", .organization, subtype: "group", sentence: "Local firms protested.", source: "a.txt"))
        _ = try store.write(Samples.single("Firms", .organization, sentence: "Firms is a trade magazine.", source: "b.txt"))
        let found = try rows()
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("Firms:-:") })
    }

    @Test func namedOrganisationsStillJoin() throws {
        _ = try store.write(Samples.single("Corvane Motors", .organization, subtype: "company", sentence: "Corvane Motors grew.", source: "a.txt"))
        _ = try store.write(Samples.single("Corvane Motors", .organization, subtype: "company", sentence: "Corvane Motors shrank.", source: "b.txt"))
        #expect(try rows() == ["Corvane Motors:company:corvane motors"])
    }
}
