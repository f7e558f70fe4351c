import ArgumentParser
import Query

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of articles, sentences, entities, mentions, events, relations.",
        discussion: "--format json prints one object, not an array.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let kb = try QueryCommand.open(global)
        let counts = try QueryCommand.answer { try kb.counts() }
        Printer.printOne(StatsRow(counts: counts), format: output.resolved)
    }
}
