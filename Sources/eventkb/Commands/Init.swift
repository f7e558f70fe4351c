import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SQLite
import Store

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create (or migrate) the database.",
        discussion: "Applies the schema migrations this eventkb knows and the database lacks, in one transaction. Running it again changes nothing.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let path = global.databasePath
        let store = try StoreOpening.open(path)
        let m = store.migration
        if m.from == 0 {
            print("\(path): created, schema version \(m.to)")
        } else if m.changed {
            print("\(path): migrated from schema version \(m.from) to \(m.to)")
        } else {
            print("\(path): up to date (schema version \(m.to))")
        }
    }
}

/// Opens the store for writing, turning SQLite and schema errors into one line for the user.
enum StoreOpening {
    static func open(_ path: String) throws -> Store {
        // SQLite opens a file it may not write read-only without a word, and every article would
        // then fail on its own; say it once, up front (<https://www.sqlite.org/c3ref/open.html>).
        let status = FileStatus(path: path)
        if status == .directory {
            throw CLIFailure(message: "\(path) is a directory, not a database file")
        }
        if status != .missing, access(path, W_OK) != 0 {
            throw CLIFailure(message: "database \(path) is read-only for you: cannot write to it (check its permissions)")
        }
        do {
            return try Store(path: path)
        } catch {
            throw CLIFailure(message: String(describing: error))
        }
    }
}
