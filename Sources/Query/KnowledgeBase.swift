import SQLite

/// The knowledge base opened read-only for questions. Every canned question is a method in
/// an extension (`KnowledgeBase+Meetings.swift`, …) whose SQL is a `static let` (or is built
/// from `static let` parts) that you can paste into `sqlite3`.
///
/// Opened with `SQLITE_OPEN_READONLY` (<https://www.sqlite.org/c3ref/open.html>): a query can
/// never write, and runs beside an ingest in WAL mode (<https://www.sqlite.org/wal.html>).
/// Not Sendable, like its `Connection`: use it from one thread.
public final class KnowledgeBase {
    let connection: Connection
    /// Whether `eventkb_bm25` was added to `connection` (nil: not tried yet); see `rankedByEventKB`.
    var searchRankAdded: Bool?
    public let path: String
    /// The file's `PRAGMA user_version`: SQL that needs a newer schema's tables or columns keeps
    /// an older form for older files (read-only: a query never migrates).
    let schemaVersion: Int

    /// The newest schema this module's SQL was written against.
    public static let newestKnownSchema = 11
    /// The oldest schema this module's SQL can read (003 added event_clusters).
    public static let oldestReadableSchema = 3

    /// Opens `path` read-only. Throws `QueryError.missingDatabase` when there is no file,
    /// `isDirectory` for a directory,
    /// `notInitialized` when it has no eventkb schema, `schemaTooNew` when its
    /// `PRAGMA user_version` is above `knownSchema` (pass the highest migration the build
    /// knows), or the `SQLiteError` of a file that is not a database.
    public init(path: String, knownSchema: Int = KnowledgeBase.newestKnownSchema) throws {
        switch FileStatus(path: path) {
        case .missing: throw QueryError.missingDatabase(path: path)
        case .directory: throw QueryError.isDirectory(path: path)
        case .file: break
        }
        self.path = path
        connection = try KnowledgeBase.openReadOnly(path)
        let version = try connection.userVersion()
        if version == 0 { throw QueryError.notInitialized(path: path) }
        if version < KnowledgeBase.oldestReadableSchema {
            throw QueryError.schemaTooOld(path: path, found: version, needed: KnowledgeBase.oldestReadableSchema)
        }
        if version > max(knownSchema, KnowledgeBase.newestKnownSchema) {
            throw QueryError.schemaTooNew(path: path, found: version, known: max(knownSchema, KnowledgeBase.newestKnownSchema))
        }
        schemaVersion = version
        if version < 8 { try connection.execute(KnowledgeBase.aliasWordsView) }
    }

    /// For a database stored before schema 8, which has no `alias_words` table: the same rows
    /// computed from `entity_aliases`, as a view in this connection's own temporary schema (the
    /// file stays untouched, read-only). Name filters then give the same answers, at the old cost
    /// of a pass over every alias; `eventkb init` or the next `ingest` adds the table.
    static let aliasWordsView = """
        CREATE TEMP VIEW alias_words(word, alias_key, entity_id) AS
        WITH RECURSIVE split(entity_id, alias_key, word, rest) AS (
            SELECT entity_id, alias_key, NULL, alias_key || ' ' FROM entity_aliases
            UNION ALL
            SELECT entity_id, alias_key, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
            FROM split WHERE rest <> ''
        )
        SELECT DISTINCT word, alias_key, entity_id FROM split WHERE word IS NOT NULL
        """

    /// A read-only connection. A database in a directory its reader may not write (read-only
    /// media, another user's folder) cannot get the WAL index SQLite keeps beside it; when no
    /// writer left WAL content behind, the database file is complete on its own, so it is read as
    /// immutable (<https://www.sqlite.org/uri.html#uriimmutable>).
    static func openReadOnly(_ path: String) throws -> Connection {
        let connection = try openReadOnlyFile(path)
        try connection.execute(readPragmas)
        return connection
    }

    /// Plain reads, not memory-mapped ones (<https://www.sqlite.org/mmap.html>,
    /// <https://www.sqlite.org/pragma.html#pragma_mmap_size>). A query is a short process that
    /// touches scattered pages of a large file once each: mapped, every first touch is a page fault
    /// (and the kernel maps, then at exit unmaps, the pages around it too), which costs more than
    /// SQLite's `pread` of the same page. Measured at 102,048 articles (sqlite3 shell, the statements
    /// of `timeline`, `search`, `meetings --who/--where/--from` and the `entity` card, each in a new
    /// process): 1.5-2.4x less CPU time with mmap off. Said explicitly, as a build of SQLite may
    /// default to mapping.
    public static let readPragmas = "PRAGMA mmap_size = 0"

    private static func openReadOnlyFile(_ path: String) throws -> Connection {
        do {
            return try Connection(path: path, mode: .readOnly)
        } catch {
            let walHasContent: Bool
            if case .file(let size) = FileStatus(path: path + "-wal") { walHasContent = size > 0 } else { walHasContent = false }
            guard !FileStatus.isWritableDirectory(FileStatus.directory(of: path)), !walHasContent else { throw error }
            return try Connection(path: "file:\(FileStatus.uriPath(path))?immutable=1", mode: .readOnly)
        }
    }

    /// Runs `sql` (cached) with named bindings and maps every row.
    func rows<T>(_ sql: String, _ bindings: [(String, SQLiteValue)] = [], map: (Statement) throws -> T) throws -> [T] {
        let statement = try connection.cachedStatement(sql)
        for (name, value) in bindings { try statement.bind(value, named: name) }
        return try statement.rows(map)
    }

    /// `EXPLAIN QUERY PLAN` of `sql`: the `detail` column of each step
    /// (<https://www.sqlite.org/eqp.html>), for tests that every question uses an index.
    public func queryPlan(_ sql: String, _ bindings: [(String, SQLiteValue)] = []) throws -> [String] {
        let statement = try connection.prepare("EXPLAIN QUERY PLAN " + sql)
        for (name, value) in bindings { try statement.bind(value, named: name) }
        return try statement.rows { $0.string(3) }
    }
}

// Readers of the shared column layouts.
extension Statement {
    func articleRef(at i: Int) -> ArticleRef {
        ArticleRef(id: int64(i), date: optionalString(i + 1), title: optionalString(i + 2), source: string(i + 3))
    }

    func entityRef(at i: Int) -> EntityRef? {
        isNull(i) ? nil : EntityRef(id: int64(i), name: string(i + 1), type: string(i + 2))
    }

    func evidence(at i: Int) -> Evidence {
        Evidence(sentence: string(i), start: int(i + 1), end: int(i + 2))
    }
}
