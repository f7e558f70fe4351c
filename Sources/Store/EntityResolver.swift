import EventModel
import SQLite

/// Finds or creates the database entity for a document entity (cross-article resolution).
///
/// In order, a document entity joins an existing entity of the same type when:
/// 1. it has a country code and an entity has the same code (`US` joins `United States`);
/// 2. its folded name equals an entity's folded name;
/// 3. its folded name equals an alias of exactly one entity (`Qaani` joins `Esmail Qaani`);
/// 4. one of its aliases equals the folded name of exactly one entity, and no other entity holds
///    that alias (`Esmail Qaani`, alias `Qaani`, joins an earlier `Qaani`); or a full-name alias
///    (two words or more) is held by exactly one entity, whatever its name is now.
/// 5. a person's full name has the same transliteration skeleton as exactly one person's
///    (`Ismail Qaani` joins `Esmail Qaani`; see `NameSkeleton`).
/// Steps 3 to 5 skip candidates whose subtype or country code contradicts the entity's (so a
/// city called Washington never joins the United States that an article called `Washington`).
/// For people, steps 2 to 5 also skip a candidate when the article's evidence contradicts what is
/// stored about them (`PersonEvidence`: roles in different fields, ties to different countries or
/// organisations); a surname then joins the one namesake that fits, and none when several fit.
/// A person kept apart from a same-named one is a new entity whose name alias says why.
/// Otherwise a new entity is created. Every name form is stored in `entity_aliases`.
struct EntityResolver {
    let connection: Connection
    /// Aliases the current transaction has already inserted.
    let memo: WriteMemo

    struct Resolved {
        let id: Int64
        let created: Bool
    }

    private struct Candidate {
        let id: Int64
        let name: String
        let subtype: String?
        let countryCode: String?
    }

    private static let candidateColumns = "id, name, subtype, country_code"

