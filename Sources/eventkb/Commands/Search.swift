import ArgumentParser
import Query
import SQLite

struct Search: ParsableCommand, RequestCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over sentences.",
        discussion: """
        Finds sentences containing every word, ignoring case and accents; best matches first, \
        matches marked [like this]. Quotes, *, - and AND are searched as words, not operators. \
        Only the \(KnowledgeBase.searchWindow) most recently stored matching sentences (or --limit, \
        if higher) are ranked; when more match, a note on standard error says so, and --all ranks \
        every match (slower for common words).
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "The words to find.") var text: [String]
    @Option(help: "At most this many sentences.") var limit: Int = 50
    @Flag(help: "Rank every matching sentence, not only the most recently stored ones.") var all = false
    @OptionGroup var sql: SQLOption

    var request: SearchRequest {
        SearchRequest(db: global.db, format: output.format, text: text, limit: limit, all: all, sql: sql.sql)
    }

    func validate() throws { try request.validate() }
    func run() throws { try request.run() }
}

struct SearchRequest: QueryRequest {
    var db: String?
    var format: OutputFormat?
    var text: [String]
    var limit = 50
    var all = false
    var sql = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let words = text.joined(separator: " ")
        let window = max(KnowledgeBase.searchWindow, limit)
        if SQLOption.show(KnowledgeBase.searchBindings(words, limit: limit).map {
            all ? (KnowledgeBase.searchSQL, $0)
                : (KnowledgeBase.recentSearchSQL, $0 + [(":window", .integer(Int64(window)))])
        }, when: sql) { return }
        let kb = try QueryCommand.open(db: db)
        let page = try QueryCommand.answer {
            try kb.search(words, limit: limit, recent: all ? nil : KnowledgeBase.searchWindow)
        }
        Printer.print(page.hits.map(SearchRow.init), format: .resolved(format))
        if let ranked = page.ranked {
            Descriptors.sendError(
                "eventkb: more than \(ranked) sentences match; the best of the \(ranked) most recently stored are shown; --all ranks every one\n")
        }
    }
}
