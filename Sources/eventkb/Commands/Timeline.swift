import ArgumentParser
import Query

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "The events of one entity, oldest first.",
        discussion: "Events the entity takes part in or that happen there; undated events come last. "
            + "NAME matches any alias (every entity it fits).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "The entity's name or any alias.") var name: String
    @OptionGroup var reports: ReportsOption
    @OptionGroup var sql: SQLOption

    func run() throws {
        if sql.show(EventQuery.statement(for: EventFilter(involving: name, eachMention: reports.mentions))) { return }
        let kb = try QueryCommand.open(global)
        let events = try QueryCommand.answer { try kb.timeline(name, eachMention: reports.mentions) }
        Printer.print(events.map(EventRow.init), format: output.resolved)
    }
}
