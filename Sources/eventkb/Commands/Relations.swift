import ArgumentParser
import EventModel
import Query

struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Relations between entities.",
        discussion: "Predicates: " + Predicate.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Option(help: ArgumentHelp("The subject or object, by any of its names.", valueName: "name")) var entity: String?
    @Option(help: ArgumentHelp("The predicate (leader_of, member_of, …).", valueName: "predicate")) var type: String?
    @OptionGroup var sql: SQLOption

    func validate() throws {
        _ = try QueryCommand.choices(type, option: "--type", allowed: Predicate.allCases.map(\.rawValue))
    }

    func run() throws {
        if sql.show(KnowledgeBase.relationsStatement(entity: entity, predicate: type)) { return }
        let kb = try QueryCommand.open(global)
        let relations = try QueryCommand.answer { try kb.relations(entity: entity, predicate: type) }
        Printer.print(relations.map(RelationRow.init), format: output.resolved)
    }
}
