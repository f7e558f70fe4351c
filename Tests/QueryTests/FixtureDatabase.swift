import EventModel
import Foundation
import Query
import SQLite

/// A knowledge base written by hand in SQL (no extractor, no Store): the schema files
/// executed from disk, then invented articles, entities, events and relations. Offsets are
/// computed from the texts, so they hold by construction.
final class FixtureDatabase {
    let directory: URL
    let path: String
    let connection: Connection
    private var articleTexts: [Int64: [Unicode.Scalar]] = [:]

    /// Schema/*.sql of this checkout, in file-name order.
    static var schemaFiles: [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let schema = root.appendingPathComponent("Schema")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: schema.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { schema.appendingPathComponent($0) }
    }

    /// `schemaFiles`: only the first so many migrations (a database stored by an older eventkb).
    init(schemaFiles count: Int? = nil) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventkb-query-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("kb.sqlite").path
        connection = try Connection(path: path)
        let files = Array(FixtureDatabase.schemaFiles.prefix(count ?? Int.max))
        for file in files {
            try connection.execute(try String(contentsOf: file, encoding: .utf8))
        }
        try connection.setUserVersion(files.count)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// A read-only view, as the CLI opens it.
    func knowledgeBase() throws -> KnowledgeBase { try KnowledgeBase(path: path, knownSchema: FixtureDatabase.schemaFiles.count) }

    // MARK: Writing rows

    @discardableResult
    func article(_ text: String, source: String, published: String?, title: String? = nil) throws -> Int64 {
        try connection.run("""
            INSERT INTO articles (source, title, published, content_hash, text, extractor_version)
            VALUES (?, ?, ?, ?, ?, 'fixture')
            """, source, title, published, "hash-\(source)", text)
        let id = connection.lastInsertRowID
        articleTexts[id] = Array(text.unicodeScalars)
        return id
    }

    /// Scalar offset of `needle` in `haystack` at or after `from`.
    static func offset(of needle: String, in haystack: [Unicode.Scalar], from: Int = 0) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, haystack.count >= n.count else { return nil }
        var i = from
        while i + n.count <= haystack.count {
            if Array(haystack[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    struct SentenceRow {
        let id: Int64
        let article: Int64
        let start: Int
        let end: Int
    }

    private var sentenceCount: [Int64: Int] = [:]

    func sentence(_ text: String, in article: Int64) throws -> SentenceRow {
        guard let scalars = articleTexts[article], let start = FixtureDatabase.offset(of: text, in: scalars) else {
            throw FixtureError("sentence not in article: \(text)")
        }
        let end = start + text.unicodeScalars.count
        let idx = sentenceCount[article, default: 0]
        sentenceCount[article] = idx + 1
        try connection.run("INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)",
                           article, idx, start, end, text)
        return SentenceRow(id: connection.lastInsertRowID, article: article, start: start, end: end)
    }

    /// An entity under `name`, with `name` and every alias stored in entity_aliases.
    func entity(_ name: String, _ type: EntityType, subtype: String? = nil,
                aliases: [(String, String?)] = []) throws -> Int64 {
        try connection.run("INSERT INTO entities (name, type, subtype, name_key) VALUES (?, ?, ?, ?)",
                           name, type.rawValue, subtype, NameKey.fold(name))
        let id = connection.lastInsertRowID
        for (alias, reason) in [(name, nil)] + aliases {
            try connection.run("""
                INSERT INTO entity_aliases (entity_id, alias, alias_key, reason) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, id, alias, NameKey.fold(alias), reason)
        }
        return id
    }

    /// A mention of `entity` where `surface` first occurs in the sentence (at or after `after`).
    @discardableResult
    func mention(_ surface: String, of entity: Int64, in sentence: SentenceRow, after: Int = 0) throws -> TextSpan {
        let span = try span(of: surface, in: sentence, after: after)
        try connection.run("""
            INSERT INTO mentions (article_id, sentence_id, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)
            """, sentence.article, sentence.id, entity, span.start, span.end, surface)
        return span
    }

    func span(of surface: String, in sentence: SentenceRow, after: Int = 0) throws -> TextSpan {
        guard let scalars = articleTexts[sentence.article],
              let start = FixtureDatabase.offset(of: surface, in: scalars, from: sentence.start + after),
              start + surface.unicodeScalars.count <= sentence.end else {
            throw FixtureError("\(surface) not in sentence \(sentence.id)")
        }
        return TextSpan(start: start, end: start + surface.unicodeScalars.count)
    }

    struct Time {
        var value: String
        var mod: String?
        var text: String
        var start: String
        var end: String
    }

    @discardableResult
    func event(_ type: EventType, trigger: String, in sentence: SentenceRow, modality: Modality = .asserted,
               participants: [(Int64, Role)], location: Int64? = nil, time: Time? = nil,
               confidence: Double = 0.8) throws -> Int64 {
        let span = try span(of: trigger, in: sentence)
        try connection.run("""
            INSERT INTO events (article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end,
                                location_id, time_value, time_mod, time_text, time_start, time_end, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, sentence.article, sentence.id, type.rawValue, type.defaultCAMEO, modality.rawValue, trigger,
            span.start, span.end, location, time?.value, time?.mod, time?.text, time?.start, time?.end, confidence)
        let id = connection.lastInsertRowID
        for (entity, role) in participants {
            try connection.run("INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?)",
                               id, entity, role.rawValue)
        }
        return id
    }

    @discardableResult
    func relation(_ subject: Int64, _ predicate: EventModel.Predicate, _ object: Int64, words: String,
                  in sentence: SentenceRow) throws -> Int64 {
        let span = try span(of: words, in: sentence)
        try connection.run("""
            INSERT INTO relations (article_id, sentence_id, subject_id, predicate, object_id, start, end, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0.7)
            """, sentence.article, sentence.id, subject, predicate.rawValue, object, span.start, span.end)
        return connection.lastInsertRowID
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
