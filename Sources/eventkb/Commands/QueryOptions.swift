import ArgumentParser
import EventModel
import Query
import SQLite
import Store

/// What the query commands share: opening the knowledge base read-only and turning the
/// Query module's errors into one-line failures.
enum QueryCommand {
    /// Opens `--db` read-only; a missing or too-new database is a one-line failure (exit 1).
    static func open(_ global: GlobalOptions) throws -> KnowledgeBase {
        try open(db: global.db)
    }

    /// Opens `--db` (nil: $EVENTKB_DB, else ./eventkb.sqlite) read-only; the command's statements
    /// all read one snapshot (`holdSnapshot`), so an ingest running beside it cannot change the
    /// answer half-way.
    static func open(db: String?) throws -> KnowledgeBase {
        try answer {
            let kb = try KnowledgeBase(path: GlobalOptions.databasePath(db: db), knownSchema: Migrator.currentVersion)
            try kb.holdSnapshot()
            return kb
        }
    }

    /// Runs `body`, reporting any error as `eventkb: <reason>` with exit status 1.
    static func answer<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            throw CLIFailure(message: String(describing: error))
        }
    }

    /// `--from`/`--to` values: ValidationError (exit 2) unless `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func dateRange(_ text: String?, option: String) throws -> DateRange? {
        guard let text else { return nil }
        do {
            return try DateRange(iso: text)
        } catch {
            throw ValidationError("\(option) \(text) is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    /// Comma-separated values, each checked against `allowed` (ValidationError listing them).
    static func choices(_ text: String?, option: String, allowed: [String]) throws -> [String]? {
        guard let text else { return nil }
        let values = text.split(separator: ",").map { $0.trimmed(newlines: false) }.filter { !$0.isEmpty }
        for value in values where !allowed.contains(value) {
            throw ValidationError("\(option) \(value) is not one of: \(allowed.joined(separator: ", "))")
        }
        guard !values.isEmpty else { throw ValidationError("\(option) needs a value") }
        return values
    }
}

/// `--sql`: print the statement a command would run, values filled in, for `sqlite3`.
struct SQLOption: ParsableArguments {
    @Flag(help: "Print the SQL statement (values filled in) to paste into sqlite3, instead of running it.")
    var sql = false

    /// Prints the statement when `--sql` was given; returns whether it did.
    func show(_ statement: (sql: String, bindings: [(String, SQLiteValue)])?) -> Bool {
        SQLOption.show(statement, when: sql)
    }

    /// Prints the statement when `flag` (`--sql`) is set; returns whether it did.
    static func show(_ statement: (sql: String, bindings: [(String, SQLiteValue)])?, when flag: Bool) -> Bool {
        guard flag else { return false }
        var out = StandardOutput()
        if let statement {
            out.write(PasteableSQL.inline(statement.sql, statement.bindings) + "\n")
        } else {
            out.write("-- nothing to run: the search has no words\n")
        }
        out.flush()
        return true
    }
}

/// `--mentions`: every report of an event instead of one row per real event.
struct ReportsOption: ParsableArguments {
    @Flag(help: "One row per report (each article's sentence) instead of one per real event.")
    var mentions = false
}

/// `--from` / `--to`, shared by `meetings` and `events`.
struct DateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep events whose time ends on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
                               valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Keep events whose time starts on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).",
                               valueName: "date"))
    var to: String?

    func validate() throws {
        _ = try QueryCommand.dateRange(from, option: "--from")
        _ = try QueryCommand.dateRange(to, option: "--to")
    }

    var fromRange: DateRange? { try? QueryCommand.dateRange(from, option: "--from") }
    var toRange: DateRange? { try? QueryCommand.dateRange(to, option: "--to") }
}