    /// `names` are the entity's folded forms (`EntityNames(entity)`, worked out off the writer).
    /// `siblings` are the entities other people of the same article resolved to: the extractor kept
    /// those apart from this one, so it joins none of them (`Obama` in an article that also names
    /// `Michelle Obama` but left `Obama` unlinked is not her, though her alias is `Obama`).
    func resolve(_ entity: Entity, names: EntityNames, evidence: PersonEvidence = PersonEvidence(),
                 articleID: Int64? = nil, siblings: Set<Int64> = []) throws -> Resolved {
        let type = entity.type.rawValue
        let nameKey = names.nameKey
        let code = names.code
        // Transliteration variants are only considered for people's full names.
        let skeleton = names.skeleton
        let aliasKeys = names.otherAliasKeys
        var namesakes = Namesakes(check: PersonEvidenceCheck(connection: connection), evidence: evidence,
                                  isPerson: entity.type == .person, siblings: siblings)

        var match: (Candidate, reason: String)?
        if let code, let found = try candidate(
            "SELECT \(Self.candidateColumns) FROM entities WHERE country_code = ? AND type = ? ORDER BY id LIMIT 1",
            code, type) {
            match = (found, "country code \(code)")
        } else if case let named = try self.sameName(nameKey, type), !named.isEmpty {
            if let found = try namesakes.pick(named) {
                match = (found, "same name")
            }
        }
        if match == nil, let found = try unique(try namesakes.fitting(try candidates(Self.aliasHoldersSQL, nameKey, type)),
                                                compatibleWith: entity, code: code) {
            match = (found, "alias of \(found.name)")
        }
        if match == nil {
            var found: [Candidate] = []
            for key in aliasKeys where try aliasHolders(key, type) == 1 {
                // Only an alias no other entity holds: `Jane Smith` (alias `Smith`) must not take
                // over the `Smith` that stands for mentions unsure between two Smiths.
                var named = try self.sameName(key, type)
                // A full name the one stored entity goes by though it is named otherwise now: a
                // caption's "Virginia Donald Trump" (alias `Donald Trump`) joins the `Donald J. Trump`
                // that has that alias, instead of opening a new entity.
                if named.isEmpty, key.contains(" ") { named = try candidates(Self.aliasHoldersSQL, key, type) }
                for c in named where !found.contains(where: { $0.id == c.id }) {
                    found.append(c)
                }
            }
            if let one = try unique(try namesakes.fitting(found), compatibleWith: entity, code: code) {
                match = (one, "its alias is \(one.name)")
            }
        }
        if match == nil, let skeleton, let one = try unique(try namesakes.fitting(try candidates(
            "SELECT \(Self.candidateColumns) FROM entities WHERE name_skeleton = ? AND type = ?", skeleton, type)
            .filter { NameSkeleton.closeEnough(entity.name, $0.name) }),
            compatibleWith: entity, code: code) {
            match = (one, "spelling variant of \(one.name) (\(skeleton))")
        }

        let id: Int64
        let created: Bool
        var nameReason: String? = nil
        if let (existing, reason) = match {
            id = existing.id
            created = false
            nameReason = existing.name == entity.name ? nil : reason
            if let agreement = namesakes.agreements[existing.id], nameReason != nil {
                nameReason! += "; \(agreement)"
            }
            try update(existing, with: entity, nameKey: nameKey, skeleton: skeleton, code: code)
        } else {
            // A person kept apart from a namesake gets the folded name with a number as its key
            // (`smith (2)`): name_key is unique per type, the alias still says `Smith`.
            let key = try freeKey(nameKey, type)
            try connection.run(
                """
                INSERT INTO entities (name, type, subtype, country_code, name_key, name_skeleton, latitude, longitude)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                entity.name, type, entity.subtype, code, key, skeleton,
                Self.coordinates(entity)?.latitude, Self.coordinates(entity)?.longitude)
            id = connection.lastInsertRowID
            created = true
        }

        try addAlias(id, entity.name, nameKey, nameReason ?? namesakes.refusal)
        for (offset, alias) in entity.aliases.enumerated() {
            let reason = offset < entity.linkReasons.count ? entity.linkReasons[offset] : nil
            try addAlias(id, alias, names.aliasKeys[offset], reason)
        }
        if let articleID {
            for role in evidence.roles {
                try connection.run(
                    "INSERT INTO entity_roles (entity_id, role, field, article_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    id, role.title, role.field, articleID)
            }
        }
        return Resolved(id: id, created: created)
    }

    /// Entities of the type whose folded name is `key`, namesakes kept apart (`key (2)`) included.
    /// `+type` keeps the second half on the name_key range: with `type = ?` the planner took
    /// entities_type and walked every person (ingest took twice as long).
    static let sameNameSQL = """
        SELECT \(candidateColumns) FROM entities WHERE name_key = ?1 AND type = ?2
        UNION ALL
        SELECT \(candidateColumns) FROM entities
        WHERE name_key > ?1 || ' (' AND name_key < ?1 || ' )' AND +type = ?2
        """

    private func sameName(_ key: String, _ type: String) throws -> [Candidate] {
        try candidates(Self.sameNameSQL, key, type)
    }

    /// Entities of the type that hold alias `key`. `+e.type`: without it the planner walks every
    /// entity of the type (entities_type) and probes its aliases, a scan per lookup; the alias key
    /// is the selective side.
    static let aliasHoldersSQL = """
        SELECT DISTINCT e.id, e.name, e.subtype, e.country_code
        FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.alias_key = ? AND +e.type = ?
        """

    /// `key` if no entity of the type has it, else the first free `key (2)`, `key (3)`, ...
    private func freeKey(_ key: String, _ type: String) throws -> String {
        var candidate = key
        var n = 1
        while try connection.firstRow("SELECT 1 FROM entities WHERE name_key = ? AND type = ?", candidate, type) { _ in true } != nil {
            n += 1
            candidate = "\(key) (\(n))"
        }
        return candidate
    }

    /// How many entities of the type hold alias `key` (counting to two: one or more than one).
    private func aliasHolders(_ key: String, _ type: String) throws -> Int {
        try connection.rows(
            """
            SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.alias_key = ? AND +e.type = ? LIMIT 2
            """, key, type) { $0.int64(0) }.count
    }

    /// The person-evidence side of resolution: drops candidates the article's evidence
    /// contradicts, remembering why (shown as the alias reason of an entity kept apart) and what
    /// agreed (added to the reason of a merge).
    private struct Namesakes {
        let check: PersonEvidenceCheck
        let evidence: PersonEvidence
        let isPerson: Bool
        let siblings: Set<Int64>
        var refusal: String?
        var agreements: [Int64: String] = [:]

        /// The candidates the evidence does not contradict.
        mutating func fitting(_ candidates: [Candidate]) throws -> [Candidate] {
            guard isPerson else { return candidates }
            var kept: [Candidate] = []
            for c in candidates where !siblings.contains(c.id) {
                switch try check.verdict(evidence, against: c.id) {
                case .conflict(let why):
                    if refusal == nil { refusal = "kept apart from \(c.name) (entity \(c.id)): \(why)" }
                case .compatible(let agreement):
                    if let agreement { agreements[c.id] = agreement }
                    kept.append(c)
                }
            }
            return kept
        }

        /// Of the entities with the same name, the one to join: the only one the evidence fits;
        /// of several, the first whose stored evidence agrees with the article's (same field, country
        /// or organisation), else the one without roles or affiliations (where unsure mentions
        /// gather); nil when none fits or the choice is unsure (then a namesake is created).
        ///
        /// Why the agreeing one: without it, once two namesakes with evidence existed (a `president`
        /// and a `billionaire` of one name), every later article calling him `president` fitted
        /// both presidents kept so far and made yet another (21 entities for one name in 479 dated
        /// articles; 6 after).
        mutating func pick(_ named: [Candidate]) throws -> Candidate? {
            let named = named.filter { !siblings.contains($0.id) }
            guard isPerson, named.count > 1 || !evidence.isEmpty else { return named.first }
            let fits = try fitting(named)
            if fits.count <= 1 { return fits.first }
            if let agreeing = fits.first(where: { agreements[$0.id] != nil }) { return agreeing }
            return try fits.first { try !check.hasEvidence($0.id, name: $0.name) }
        }
    }

    /// Exactly one candidate that does not contradict the entity, else nil (ambiguous or none).
    private func unique(_ candidates: [Candidate], compatibleWith entity: Entity, code: String?) throws -> Candidate? {
        let fitting = candidates.filter { c in
            if let a = c.subtype, let b = entity.subtype, a != b { return false }
            if let a = c.countryCode, let b = code, a != b { return false }
            return true
        }
        // Ambiguity is judged on all candidates: two people with alias 'qaani' make 'Qaani' unsure
        // even if one of them has a different subtype.
        return candidates.count == 1 && fitting.count == 1 ? fitting[0] : nil
    }

    /// Keeps the fullest name (an unnamed group's barest), and fills a missing subtype or country code.
    private func update(_ existing: Candidate, with entity: Entity, nameKey: String, skeleton: String?,
                        code: String?) throws {
        // An unnamed group ("unions", "foreign firms") is called by its bare head noun, which every
        // article's group of that noun is; another article's modifiers are not this one's.
        let group = existing.subtype == "group" || entity.subtype == "group"
        if group ? Self.isBarer(entity.name, than: existing.name)
            : Self.isFuller(entity.name, than: existing.name) && (entity.type != .person || Self.keepsFirstName(entity.name, of: existing.name)) {
            // Rename only when no other entity of the type already owns the new name.
            try connection.run(
                """
                UPDATE entities SET name = ?1, name_key = ?2, name_skeleton = ?4
                WHERE id = ?3 AND NOT EXISTS (
                    SELECT 1 FROM entities o WHERE o.name_key = ?2 AND o.type = entities.type AND o.id <> ?3)
                """, entity.name, nameKey, existing.id, skeleton)
        }
        if let point = Self.coordinates(entity) {
            try connection.run("UPDATE entities SET latitude = ?, longitude = ? WHERE id = ? AND latitude IS NULL",
                               point.latitude, point.longitude, existing.id)
        }
        if existing.subtype == nil, let subtype = entity.subtype {
            try connection.run("UPDATE entities SET subtype = ? WHERE id = ?", subtype, existing.id)
        }
        if existing.countryCode == nil, let code {
            try connection.run("UPDATE entities SET country_code = ? WHERE id = ?", code, existing.id)
        }
    }

    /// Both coordinates, valid, or nil: a half or impossible point is not stored.
    static func coordinates(_ entity: Entity) -> (latitude: Double, longitude: Double)? {
        guard let lat = entity.latitude, let lon = entity.longitude,
              (-90...90).contains(lat), (-180...180).contains(lon) else { return nil }
        return (lat, lon)
    }

    /// A person's stored full name gives way to a fuller one only when both start alike: `Donald
    /// Trump` to `Donald J. Trump`, `Trump` to `Donald Trump`; not to a caption's `Virginia Donald
    /// Trump` or a `Republican Donald Trump`, words glued before the name.
    static func keepsFirstName(_ new: String, of stored: String) -> Bool {
        let old = stored.split(separator: " ")
        guard old.count >= 2, let first = old.first else { return true }
        return new.split(separator: " ").first == first
    }

    /// `a` is `b` with fewer words before the same head noun ("unions" for "public sector unions").
    static func isBarer(_ a: String, than b: String) -> Bool {
        let wa = a.lowercased().split(separator: " "), wb = b.lowercased().split(separator: " ")
        return wa.count < wb.count && wa.last == wb.last
    }

    /// More words wins; with as many words, more letters.
    static func isFuller(_ a: String, than b: String) -> Bool {
        func words(_ s: String) -> Int { s.split(whereSeparator: { $0 == " " || $0 == "-" }).count }
        let (wa, wb) = (words(a), words(b))
        if wa != wb { return wa > wb }
        // The same name in capitals and in mixed case ("BEIJING", "Beijing"): the one a reader writes.
        // (Not a short one: "LA" is an abbreviation, not "La".)
        if a.unicodeScalars.count == b.unicodeScalars.count, a.unicodeScalars.count > 3, a.lowercased() == b.lowercased() {
            return NameKey.isShouted(b) && !NameKey.isShouted(a)
        }
        return a.unicodeScalars.count > b.unicodeScalars.count
    }

    private func addAlias(_ id: Int64, _ alias: String, _ key: String, _ reason: String?) throws {
        // Already written by this transaction and no reason to add: the INSERT would do nothing.
        // (With a reason it may still fill one stored without, so it runs.)
        guard !key.isEmpty else { return }
        let isNew = memo.aliases.insert(WriteMemo.Alias(entity: id, key: key)).inserted
        guard isNew || reason != nil else { return }
        try connection.run(
            // A reason found later (a merge across articles) fills a form first stored without one.
            """
            INSERT INTO entity_aliases (entity_id, alias, alias_key, reason) VALUES (?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET reason = excluded.reason WHERE reason IS NULL AND excluded.reason IS NOT NULL
            """,
            id, alias, key, reason)
    }

    private func candidate(_ sql: String, _ values: (any SQLiteBindable)?...) throws -> Candidate? {
        let statement = try connection.cachedStatement(sql)
        try statement.bind(values)
        return try statement.firstRow(Self.read)
    }

    private func candidates(_ sql: String, _ values: (any SQLiteBindable)?...) throws -> [Candidate] {
        let statement = try connection.cachedStatement(sql)
        try statement.bind(values)
        return try statement.rows(Self.read)
    }

    private static func read(_ row: Statement) -> Candidate {
        Candidate(id: row.int64(0), name: row.string(1), subtype: row.optionalString(2),
                  countryCode: row.optionalString(3))
    }
}
