import EventModel
import Testing
import SQLite
@testable import Store

@Suite struct EntityResolutionTests {
    let store: Store
    var db: Connection { store.connection }

    init() throws {
        store = try Store(connection: Connection(path: ":memory:"))
    }

    private func entities() throws -> [String] {
        try db.rows("SELECT name || ':' || type FROM entities ORDER BY id") { $0.string(0) }
    }

    private func aliases(of name: String) throws -> [String] {
        try db.rows("""
            SELECT a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE e.name = ? ORDER BY a.alias
            """, name) { $0.string(0) }
    }

    @Test func samePersonInTwoArticlesIsOneEntity() throws {
        let first = try store.write(Samples.meeting(source: "a.txt"))
        let second = try store.write(Samples.meeting(source: "b.txt", extra: " Reyes left."))
        guard case .inserted(_, let counts) = second else {
            Issue.record("second article should insert")
            return
        }
        #expect(first.articleID != second.articleID)
        #expect(counts.entities == 5)
        #expect(counts.newEntities == 0)
        #expect(try db.firstRow("SELECT count(*) FROM entities") { $0.int(0) } == 5)
        #expect(try db.firstRow("""
            SELECT count(DISTINCT m.article_id) FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE e.name = 'Tomás Reyes'
            """) { $0.int(0) } == 2)
    }

    @Test func countryCodeJoinsUSAndUnitedStates() throws {
        _ = try store.write(Samples.single("United States", .location, subtype: "country", countryCode: "US",
                                           sentence: "The United States sent aid.", source: "a.txt"))
        _ = try store.write(Samples.single("US", .location, subtype: "country", countryCode: "US",
                                           sentence: "The US sent more aid.", source: "b.txt"))
        #expect(try entities() == ["United States:location"])
        #expect(try aliases(of: "United States") == ["US", "United States"])
        let reason = try db.firstRow("SELECT reason FROM entity_aliases WHERE alias = 'US'") { $0.optionalString(0) }
        #expect(reason == "country code US")
    }

    @Test func mixedCaseNameReplacesCapitals() throws {
        _ = try store.write(Samples.single("ARDENVILLE", .location, subtype: "city",
                                           sentence: "ARDENVILLE was quiet.", source: "a.txt"))
        _ = try store.write(Samples.single("Ardenville", .location, subtype: "city",
                                           sentence: "Ardenville was quiet again.", source: "b.txt"))
        #expect(try entities() == ["Ardenville:location"])
        // Near miss: capitals arriving after the mixed-case name do not replace it.
        _ = try store.write(Samples.single("ARDENVILLE", .location, subtype: "city",
                                           sentence: "ARDENVILLE woke up.", source: "c.txt"))
        #expect(try entities() == ["Ardenville:location"])
    }

    @Test func fullerNameBecomesCanonical() throws {
        _ = try store.write(Samples.single("US", .location, subtype: "country", countryCode: "US",
                                           sentence: "The US sent aid.", source: "a.txt"))
        _ = try store.write(Samples.single("United States", .location, subtype: "country", countryCode: "US",
                                           sentence: "The United States sent more aid.", source: "b.txt"))
        #expect(try entities() == ["United States:location"])
        #expect(try db.firstRow("SELECT name_key FROM entities") { $0.string(0) } == "united states")
        #expect(try aliases(of: "United States") == ["US", "United States"])
    }

    /// Every article's unnamed unions are one group entity; it is called by the bare noun, not by
    /// one article's modifiers (the other article's unions were no public sector unions).
    @Test func unnamedGroupIsCalledByItsBareNoun() throws {
        _ = try store.write(Samples.single("public sector unions", .organization, subtype: "group", aliases: ["unions"],
                                           sentence: "Ann Roe met public sector unions.", source: "a.txt"))
        _ = try store.write(Samples.single("unions", .organization, subtype: "group",
                                           sentence: "Ivo Berg met unions.", source: "b.txt"))
        #expect(try entities() == ["unions:organization"])
        #expect(try aliases(of: "unions").contains("public sector unions"))
        // A group named with more words later does not take the name back.
        _ = try store.write(Samples.single("car industry unions", .organization, subtype: "group", aliases: ["unions"],
                                           sentence: "Tom Obi met car industry unions.", source: "c.txt"))
        #expect(try entities() == ["unions:organization"])
    }

    @Test func surnameAloneJoinsTheOnePersonWithThatAlias() throws {
        _ = try store.write(Samples.single("Esmail Qaani", aliases: ["Qaani"], sentence: "Esmail Qaani arrived.", source: "a.txt"))
        _ = try store.write(Samples.single("Qaani", sentence: "Qaani left on Sunday.", source: "b.txt"))
        #expect(try entities() == ["Esmail Qaani:person"])
        #expect(try db.firstRow("SELECT count(*) FROM mentions") { $0.int(0) } == 2)
    }

    @Test func fullNameJoinsAnEarlierSurnameOnlyEntity() throws {
        _ = try store.write(Samples.single("Qaani", sentence: "Qaani left on Sunday.", source: "a.txt"))
        _ = try store.write(Samples.single("Esmail Qaani", aliases: ["Qaani"], sentence: "Esmail Qaani arrived.", source: "b.txt"))
        #expect(try entities() == ["Esmail Qaani:person"])
        #expect(try aliases(of: "Esmail Qaani") == ["Esmail Qaani", "Qaani"])
    }

    @Test func twoPeopleSharingASurnameStayApart() throws {
        _ = try store.write(Samples.single("Esmail Qaani", aliases: ["Qaani"], sentence: "Esmail Qaani arrived.", source: "a.txt"))
        _ = try store.write(Samples.single("Ali Qaani", aliases: ["Qaani"], sentence: "Ali Qaani arrived.", source: "b.txt"))
        #expect(try entities() == ["Esmail Qaani:person", "Ali Qaani:person"])
        // A bare surname is now ambiguous: it joins neither.
        _ = try store.write(Samples.single("Qaani", sentence: "Qaani left on Sunday.", source: "c.txt"))
        #expect(try entities() == ["Esmail Qaani:person", "Ali Qaani:person", "Qaani:person"])
    }

    @Test func sameNameDifferentTypeStaysApart() throws {
        _ = try store.write(Samples.single("Jordan", .location, subtype: "country", countryCode: "JO",
                                           sentence: "Troops in Jordan waited.", source: "a.txt"))
        _ = try store.write(Samples.single("Jordan", .person, sentence: "Jordan scored twice.", source: "b.txt"))
        #expect(try entities() == ["Jordan:location", "Jordan:person"])
    }

    @Test func cityDoesNotJoinACountryThatUsedItsNameAsAnAlias() throws {
        _ = try store.write(Samples.single("United States", .location, subtype: "country", aliases: ["Washington"],
                                           countryCode: "US", mentioned: "Washington",
                                           sentence: "Washington warned Tehran.", source: "a.txt"))
        _ = try store.write(Samples.single("Washington", .location, subtype: "city",
                                           sentence: "Rain fell on Washington all week.", source: "b.txt"))
        #expect(try entities() == ["United States:location", "Washington:location"])
    }

    @Test func countryDoesNotJoinACityNamedLikeItsAlias() throws {
        _ = try store.write(Samples.single("Washington", .location, subtype: "city",
                                           sentence: "Rain fell on Washington all week.", source: "a.txt"))
        _ = try store.write(Samples.single("United States", .location, subtype: "country", aliases: ["Washington"],
                                           countryCode: "US", mentioned: "Washington",
                                           sentence: "Washington warned Tehran.", source: "b.txt"))
        #expect(try entities() == ["Washington:location", "United States:location"])
    }

    @Test func accentsAndCaseFoldTogether() throws {
        _ = try store.write(Samples.single("José Álvarez", sentence: "José Álvarez spoke.", source: "a.txt"))
        _ = try store.write(Samples.single("JOSE ALVAREZ", sentence: "JOSE ALVAREZ spoke again.", source: "b.txt"))
        #expect(try entities() == ["José Álvarez:person"])
    }

    @Test func twoDocumentEntitiesResolvingToOneRowKeepOneParticipant() throws {
        var b = DocumentBuilder(source: "dup.txt", text: "The US and the United States met Iran.")
        b.sentences(["The US and the United States met Iran."])
        let us1 = b.entity("US", .location, subtype: "country", countryCode: "US")
        let us2 = b.entity("United States", .location, subtype: "country", countryCode: "US")
        let iran = b.entity("Iran", .location, subtype: "country", countryCode: "IR")
        b.mention("US", entity: us1)
        b.mention("United States", entity: us2)
        b.mention("Iran", entity: iran)
        b.document.events.append(Event(type: .meet, trigger: "met", triggerSpan: b.span("met"), sentence: 0,
                                       participants: [.init(entity: us1, role: .agent), .init(entity: us2, role: .agent),
                                                      .init(entity: iran, role: .participant)]))
        guard case .inserted(_, let counts) = try store.write(b.document) else {
            Issue.record("should insert")
            return
        }
        #expect(counts.entities == 2)
        #expect(try db.firstRow("SELECT count(*) FROM event_participants") { $0.int(0) } == 2)
        #expect(try entities() == ["United States:location", "Iran:location"])
    }
}
