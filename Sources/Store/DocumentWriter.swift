import EventModel
import SQLite

/// Points in a write where tests inject failures to prove a half-written article never survives.
enum WriteStage: Sendable {
    case article, sentences, entities, mentions, events, relations
}

/// Inserts one validated `Document` on a connection whose transaction the caller owns.
/// All statements go through the connection's statement cache.
struct DocumentWriter {
    let connection: Connection
    var faultInjection: ((WriteStage) throws -> Void)?

    /// The article id under `hash`, if already stored.
    func existingArticle(hash: String) throws -> Int64? {
        try connection.firstRow("SELECT id FROM articles WHERE content_hash = ?", hash) { $0.int64(0) }
    }

    /// `memo` lives as long as the caller's transaction: it remembers rows this transaction
    /// already wrote, so a batch of articles does not ask SQLite to insert them again.
    func insert(_ prepared: PreparedDocument, memo: WriteMemo) throws -> WriteOutcome {
        let hash = prepared.hash
        if let id = try existingArticle(hash: hash) {
            return .duplicate(articleID: id)
        }
        let document = prepared.document
        let article = document.article
        try connection.run(
            """
            INSERT INTO articles (source, external_id, url, title, published, content_hash, text, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            article.source, article.externalID, article.url, article.title, article.date?.description,
            hash, article.text, document.extractorVersion)
        let articleID = connection.lastInsertRowID
        try faultInjection?(.article)
        var counts = Counts()

        let sentenceIDs = try insertSentences(document.sentences, articleID: articleID, texts: prepared.sentenceTexts)
        counts.sentences = sentenceIDs.count
        try faultInjection?(.sentences)

        let resolver = EntityResolver(connection: connection, memo: memo)
        var entityIDs: [Int64] = []
        entityIDs.reserveCapacity(document.entities.count)
        for (entity, names) in zip(document.entities, prepared.names) {
            let resolved = try resolver.resolve(entity, names: names)
            entityIDs.append(resolved.id)
            if resolved.created { counts.newEntities += 1 }
        }
        counts.entities = Set(entityIDs).count
        try faultInjection?(.entities)

        for (mention, mentionText) in zip(document.mentions, prepared.mentionTexts) {
            try connection.run(
                "INSERT INTO mentions (article_id, sentence_id, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
                articleID, sentenceIDs[mention.sentence], entityIDs[mention.entity],
                mention.span.start, mention.span.end, mentionText)
        }
        counts.mentions = document.mentions.count
        try faultInjection?(.mentions)

        let deduplicator = EventDeduplicator(connection: connection)
        for event in document.events {
            let time = event.time
            try connection.run(
                """
                INSERT INTO events (article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end,
                                    location_id, time_value, time_mod, time_text, time_start, time_end, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                articleID, sentenceIDs[event.sentence], event.type.rawValue, event.cameo, event.modality.rawValue,
                event.trigger, event.triggerSpan.start, event.triggerSpan.end,
                event.location.map { entityIDs[$0] },
                time?.value, time?.mod, time?.text,
                time.map { Self.firstDay($0.start) }, time.map { Self.lastDay($0.end) },
                event.confidence)
            let eventID = connection.lastInsertRowID
            for participant in event.participants {
                // One entity may appear twice when two document entities resolved to one row.
                try connection.run(
                    "INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    eventID, entityIDs[participant.entity], participant.role.rawValue)
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

    /// Rows per multi-row sentence INSERT, largest first; an article's sentences go in as a few
    /// statements of these sizes, so at most this many distinct statements are cached.
    static let sentenceChunks = [64, 16, 4, 1]

    /// Inserts an article's sentences with as few statements as possible and returns their ids
    /// in order.
    ///
    /// Why not one INSERT per sentence: each sentence INSERT fires the `sentences_fts_insert`
    /// trigger, so it runs under a statement savepoint, and FTS5 writes its pending terms to
    /// disk at every savepoint (`fts5SavepointMethod` → `sqlite3Fts5FlushToDisk`). One INSERT
    /// per sentence therefore wrote one tiny FTS segment per sentence, which later merges paid
    /// for again. With multi-row statements the terms of a whole article are flushed at once.
    /// <https://www.sqlite.org/fts5.html#the_automerge_configuration_option>
    func insertSentences(_ spans: [TextSpan], articleID: Int64, texts: [String]) throws -> [Int64] {
        var index = 0
        while index < spans.count {
            let rows = Self.sentenceChunks.first { $0 <= spans.count - index } ?? 1
            let statement = try connection.cachedStatement(Self.sentenceInsertSQL(rows: rows))
            var parameter = 1
            for i in index..<(index + rows) {
                let span = spans[i]
                try statement.bind(articleID, at: parameter)
                try statement.bind(i, at: parameter + 1)
                try statement.bind(span.start, at: parameter + 2)
                try statement.bind(span.end, at: parameter + 3)
                try statement.bind(texts[i], at: parameter + 4)
                parameter += 5
            }
            try statement.execute()
            index += rows
        }
        // Read the ids back (UNIQUE (article_id, idx) makes this one index range) rather than
        // assume a multi-row INSERT numbers its rows consecutively.
        let ids = try connection.rows("SELECT id FROM sentences WHERE article_id = ? ORDER BY idx", articleID) {
            $0.int64(0)
        }
        guard ids.count == spans.count else {
            throw StoreError.invalidDocument(source: "article \(articleID)",
                                             reason: "stored \(ids.count) of \(spans.count) sentences")
        }
        return ids
    }

    static func sentenceInsertSQL(rows: Int) -> String {
        "INSERT INTO sentences (article_id, idx, start, end, text) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
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
