import Query
import Testing

@Suite("entities, entity, relations")
struct EntityTests {
    @Test func entitiesWithAliasesAndMentionCounts() throws {
        try withWorld { (kb, w) throws in
            let all = try kb.entities()
            #expect(all.count == 19)
            let qaani = try #require(all.first { $0.id == w.qaani })
            #expect(qaani.name == "Esmail Qaani" && qaani.type == "person")
            #expect(qaani.aliases == ["Qaani"])
            #expect(qaani.mentions == 4)
            // most mentioned first
            #expect(all.first?.id == w.qaani)
            #expect(all.map(\.mentions) == all.map(\.mentions).sorted(by: >))
            let moratinos = try #require(all.first { $0.id == w.moratinos })
            #expect(moratinos.aliases == ["Moratinós"])   // "Moratinos" folds to the same key
        }
    }

    @Test func entitiesFilters() throws {
        try withWorld { (kb, w) throws in
            #expect(try kb.entities(type: "location").allSatisfy { $0.type == "location" })
            #expect(try kb.entities(type: "location").count == 7)
            #expect(try kb.entities(name: "qaani").map(\.id) == [w.qaani])
            #expect(try kb.entities(name: "MORATINOS").map(\.id) == [w.moratinos])
            #expect(Set(try kb.entities(name: "ali").map(\.id)) == [w.aliHassan, w.aliReza])
            #expect(try kb.entities(type: "organization", name: "qaani").isEmpty)
        }
    }

    @Test func entityProfile() throws {
        try withWorld { (kb, w) throws in
            guard case .found(let p) = try kb.entity(named: "qaani") else {
                Issue.record("qaani not found")
                return
            }
            #expect(p.entity.id == w.qaani)
            #expect(p.aliases.map(\.alias) == ["Esmail Qaani", "Qaani"])
            #expect(p.aliases.first { $0.alias == "Qaani" }?.reason == "surname")
            #expect(p.events.map(\.id) == [w.iraqVisit, w.airportMeeting, w.deniedMeeting, w.warning])
            #expect(p.articles.count == 1 && p.articles[0].mentions == 4)

            guard case .found(let k) = try kb.entity(named: "Kataib Hezbollah") else {
                Issue.record("kataib not found")
                return
            }
            #expect(k.relations.map(\.id) == [w.kataibBackedBy])
            #expect(k.relations.first?.object.name == "Iran")
        }
    }

    @Test func ambiguousAndUnknownNames() throws {
        try withWorld { (kb, w) throws in
            guard case .ambiguous(let candidates) = try kb.entity(named: "ali") else {
                Issue.record("ali should be ambiguous")
                return
            }
            #expect(Set(candidates.map(\.id)) == [w.aliHassan, w.aliReza])
            #expect(try kb.entity(named: "nobody-by-this-name") == .none)
            // Baghdad (exact alias) wins over Baghdad Airport: containment is only a fallback.
            guard case .found(let b) = try kb.entity(named: "BAGHDAD") else {
                Issue.record("baghdad not found")
                return
            }
            #expect(b.entity.id == w.baghdad)
        }
    }

    @Test func relationsFilters() throws {
        try withWorld { (kb, w) throws in
            let all = try kb.relations()
            #expect(all.map(\.id) == [w.kataibBackedBy, w.airportInBaghdad, w.baghdadInIraq])
            let r = all[1]
            #expect(r.subject.name == "Baghdad Airport" && r.predicate == "located_in" && r.object.name == "Baghdad")
            #expect(r.text == "lies in Baghdad")
            #expect(r.evidence.sentence.hasPrefix("The Iran-backed"))
            #expect(try kb.relations(entity: "baghdad").map(\.id) == [w.airportInBaghdad, w.baghdadInIraq])
            #expect(try kb.relations(predicate: "backed_by").map(\.id) == [w.kataibBackedBy])
            #expect(try kb.relations(entity: "iraq", predicate: "located_in").map(\.id) == [w.baghdadInIraq])
            #expect(try kb.relations(entity: "qaani").isEmpty)
        }
    }
}
