import ArgumentParser
import Query

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole knowledge base (jsonl, csv, gdelt, dot, geojson).",
        discussion: """
        jsonl and csv: every real event as the Event objects of `events` (with --mentions, every report). \
        gdelt: asserted events as GDELT 1.0-like TSV with CAMEO codes and a header line. \
        dot: who met whom as a Graphviz graph (render with `dot -Tsvg`). \
        geojson: a FeatureCollection of events at places with gazetteer coordinates.
        """)

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv, gdelt, dot, geojson
    }

    @OptionGroup var global: GlobalOptions
    // Not FormatOptions: export's formats are its own.
    @Option(help: "jsonl (default), csv, gdelt, dot or geojson.") var format: ExportFormat = .jsonl
    @OptionGroup var reports: ReportsOption

    func run() throws {
        let kb = try QueryCommand.open(global)
        var out = StandardOutput()
        defer { out.flush() }
        switch format {
        case .jsonl, .csv:
            let events = try QueryCommand.answer { try kb.events(EventFilter(eachMention: reports.mentions)) }
            Printer.print(events.map(EventRow.init), format: format == .csv ? .csv : .jsonl)
        case .gdelt:
            let (events, facts, urls, lead) = try QueryCommand.answer {
                (try kb.events(EventFilter(modalities: ["asserted"], eachMention: reports.mentions)),
                 try kb.entityFacts(), try kb.articleURLs(), try kb.leadEventIDs())
            }
            out.write(GDELTExport.header())
            for event in events { out.write(GDELTExport.line(event, facts: facts, urls: urls, lead: lead)) }
        case .dot:
            let graph = try QueryCommand.answer { try kb.meetingGraph() }
            out.write(DOTExport.render(graph))
        case .geojson:
            let (events, facts) = try QueryCommand.answer {
                (try kb.events(EventFilter(eachMention: reports.mentions)), try kb.entityFacts())
            }
            out.write(GeoJSONExport.render(events, facts: facts))
        }
    }
}
