import ArgumentParser
import Query

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the whole knowledge base (jsonl, csv, gdelt, dot, geojson).",
        discussion: "jsonl and csv print every event (the Event objects of `events`). gdelt, dot and geojson "
            + "are not available yet.")

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv, gdelt, dot, geojson
    }

    @OptionGroup var global: GlobalOptions
    // Not FormatOptions: export's formats are its own.
    @Option(help: "jsonl (default), csv, gdelt, dot or geojson.") var format: ExportFormat = .jsonl

    func run() throws {
        let kb = try QueryCommand.open(global)
        switch format {
        case .jsonl, .csv:
            let events = try QueryCommand.answer { try kb.events() }
            Printer.print(events.map(EventRow.init), format: format == .csv ? .csv : .jsonl)
        case .gdelt, .dot, .geojson:
            throw CLIFailure(message: "export --format \(format.rawValue) is not yet available (jsonl and csv are)")
        }
    }
}
