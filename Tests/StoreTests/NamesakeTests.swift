import EventModel
import Testing
import SQLite
@testable import Store

/// Two people with one name: kept apart when the articles' evidence differs (roles in different
/// fields, ties to different countries or organisations), joined only when unambiguous.
/// Every article is invented.
@Suite("entity resolution: namesakes") struct NamesakeTests {
    let store: Store
    var db: Connection { store.connection }

    init() throws {
        store = try Store(connection: Connection(path: ":memory:"))
    }

    /// One sentence naming `name`, given `role` (title, field) if any; `tiedTo` adds a
    /// `leader_of` relation to a country (name, code) or an organisation named in the sentence.
    private func article(_ sentence: String, _ name: String, aliases: [String] = [], role: (String, String)? = nil,
                         tiedTo: (name: String, code: String?)? = nil, source: String) -> Document {
        var b = DocumentBuilder(source: source, text: sentence)
        b.sentences([sentence])
        let person = b.entity(name, .person, aliases: aliases)
        if let role { b.document.entities[person].roles = [PersonRole(title: role.0, field: role.1)] }
        b.mention(name, entity: person)
        if let tiedTo {
            let object = tiedTo.code != nil
                ? b.entity(tiedTo.name, .location, subtype: "country", countryCode: tiedTo.code)
                : b.entity(tiedTo.name, .organization)
            b.mention(tiedTo.name, entity: object)
            b.document.relations.append(Relation(subject: person, predicate: .leaderOf, object: object, sentence: 0,
                                                 span: b.span(tiedTo.name)))
        }
        return b.document
    }

    private func people() throws -> [String] {
        try db.rows("SELECT name FROM entities WHERE type = 'person' ORDER BY id") { $0.string(0) }
    }

    private func mentionsPerPerson() throws -> [Int] {
        try db.rows("""
            SELECT count(m.id) FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
            WHERE e.type = 'person' GROUP BY e.id ORDER BY e.id
            """) { $0.int(0) }
    }

