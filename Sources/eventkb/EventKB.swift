import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct EventKB: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "eventkb",
        abstract: "Turn news articles into a knowledge base of entities, events and relations.",
        discussion: """
        The database is --db PATH, else $EVENTKB_DB, else ./eventkb.sqlite.
        Exit status: 0 ok (an empty answer is ok), 1 failure (or an input was rejected), 2 usage error.
        """,
        version: EventKB.version,
        subcommands: [
            Init.self, IngestCommand.self, Extract.self,
            Meetings.self, Events.self, Entities.self, EntityProfileCommand.self, Relations.self,
            Timeline.self, Search.self, Explain.self, Stats.self, Export.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// ArgumentParser exits 64 (EX_USAGE) on usage errors; the contract says 2.
    /// Failures we raise ourselves print one line in the user's language and exit 1.
    static func main() {
        do {
            // Plain query lines skip ArgumentParser's start-up cost (see QuickLaunch).
            switch QuickLaunch.command(Array(CommandLine.arguments.dropFirst())) {
            case .version?:
                print(EventKB.version)
                return
            case .run(var command)?:
                try RunTiming.measure { try command.run() }
                return
            case nil:
                break
            }
            var command = try parseAsRoot()
            try RunTiming.measure { try command.run() }
        } catch let failure as CLIFailure {
            Descriptors.sendError("eventkb: \(failure.message)\n")
            Descriptors.exitProcess(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Descriptors.sendError(fullMessage(for: error) + "\n")
                Descriptors.exitProcess(2)
            }
            exit(withError: error)
        }
    }
}
