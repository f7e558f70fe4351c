import ArgumentParser
import Query

struct EntityProfileCommand: ParsableCommand, RequestCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "One entity: aliases, relations, events in time order.",
        discussion: """
        NAME matches any alias, ignoring case and accents. When several entities fit, the most \
        mentioned one is shown if it has more than twice the mentions of any other; otherwise the \
        candidates are listed (exit 0) and a note on standard error says the name is ambiguous. \
        An unknown name prints nothing (json: []). \
        Events, relations and articles: the --limit most recent of each (events by their own date, \
        the rest by publication date), shown oldest first; "totals" (json) and the table headings say \
        how many there are in all. --all lists every one.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "The entity's name or any alias.") var name: String
    @Option(help: "At most this many events, relations and articles: the most recent ones.") var limit: Int = 20
    @Flag(help: "Every event, relation and article, however many.") var all = false

    var request: EntityRequest {
        EntityRequest(db: global.db, format: output.format, name: name, limit: limit, all: all)
    }

    func validate() throws { try request.validate() }
    func run() throws { try request.run() }
}

struct EntityRequest: QueryRequest {
    var db: String?
    var format: OutputFormat?
    var name: String
    var limit = 20
    var all = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let kb = try QueryCommand.open(db: db)
        let lookup = try QueryCommand.answer { try kb.entity(named: name, latest: all ? nil : limit) }
        let format = OutputFormat.resolved(self.format)
        switch lookup {
        case .none:
            Printer.print([EntityRow](), format: format)
        case .ambiguous(let candidates):
            Printer.print(candidates.map(EntityRow.init), format: format)
            Descriptors.sendError(
                "eventkb: \"\(name)\" is ambiguous: \(candidates.count) entities match; use a fuller name\n")
            // Namesakes kept apart at ingest say why, so the split can be judged.
            for (id, reason) in (try? kb.keptApart(candidates.map(\.id))) ?? [] {
                Descriptors.sendError("eventkb: entity \(id) \(reason)\n")
            }
        case .found(let profile):
            let row = EntityProfileRow(profile: profile)
            if format == .table {
                var out = StandardOutput()
                out.write(row.text(width: Table.terminalWidth()))
                out.flush()
            } else {
                Printer.print([row], format: format)
            }
        }
    }
}