    @Test func ministerAndStrikerWithOneSurnameStayApart() throws {
        _ = try store.write(article("Foreign Minister Kessler flew to Vienna.", "Kessler",
                                    role: ("foreign minister", "public"), source: "a.txt"))
        _ = try store.write(article("Striker Kessler scored twice.", "Kessler", role: ("striker", "sport"), source: "b.txt"))
        #expect(try people() == ["Kessler", "Kessler"])
        let reason = try db.firstRow("SELECT reason FROM entity_aliases WHERE entity_id = 2 AND alias = 'Kessler'") {
            $0.optionalString(0)
        }
        #expect(reason == "kept apart from Kessler (entity 1): striker (sport) here, foreign minister (public) there")
        #expect(try db.rows("SELECT entity_id || ':' || role || ':' || field FROM entity_roles ORDER BY entity_id") {
            $0.string(0)
        } == ["1:foreign minister:public", "2:striker:sport"])
    }

    @Test func sameFieldJoinsAndSaysWhy() throws {
        _ = try store.write(article("Foreign Minister Odile Kessler flew to Vienna.", "Odile Kessler", aliases: ["Kessler"],
                                    role: ("foreign minister", "public"), source: "a.txt"))
        _ = try store.write(article("Minister Kessler spoke.", "Kessler", role: ("minister", "public"), source: "b.txt"))
        #expect(try people() == ["Odile Kessler"])
        #expect(try mentionsPerPerson() == [2])
        let reason = try db.firstRow("SELECT reason FROM entity_aliases WHERE alias = 'Kessler'") { $0.optionalString(0) }
        #expect(reason == "alias of Odile Kessler; also foreign minister (public)")
    }

    @Test func differentFirstNamesStayApartAndTheBareSurnameJoinsNeither() throws {
        _ = try store.write(article("Odile Kessler flew to Vienna.", "Odile Kessler", aliases: ["Kessler"], source: "a.txt"))
        _ = try store.write(article("Bruno Kessler scored twice.", "Bruno Kessler", aliases: ["Kessler"], source: "b.txt"))
        _ = try store.write(article("Kessler was not available.", "Kessler", source: "c.txt"))
        #expect(try people() == ["Odile Kessler", "Bruno Kessler", "Kessler"])
        // A third full name does not take over the unsure `Kessler`: the alias is not unique.
        _ = try store.write(article("Ines Kessler arrived.", "Ines Kessler", aliases: ["Kessler"], source: "d.txt"))
        #expect(try people() == ["Odile Kessler", "Bruno Kessler", "Kessler", "Ines Kessler"])
        // Unsure mentions gather in the one `Kessler`, they do not multiply.
        _ = try store.write(article("Kessler declined to comment.", "Kessler", source: "e.txt"))
        #expect(try people() == ["Odile Kessler", "Bruno Kessler", "Kessler", "Ines Kessler"])
        #expect(try mentionsPerPerson() == [1, 1, 2, 1])
    }

    @Test func aRoleFittingSeveralNamesakesJoinsTheOneItAgreesWithInsteadOfMakingAnother() throws {
        // A minister, then a striker of one name; then a second minister is kept apart from the
        // striker only; after a bare mention, ministers keep joining the first minister.
        _ = try store.write(article("Minister Tomas Vell flew to Vienna.", "Tomas Vell", role: ("minister", "public"), source: "a.txt"))
        _ = try store.write(article("Striker Tomas Vell scored twice.", "Tomas Vell", role: ("striker", "sport"), source: "b.txt"))
        _ = try store.write(article("Tomas Vell was not available.", "Tomas Vell", source: "c.txt"))
        for k in 0..<3 {
            _ = try store.write(article("Foreign Minister Tomas Vell spoke \(k).", "Tomas Vell",
                                        role: ("foreign minister", "public"), source: "d\(k).txt"))
        }
        #expect(try people() == ["Tomas Vell", "Tomas Vell", "Tomas Vell"])
        #expect(try mentionsPerPerson() == [4, 1, 1])
    }

    @Test func aFullNamesBucketKeepsGatheringUnsureMentionsAfterItGainsTies() throws {
        // A minister and a striker of one name, then an unsure mention: the bucket. An article tying
        // the name to a country joins the bucket (ties are no evidence for a full name), and the
        // next unsure mention still joins it instead of opening a fourth entity.
        _ = try store.write(article("Minister Tomas Vell flew to Vienna.", "Tomas Vell", role: ("minister", "public"), source: "a.txt"))
        _ = try store.write(article("Striker Tomas Vell scored twice.", "Tomas Vell", role: ("striker", "sport"), source: "b.txt"))
        _ = try store.write(article("Tomas Vell was not available.", "Tomas Vell", source: "c.txt"))
        _ = try store.write(article("Norland's Tomas Vell spoke.", "Tomas Vell", tiedTo: ("Norland", "NL"), source: "d.txt"))
        _ = try store.write(article("Tomas Vell declined to comment.", "Tomas Vell", source: "e.txt"))
        #expect(try people() == ["Tomas Vell", "Tomas Vell", "Tomas Vell"])
        #expect(try mentionsPerPerson() == [1, 1, 3])
    }

    @Test func aCaptionsLongerNameJoinsByItsFullNameAliasAndRenamesNothing() throws {
        // The stored person goes by "Tomas Vell" but is named "Tomas J. Vell" now; a caption's
        // "Norland Tomas Vell" (alias "Tomas Vell") joins it and does not rename it.
        _ = try store.write(article("Tomas Vell spoke.", "Tomas Vell", aliases: ["Vell"], source: "a.txt"))
        _ = try store.write(article("Tomas J. Vell spoke.", "Tomas J. Vell", aliases: ["Tomas Vell", "Vell"], source: "b.txt"))
        #expect(try people() == ["Tomas J. Vell"])
        _ = try store.write(article("Norland Tomas Vell spoke.", "Norland Tomas Vell", aliases: ["Tomas Vell"], source: "c.txt"))
        #expect(try people() == ["Tomas J. Vell"])
        #expect(try mentionsPerPerson() == [3])
    }

    @Test func aRoleChoosesTheNamesakeItFits() throws {
        _ = try store.write(article("Foreign Minister Odile Kessler flew to Vienna.", "Odile Kessler", aliases: ["Kessler"],
                                    role: ("foreign minister", "public"), source: "a.txt"))
        _ = try store.write(article("Striker Bruno Kessler scored twice.", "Bruno Kessler", aliases: ["Kessler"],
                                    role: ("striker", "sport"), source: "b.txt"))
        _ = try store.write(article("The winger Kessler limped off.", "Kessler", role: ("winger", "sport"), source: "c.txt"))
        _ = try store.write(article("Actor Kessler won a prize.", "Kessler", role: ("actor", "entertainment"), source: "d.txt"))
        #expect(try people() == ["Odile Kessler", "Bruno Kessler", "Kessler"])
        #expect(try mentionsPerPerson() == [1, 2, 1])
        let reason = try db.firstRow("SELECT reason FROM entity_aliases WHERE entity_id = 3 AND alias = 'Kessler'") {
            $0.optionalString(0)
        }
        #expect((reason ?? nil)?.hasPrefix("kept apart from ") == true)
    }

    @Test func tiesToDifferentCountriesKeepApartAndTheSameCountryJoins() throws {
        _ = try store.write(article("Norland's Kessler flew to Vienna.", "Kessler", tiedTo: ("Norland", "NL"), source: "a.txt"))
        _ = try store.write(article("Kessler of Sudmark spoke.", "Kessler", tiedTo: ("Sudmark", "SM"), source: "b.txt"))
        #expect(try people() == ["Kessler", "Kessler"])
        let reason = try db.firstRow("""
            SELECT reason FROM entity_aliases
            WHERE entity_id = (SELECT max(id) FROM entities WHERE type = 'person') AND alias = 'Kessler'
            """) { $0.optionalString(0) }
        // Places and organisations are resolved first: Norland is entity 1, the first Kessler 2.
        #expect(reason == "kept apart from Kessler (entity 2): tied to another country there (Norland)")
        _ = try store.write(article("Kessler of Sudmark left.", "Kessler", tiedTo: ("Sudmark", "SM"), source: "c.txt"))
        #expect(try people() == ["Kessler", "Kessler"])
        #expect(try mentionsPerPerson() == [1, 2])
    }

    @Test func leadersOfDifferentOrganisationsStayApart() throws {
        _ = try store.write(article("Kessler leads the Ocean Party.", "Kessler", tiedTo: ("Ocean Party", nil), source: "a.txt"))
        _ = try store.write(article("Kessler heads Harbour Bank.", "Kessler", tiedTo: ("Harbour Bank", nil), source: "b.txt"))
        #expect(try people() == ["Kessler", "Kessler"])
    }

    @Test func noEvidenceStillJoinsTheOnlyNamesake() throws {
        _ = try store.write(article("Foreign Minister Kessler flew to Vienna.", "Kessler",
                                    role: ("foreign minister", "public"), source: "a.txt"))
        _ = try store.write(article("Kessler said little.", "Kessler", source: "b.txt"))
        #expect(try people() == ["Kessler"])
        #expect(try mentionsPerPerson() == [2])
    }
}

