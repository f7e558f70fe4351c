import ArgumentParser
import Query

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over sentences.",
        discussion: "Finds sentences containing every word, ignoring case and accents; best matches first, "
            + "matches marked [like this]. Quotes, *, - and AND are searched as words, not operators.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "The words to find.") var text: [String]
    @Option(help: "At most this many sentences.") var limit: Int = 50
    @OptionGroup var sql: SQLOption

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let words = text.joined(separator: " ")
        if sql.show(KnowledgeBase.searchBindings(words, limit: limit).map { (KnowledgeBase.searchSQL, $0) }) { return }
        let kb = try QueryCommand.open(global)
        let hits = try QueryCommand.answer { try kb.search(words, limit: limit) }
        Printer.print(hits.map(SearchRow.init), format: output.resolved)
    }
}
