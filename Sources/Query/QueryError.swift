/// Why a question could not be answered. Unknown names are not errors: they answer `[]`.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    /// No file at the path: nothing was ever ingested there.
    case missingDatabase(path: String)
    /// The path is a directory.
    case isDirectory(path: String)
    /// The file has no eventkb schema (user_version 0).
    case notInitialized(path: String)
    /// The database was written by a newer eventkb than this one.
    case schemaTooNew(path: String, found: Int, known: Int)
    /// The database predates the schema this eventkb reads; `eventkb init` migrates it.
    case schemaTooOld(path: String, found: Int, needed: Int)
    /// A date filter that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case invalidDate(String)
    /// `explain` of an id that is not in the database.
    case noSuchEvent(Int64)

    public var description: String {
        switch self {
        case .missingDatabase(let path):
            "no database at \(path): run eventkb init and eventkb ingest first"
        case .isDirectory(let path):
            "\(path) is a directory, not a database file: pass the file with --db"
        case .notInitialized(let path):
            "\(path) has no eventkb schema: run eventkb init and eventkb ingest first"
        case .schemaTooNew(let path, let found, let known):
            "\(path) has schema version \(found), newer than this eventkb knows (\(known)): upgrade eventkb"
        case .schemaTooOld(let path, let found, let needed):
            "\(path) has schema version \(found), older than this eventkb reads (\(needed)): run eventkb init to migrate it"
        case .invalidDate(let text):
            "\(text) is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        case .noSuchEvent(let id):
            "no event with id \(id)"
        }
    }
}
