import ArgumentParser
import EventModel
import Query

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Entities with aliases and mention counts.",
        discussion: "Most mentioned first. --name matches any alias, ignoring case and accents: an alias equal "
            + "to it, else aliases containing it as whole words.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Option(help: "person, organization or location.") var type: String?
    @Option(help: ArgumentHelp("A name or part of one (whole words).", valueName: "name")) var name: String?
    @OptionGroup var sql: SQLOption

    func validate() throws {
        _ = try QueryCommand.choices(type, option: "--type", allowed: EntityType.allCases.map(\.rawValue))
    }

    func run() throws {
        if sql.show(KnowledgeBase.entitiesStatement(type: type, name: name)) { return }
        let kb = try QueryCommand.open(global)
        let entities = try QueryCommand.answer { try kb.entities(type: type, name: name) }
        Printer.print(entities.map(EntityRow.init), format: output.resolved)
    }
}
