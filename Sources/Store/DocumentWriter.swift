import EventModel
import SQLite

/// Points in a write where tests inject failures to prove a half-written article never survives.
enum WriteStage: Sendable {
    case article, sentences, entities, mentions, events, relations
}

/// Inserts validated documents on a connection whose transaction the caller owns.
/// All statements go through the connection's statement cache.
struct DocumentWriter {
    let connection: Connection
    var faultInjection: ((WriteStage) throws -> Void)?

    /// The article id under `hash`, if already stored.
    func existingArticle(hash: String) throws -> Int64? {
        try connection.firstRow("SELECT id FROM articles WHERE content_hash = ?", hash) { $0.int64(0) }
    }

    /// Inserts `batch` (valid documents, in order) and returns each one's outcome. Rows go in
    /// three passes: every new article's row, then the sentences of them all, then entities,
    /// mentions, events and relations article by article. Ids come out as if each article had
    /// been written whole before the next (each table numbers its rows in article order).
    ///
    /// Why sentences in one pass: each sentence INSERT fires the `sentences_fts_insert` trigger,
    /// and FTS5 writes its pending terms to disk as a new segment at every statement savepoint
    /// (`fts5SavepointMethod`/`fts5ReleaseMethod` → `sqlite3Fts5StorageSync`), which later
    /// merges pay for again. A few large statements for the whole batch flush a few large
    /// segments instead of one or two small ones per article.
    /// <https://www.sqlite.org/fts5.html#the_automerge_configuration_option>
    ///
    /// `memo` lives as long as the caller's transaction: it remembers rows this transaction
    /// already wrote, so a batch of articles does not ask SQLite to insert them again.
    func insert(batch: [PreparedDocument], memo: WriteMemo) throws -> [WriteOutcome] {
        var outcomes: [WriteOutcome?] = Array(repeating: nil, count: batch.count)
        var fresh: [(index: Int, articleID: Int64)] = []
        for (index, prepared) in batch.enumerated() {
            // A text stored earlier, or earlier in this batch, is a duplicate.
            if let id = try existingArticle(hash: prepared.hash) {
                outcomes[index] = .duplicate(articleID: id)
                continue
            }
            fresh.append((index, try insertArticle(prepared)))
            try faultInjection?(.article)
        }
        let sentenceIDs = try insertSentences(fresh.map { (batch[$0.index], $0.articleID) })
        for (item, ids) in zip(fresh, sentenceIDs) {
            try faultInjection?(.sentences)
            outcomes[item.index] = try insertRows(batch[item.index], articleID: item.articleID, sentenceIDs: ids,
                                                  memo: memo)
        }
        return outcomes.map { $0! }
    }

