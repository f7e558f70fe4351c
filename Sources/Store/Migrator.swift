import SQLite

/// One numbered schema step, `Schema/NNN_name.sql`.
public struct Migration: Sendable, Hashable {
    public let version: Int
    public let name: String
    public let sql: String
}

/// Why a database cannot be used with this build of eventkb.
public enum SchemaError: Error, CustomStringConvertible, Equatable {
    /// The database was written by a newer eventkb.
    case tooNew(database: Int, known: Int)
    /// The database predates this build's schema and was opened read-only, so it cannot be migrated.
    case tooOld(database: Int, known: Int)
    /// user_version is 0 but the file already holds tables: someone else's database.
    case foreignDatabase(tables: [String])
    /// An embedded schema file is misnamed or the numbers have gaps (a build error, caught by tests).
    case badMigrationFile(String)

    public var description: String {
        switch self {
        case .tooNew(let database, let known):
            "database schema version \(database) is newer than this eventkb (\(known)); upgrade eventkb"
        case .tooOld(let database, let known):
            "database schema version \(database) is older than this eventkb (\(known)); run `eventkb init` to migrate it"
        case .foreignDatabase(let tables):
            "not an eventkb database: it has no schema version but holds tables (\(tables.prefix(5).joined(separator: ", ")))"
        case .badMigrationFile(let name):
            "bad schema file \(name): expected NNN_name.sql numbered 1, 2, 3, …"
        }
    }
}

/// Applies the numbered `Schema/*.sql` files embedded in the binary, tracking the applied
/// number in `PRAGMA user_version` (<https://www.sqlite.org/pragma.html#pragma_user_version>).
public enum Migrator {
    /// Every embedded migration in version order, or why the embedded files are unusable
    /// (a build mistake that tests catch; reported as an error, never a trap).
    static let loaded: Result<[Migration], SchemaError> = Result { try validatedMigrations() }
        .mapError { $0 as? SchemaError ?? .badMigrationFile("\($0)") }

    /// Every embedded migration, in version order.
    public static func migrations() throws -> [Migration] { try loaded.get() }

    /// The schema version this build writes: the highest migration number.
    public static var currentVersion: Int { (try? loaded.get())?.last?.version ?? 0 }

    static func validatedMigrations() throws -> [Migration] {
        var result: [Migration] = []
        for (index, file) in EmbeddedSchema.files.enumerated() {
            guard let migration = parse(name: file.name, sql: file.text), migration.version == index + 1 else {
                throw SchemaError.badMigrationFile(file.name)
            }
            result.append(migration)
        }
        return result
    }

    /// `001_initial.sql` → version 1, name `initial`.
    static func parse(name: String, sql: String) -> Migration? {
        guard name.hasSuffix(".sql"), let underscore = name.firstIndex(of: "_") else { return nil }
        let digits = name[..<underscore]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let version = Int(digits), version > 0 else { return nil }
        let label = name[name.index(after: underscore)..<name.index(name.endIndex, offsetBy: -4)]
        return Migration(version: version, name: String(label), sql: sql)
    }

    /// What `migrate` did: the version found and the version left.
    public struct Outcome: Sendable, Equatable {
        public let from: Int
        public let to: Int
        public var changed: Bool { from != to }
    }

    /// Brings the database up to `currentVersion` in one `BEGIN IMMEDIATE` transaction; a second
    /// run (or a second process racing this one) finds nothing to do. Throws `SchemaError.tooNew`
    /// for a database from a newer eventkb, leaving it untouched.
    @discardableResult
    public static func migrate(_ connection: Connection) throws -> Outcome {
        try migrate(connection, to: try migrations())
    }

    static func migrate(_ connection: Connection, to migrations: [Migration]) throws -> Outcome {
        let known = migrations.last?.version ?? 0
        // Cheap check outside the write lock, so a too-new database is refused without locking it.
        let seen = try connection.userVersion()
        if seen > known { throw SchemaError.tooNew(database: seen, known: known) }
        if seen == known { return Outcome(from: seen, to: seen) }

        return try connection.transaction {
            // Read again under the write lock: another process may have migrated meanwhile.
            let found = try connection.userVersion()
            if found > known { throw SchemaError.tooNew(database: found, known: known) }
            if found == 0 {
                let tables = try userTables(connection)
                if !tables.isEmpty { throw SchemaError.foreignDatabase(tables: tables) }
            }
            for migration in migrations where migration.version > found {
                try connection.execute(migration.sql)
            }
            try connection.setUserVersion(known)
            return Outcome(from: found, to: known)
        }
    }

    /// For read-only users (queries): the database must be exactly at this build's version.
    public static func verify(_ connection: Connection) throws {
        _ = try migrations()
        let found = try connection.userVersion()
        if found > currentVersion { throw SchemaError.tooNew(database: found, known: currentVersion) }
        if found < currentVersion {
            if found == 0 {
                let tables = try userTables(connection)
                if !tables.isEmpty { throw SchemaError.foreignDatabase(tables: tables) }
            }
            throw SchemaError.tooOld(database: found, known: currentVersion)
        }
    }

    static func userTables(_ connection: Connection) throws -> [String] {
        try connection.rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") {
            $0.string(0)
        }
    }
}