extension NamesakeTests {
    @Test func tiesDoNotSplitFullNames() throws {
        // Extracted ties are noisy (a title of someone else read as this person's): a full name
        // stays one person whatever countries the articles tie it to.
        _ = try store.write(article("Odile Kessler of Norland flew to Vienna.", "Odile Kessler",
                                    tiedTo: ("Norland", "NL"), source: "a.txt"))
        _ = try store.write(article("Odile Kessler of Sudmark spoke.", "Odile Kessler",
                                    tiedTo: ("Sudmark", "SM"), source: "b.txt"))
        #expect(try people() == ["Odile Kessler"])
    }

    @Test func namesakeLookupUsesTheNameIndex() throws {
        let plan = try db.rows("EXPLAIN QUERY PLAN " + EntityResolver.sameNameSQL, "kessler", "person") { $0.string(3) }
        #expect(plan.filter { $0.contains("entities") }.allSatisfy { $0.contains("sqlite_autoindex_entities_1") },
                "\(plan)")
    }
}

extension NamesakeTests {
    @Test func aNamesakeKeyIsNeverTakenTwice() throws {
        // `kessler (2)` exists while `kessler` itself is free again (written by hand here): the
        // next namesake takes a free key instead of failing the article on UNIQUE (name_key, type).
        try db.execute("""
            INSERT INTO entities (id, name, type, name_key) VALUES (40, 'Kessler', 'person', 'kessler (2)');
            INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (40, 'Kessler', 'kessler');
            INSERT INTO articles (id, source, content_hash, text, extractor_version) VALUES (9, 'x', 'h', 'x', 't');
            INSERT INTO entity_roles (entity_id, role, field, article_id) VALUES (40, 'striker', 'sport', 9);
            """)
        let outcome = try store.write(article("Foreign Minister Kessler flew to Vienna.", "Kessler",
                                              role: ("foreign minister", "public"), source: "a.txt"))
        #expect(outcome.articleID != nil)
        _ = try store.write(article("Actor Kessler won a prize.", "Kessler", role: ("actor", "entertainment"), source: "b.txt"))
        #expect(try db.rows("SELECT name_key FROM entities WHERE type = 'person' ORDER BY id") { $0.string(0) }
                == ["kessler (2)", "kessler", "kessler (3)"])
    }

    /// One article naming `Senator Okafor` (left unlinked by the extractor) and `Grace Okafor`
    /// (alias `Okafor`), in the order given.
    private func twoOkafors(unlinkedFirst: Bool, source: String) -> Document {
        let text = unlinkedFirst ? "Senator Okafor thanked Grace Okafor." : "Grace Okafor thanked Senator Okafor."
        var b = DocumentBuilder(source: source, text: text)
        b.sentences([text])
        let add = { (b: inout DocumentBuilder) in
            let bare = b.entity("Okafor", .person)
            b.mention("Senator Okafor", entity: bare)
        }
        if unlinkedFirst { add(&b) }
        let full = b.entity("Grace Okafor", .person, aliases: ["Okafor"])
        b.mention("Grace Okafor", entity: full)
        if !unlinkedFirst { add(&b) }
        return b.document
    }

    /// A surname the extractor left apart from the one person of its article who bears it (it is
    /// someone else, or could be) joins neither that person's entity nor is joined by her, in
    /// either order: before, `Okafor` took `Grace Okafor` through her alias.
    @Test func unlinkedSurnameStaysApartFromItsArticlesNamesake() throws {
        _ = try store.write(twoOkafors(unlinkedFirst: false, source: "a.txt"))
        #expect(try people() == ["Grace Okafor", "Okafor"])
        let other = try Store(connection: Connection(path: ":memory:"))
        _ = try other.write(twoOkafors(unlinkedFirst: true, source: "b.txt"))
        #expect(try other.connection.rows("SELECT name FROM entities WHERE type = 'person' ORDER BY name") {
            $0.string(0)
        } == ["Grace Okafor", "Okafor"])
    }

    /// With the article's own namesake out of the way, the surname joins the one other person
    /// stored with it (`Samuel Okafor` from an earlier article), instead of staying unsure
    /// between him and `Grace Okafor`.
    @Test func unlinkedSurnameJoinsTheOtherStoredNamesake() throws {
        _ = try store.write(article("Samuel Okafor opened the session.", "Samuel Okafor", aliases: ["Okafor"], source: "a.txt"))
        _ = try store.write(twoOkafors(unlinkedFirst: false, source: "b.txt"))
        #expect(try people() == ["Samuel Okafor", "Grace Okafor"])
        #expect(try mentionsPerPerson() == [2, 1])
    }
}
