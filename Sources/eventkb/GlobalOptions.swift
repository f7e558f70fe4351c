import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options every command takes, before or after the command name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (default: $EVENTKB_DB, else ./eventkb.sqlite).",
                                            valueName: "path"))
    var db: String?

    /// --db, else $EVENTKB_DB, else ./eventkb.sqlite.
    var databasePath: String { GlobalOptions.databasePath(db: db) }

    /// --db, else $EVENTKB_DB, else ./eventkb.sqlite (`getenv`: Foundation's environment
    /// dictionary is built whole on first use, a cost every query process would pay).
    static func databasePath(db: String?) -> String {
        if let db, !db.isEmpty { return db }
        if let env = getenv("EVENTKB_DB").map({ String(cString: $0) }), !env.isEmpty { return env }
        return "eventkb.sqlite"
    }
}

/// A failure to report in one line, in the user's words, with its exit status.
struct CLIFailure: Error {
    var message: String
    var exitCode: Int32 = 1
}
