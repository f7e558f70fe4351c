import EventModel
import SQLite

/// What one article says about a person besides the name: the titles and roles it gives
/// (`Foreign Minister X`, `striker X`) and the countries and organisations it ties the person to
/// (`leader_of`, `member_of`, `spokesperson_of` relations; for bare surnames only). `EntityResolver` keeps a person apart
/// from a namesake already stored when this evidence contradicts what is stored about them.
struct PersonEvidence {
    var roles: [PersonRole] = []
    /// Resolved ids of the countries and of the organisations the person is tied to.
    var countries: Set<Int64> = []
    var organizations: Set<Int64> = []

    static let affiliations: Set<Predicate> = [.leaderOf, .memberOf, .spokespersonOf]
    static let affiliationsSQL = "('leader_of', 'member_of', 'spokesperson_of')"

    var isEmpty: Bool { roles.isEmpty && countries.isEmpty && organizations.isEmpty }

    /// Whether ties (`leader_of`, ...) are evidence about a person of this name: only for a bare
    /// surname (see `of`).
    static func tiesCount(for name: String) -> Bool { !name.contains(" ") }

    /// Indices of `entities` in the order to resolve them: people last, so the places and
    /// organisations their evidence names already have database ids; and of the people, full names
    /// before bare surnames, so a `Trump` the article left unsure (it also names Melania Trump)
    /// cannot take the stored Donald Trump before the article's own `Donald Trump` does (a person
    /// joins no entity another person of its article took: `EntityResolver.resolve`'s siblings).
    static func resolutionOrder(_ entities: [Entity]) -> [Int] {
        let people = entities.indices.filter { entities[$0].type == .person }
        return entities.indices.filter { entities[$0].type != .person }
            + people.filter { !tiesCount(for: entities[$0].name) } + people.filter { tiesCount(for: entities[$0].name) }
    }

    /// The evidence about document entity `index`; `resolved` holds the ids of the entities
    /// resolved so far (nil for the rest, which are then not counted).
    static func of(_ index: Int, in document: Document, resolved: [Int64?]) -> PersonEvidence {
        var evidence = PersonEvidence(roles: document.entities[index].roles)
        // Ties are used only for a bare surname: a full name is strong evidence of itself, and the
        // extracted relations are noisy (on 500 BBC articles, ties split three full names wrongly:
        // a `King of Belgium` read as Bill Clinton's title, `Opposition` vs `Conservatives`, two
        // spellings of one anti-doping agency).
        guard tiesCount(for: document.entities[index].name) else { return evidence }
        for relation in document.relations
        where relation.subject == index && affiliations.contains(relation.predicate)
            && document.entities.indices.contains(relation.object) {
            guard let id = resolved[relation.object] else { continue }
            let object = document.entities[relation.object]
            if object.type == .location, object.subtype == "country" {
                evidence.countries.insert(id)
            } else if object.type == .organization {
                evidence.organizations.insert(id)
            }
        }
        return evidence
    }
}

/// Compares a person's evidence with what the database holds about a stored person.
struct PersonEvidenceCheck {
    let connection: Connection

    enum Verdict {
        /// Nothing contradicts; `agreement` says what both share (for the alias reason), if anything.
        case compatible(agreement: String?)
        /// Different people; why.
        case conflict(String)
    }

    /// Whether `evidence` (this article's) and stored person `id` can be one person: not when
    /// both have roles and no field in common, or both are tied to countries (or organisations)
    /// and to none in common.
    func verdict(_ evidence: PersonEvidence, against id: Int64) throws -> Verdict {
        var agreement: String?
        if !evidence.roles.isEmpty {
            let stored = try connection.rows(
                "SELECT role, field FROM entity_roles WHERE entity_id = ? ORDER BY role LIMIT 20", id) {
                PersonRole(title: $0.string(0), field: $0.string(1))
            }
            if !stored.isEmpty {
                let mine = Set(evidence.roles.map(\.field))
                if let shared = stored.first(where: { mine.contains($0.field) }) {
                    agreement = "also \(shared.title) (\(shared.field))"
                } else {
                    return .conflict("\(Self.describe(evidence.roles)) here, \(Self.describe(stored)) there")
                }
            }
        }
        for (ids, countries) in [(evidence.countries, true), (evidence.organizations, false)] where !ids.isEmpty {
            if try shares(id, ids) {
                if agreement == nil { agreement = countries ? "tied to the same country" : "of the same organisation" }
                continue
            }
            if let other = try anyAffiliation(id, countries: countries) {
                return .conflict("tied to another \(countries ? "country" : "organisation") there (\(other))")
            }
        }
        return .compatible(agreement: agreement)
    }

    /// Whether stored person `id` has roles or affiliations at all (a bucket for unsure mentions has none).
    /// Affiliations count only for a bare surname, as in `PersonEvidence.of`: a full name's bucket
    /// gathers `leader_of` ties from the articles it joins, and counting them made each bucket
    /// refuse the next unsure mention and another bucket of the name appear (six `Donald Trump`s in
    /// 438 dated articles).
    func hasEvidence(_ id: Int64, name: String) throws -> Bool {
        try connection.firstRow("SELECT 1 FROM entity_roles WHERE entity_id = ? LIMIT 1", id) { _ in true } != nil
            || PersonEvidence.tiesCount(for: name) && connection.firstRow(
                "SELECT 1 FROM relations WHERE subject_id = ? AND predicate IN \(PersonEvidence.affiliationsSQL) LIMIT 1",
                id) { _ in true } != nil
    }

    private func shares(_ id: Int64, _ objects: Set<Int64>) throws -> Bool {
        try connection.firstRow(
            """
            SELECT 1 FROM relations WHERE subject_id = ? AND predicate IN \(PersonEvidence.affiliationsSQL)
              AND object_id IN (SELECT value FROM json_each(?)) LIMIT 1
            """, id, "[" + objects.sorted().map(String.init).joined(separator: ",") + "]") { _ in true } ?? false
    }

    /// The name of one country (or organisation) stored person `id` is tied to, if any.
    private func anyAffiliation(_ id: Int64, countries: Bool) throws -> String? {
        let kind = countries ? "o.type = 'location' AND o.subtype = 'country'" : "o.type = 'organization'"
        return try connection.firstRow(
            """
            SELECT o.name FROM relations r JOIN entities o ON o.id = r.object_id
            WHERE r.subject_id = ? AND r.predicate IN \(PersonEvidence.affiliationsSQL) AND \(kind) LIMIT 1
            """, id) { $0.string(0) }
    }

    static func describe(_ roles: [PersonRole]) -> String {
        roles.prefix(3).map { "\($0.title) (\($0.field))" }.joined(separator: ", ")
    }
}
