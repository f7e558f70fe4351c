import ArgumentParser
import EventModel
import Query

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "All events, filtered by type, actor, place and time.",
        discussion: "Every modality is listed (see the modality field). Types: "
            + EventType.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Option(help: ArgumentHelp("Event type(s), comma-separated (meet, visit, attack, …).", valueName: "type"))
    var type: String?
    @Option(help: ArgumentHelp("A participant in any role, by any of its names.", valueName: "name")) var actor: String?
    @Option(name: .customLong("where"), help: ArgumentHelp("The place, by any of its names.", valueName: "place"))
    var place: String?
    @OptionGroup var dates: DateOptions
    @OptionGroup var reports: ReportsOption
    @OptionGroup var sql: SQLOption

    func validate() throws {
        _ = try QueryCommand.choices(type, option: "--type", allowed: EventType.allCases.map(\.rawValue))
    }

    func run() throws {
        let types = try QueryCommand.choices(type, option: "--type", allowed: EventType.allCases.map(\.rawValue))
        let filter = EventFilter(types: types, who: actor, place: place, from: dates.fromRange, to: dates.toRange,
                                 eachMention: reports.mentions)
        if sql.show(EventQuery.statement(for: filter)) { return }
        let kb = try QueryCommand.open(global)
        let events = try QueryCommand.answer { try kb.events(filter) }
        Printer.print(events.map(EventRow.init), format: output.resolved)
    }
}