    private func insertArticle(_ prepared: PreparedDocument) throws -> Int64 {
        let article = prepared.document.article
        try connection.run(
            """
            INSERT INTO articles (source, external_id, url, title, published, content_hash, text, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            article.source, article.externalID, article.url, article.title, article.date?.description,
            prepared.hash, article.text, prepared.document.extractorVersion)
        return connection.lastInsertRowID
    }

    /// The words after the first of the article's people named in full (`Obama` for Michelle Obama).
    /// A bare surname among them (`Obama` beside Michelle Obama) is one the extractor left unlinked
    /// because it is someone else (`President Obama`) or could be either of two, so it must not
    /// join the entity such a person resolved to, though that entity holds the surname as an alias.
    static func borneSurnames(_ document: Document) -> Set<Substring> {
        Set(document.entities.lazy.filter { $0.type == .person }.flatMap { $0.name.split(separator: " ").dropFirst() })
    }

    /// Everything of one article after its article and sentence rows.
    private func insertRows(_ prepared: PreparedDocument, articleID: Int64, sentenceIDs: [Int64],
                            memo: WriteMemo) throws -> WriteOutcome {
        let document = prepared.document
        let article = document.article
        var counts = Counts()
        counts.sentences = sentenceIDs.count

        let resolver = EntityResolver(connection: connection, memo: memo)
        var resolvedIDs = [Int64?](repeating: nil, count: document.entities.count)
        var personIDs: Set<Int64> = []
        let borne = Self.borneSurnames(document)
        for index in PersonEvidence.resolutionOrder(document.entities) {
            let entity = document.entities[index]
            let evidence = entity.type == .person
                ? PersonEvidence.of(index, in: document, resolved: resolvedIDs) : PersonEvidence()
            let resolved = try resolver.resolve(entity, names: prepared.names[index], evidence: evidence,
                                                articleID: articleID,
                                                siblings: entity.type == .person && !entity.name.contains(" ")
                                                    && borne.contains(Substring(entity.name)) ? personIDs : [])
            resolvedIDs[index] = resolved.id
            if entity.type == .person { personIDs.insert(resolved.id) }
            if resolved.created { counts.newEntities += 1 }
        }
        let entityIDs = resolvedIDs.map { $0 ?? 0 }
        counts.entities = Set(entityIDs).count
        try faultInjection?(.entities)

        try insertMentions(prepared, articleID: articleID, sentenceIDs: sentenceIDs, entityIDs: entityIDs)
        counts.mentions = document.mentions.count
        try faultInjection?(.mentions)

        let deduplicator = EventDeduplicator(connection: connection)
        var nextEventID = try Self.nextID(in: "events", of: "event", connection: connection)
        let published = article.date?.description
        for event in document.events {
            let time = event.time
            // Each report opens its own real event, written here rather than by the schema's
            // `events_cluster_insert` trigger (which runs only for a row without cluster_id): the
            // trigger's empty cluster and its UPDATE of the new row cost a rewrite of the row and
            // of two indexes per report. The cluster row is what the trigger would leave: one
            // report, one article, reported on the publication date. Ids as SQLite would pick
            // them (see `nextID`).
            let eventID = nextEventID
            nextEventID += 1
            try connection.run(
                """
                INSERT INTO event_clusters (id, mentions, articles, first_reported, last_reported) VALUES (?, 1, 1, ?, ?)
                """, eventID, published, published)
            try connection.run(
                """
                INSERT INTO events (id, article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end,
                                    location_id, time_value, time_mod, time_text, time_start, time_end, confidence,
                                    cluster_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                eventID, articleID, sentenceIDs[event.sentence], event.type.rawValue, event.cameo,
                event.modality.rawValue, event.trigger, event.triggerSpan.start, event.triggerSpan.end,
                event.location.map { entityIDs[$0] },
                time?.value, time?.mod, time?.text,
                time.map { Self.firstDay($0.start) }, time.map { Self.lastDay($0.end) },
                event.confidence, eventID)
            for participant in event.participants {
                // One entity may appear twice when two document entities resolved to one row.
                // The report is its own cluster until the deduplicator moves it (a trigger then
                // moves its participants' cluster_id too, Schema/009).
                try connection.run(
                    """
                    INSERT INTO event_participants (event_id, entity_id, role, cluster_id) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """,
                    eventID, entityIDs[participant.entity], participant.role.rawValue, eventID)
            }
            // A time taken from the publication date says nothing about when the event was.
            let ownTime = time.flatMap { $0.text == "article date" ? nil : $0 }
            let joined = try deduplicator.assign(EventDeduplicator.Report(
                id: eventID, articleID: articleID, published: article.date, type: event.type,
                modality: event.modality, participants: Set(event.participants.map { entityIDs[$0.entity] }),
                location: event.location.map { entityIDs[$0] },
                start: ownTime.map { Self.firstDay($0.start) }, end: ownTime.map { Self.lastDay($0.end) }))
            if joined != nil { counts.knownEvents += 1 }
        }
        counts.events = document.events.count
        try faultInjection?(.events)

        for relation in document.relations {
            try connection.run(
                """
                INSERT INTO relations (article_id, sentence_id, subject_id, predicate, object_id, start, end, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                articleID, sentenceIDs[relation.sentence], entityIDs[relation.subject], relation.predicate.rawValue,
                entityIDs[relation.object], relation.span.start, relation.span.end, relation.confidence)
        }
        counts.relations = document.relations.count
        try faultInjection?(.relations)

        return .inserted(articleID: articleID, counts: counts)
    }

    /// Rows per multi-row sentence INSERT, largest first; a batch's sentences go in as a few
    /// statements of these sizes, so at most this many distinct statements are cached.
    static let sentenceChunks = [1024, 256, 64, 16, 4, 1]

    /// Inserts the sentences of `articles` with as few statements as possible and returns
    /// each article's sentence ids in order.
    ///
    /// Ids are given explicitly, counting on from the largest id in the table: the same ids
    /// SQLite picks for a row without one (<https://www.sqlite.org/autoinc.html>), known
    /// before the insert, so nothing has to be read back.
    func insertSentences(_ articles: [(prepared: PreparedDocument, articleID: Int64)]) throws -> [[Int64]] {
        let needed = articles.reduce(0) { $0 + $1.prepared.document.sentences.count }
        var next = try Self.nextID(in: "sentences", of: "sentence", connection: connection, needed: needed)
        var rows: [(id: Int64, articleID: Int64, idx: Int, span: TextSpan, text: String)] = []
        rows.reserveCapacity(needed)
        var ids: [[Int64]] = []
        ids.reserveCapacity(articles.count)
        for (prepared, articleID) in articles {
            var articleIDs: [Int64] = []
            articleIDs.reserveCapacity(prepared.document.sentences.count)
            for (idx, span) in prepared.document.sentences.enumerated() {
                rows.append((next, articleID, idx, span, prepared.sentenceTexts[idx]))
                articleIDs.append(next)
                next += 1
            }
            ids.append(articleIDs)
        }
        var index = 0
        while index < rows.count {
            let count = Self.sentenceChunks.first { $0 <= rows.count - index } ?? 1
            let statement = try connection.cachedStatement(Self.sentenceInsertSQL(rows: count))
            var parameter = 1
            for row in rows[index..<(index + count)] {
                try statement.bind(row.id, at: parameter)
                try statement.bind(row.articleID, at: parameter + 1)
                try statement.bind(row.idx, at: parameter + 2)
                try statement.bind(row.span.start, at: parameter + 3)
                try statement.bind(row.span.end, at: parameter + 4)
                try statement.bind(row.text, at: parameter + 5)
                parameter += 6
            }
            try statement.execute()
            index += count
        }
        return ids
    }

    /// The id SQLite would give the next row of `table` (an `INTEGER PRIMARY KEY` without
    /// AUTOINCREMENT): one more than the largest, 1 in an empty table
    /// (<https://www.sqlite.org/autoinc.html>). Known before the insert, so nothing is read back.
    static func nextID(in table: String, of row: String, connection: Connection, needed: Int = 1) throws -> Int64 {
        let last = try connection.firstRow("SELECT max(id) FROM \(table)") { $0.optionalInt64(0) } ?? nil
        // Only a database edited by hand gets near the largest rowid (SQLite would then pick
        // unused ids at random): refuse rather than overflow.
        if let last, last > Int64.max - Int64(needed) {
            throw SQLiteError(code: .full, message: "\(row) ids exhausted (largest id is \(last))")
        }
        return (last ?? 0) + 1
    }

    /// Rows per multi-row mention INSERT, largest first (an article has a few dozen mentions).
    static let mentionChunks = [32, 8, 1]

    /// One article's mentions in a few multi-row statements: a statement per row spent more on
    /// binding, stepping and resetting than on the row.
    private func insertMentions(_ prepared: PreparedDocument, articleID: Int64, sentenceIDs: [Int64],
                                entityIDs: [Int64]) throws {
        let mentions = prepared.document.mentions
        var index = 0
        while index < mentions.count {
            let count = Self.mentionChunks.first { $0 <= mentions.count - index } ?? 1
            let statement = try connection.cachedStatement(Self.mentionInsertSQL(rows: count))
            var parameter = 1
            for i in index..<(index + count) {
                let mention = mentions[i]
                try statement.bind(articleID, at: parameter)
                try statement.bind(sentenceIDs[mention.sentence], at: parameter + 1)
                try statement.bind(entityIDs[mention.entity], at: parameter + 2)
                try statement.bind(mention.span.start, at: parameter + 3)
                try statement.bind(mention.span.end, at: parameter + 4)
                try statement.bind(prepared.mentionTexts[i], at: parameter + 5)
                parameter += 6
            }
            try statement.execute()
            index += count
        }
    }

    static func mentionInsertSQL(rows: Int) -> String {
        "INSERT INTO mentions (article_id, sentence_id, entity_id, start, end, text) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    static func sentenceInsertSQL(rows: Int) -> String {
        "INSERT INTO sentences (id, article_id, idx, start, end, text) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    /// Intervals are stored as whole days: a month-precision start is its first day.
    static func firstDay(_ date: CalendarDate) -> String {
        CalendarDate(year: date.year, month: date.month, day: date.day ?? 1).description
    }

    /// A month-precision end is its last day.
    static func lastDay(_ date: CalendarDate) -> String {
        CalendarDate(year: date.year, month: date.month,
                     day: date.day ?? CalendarDate.daysIn(year: date.year, month: date.month)).description
    }
}
