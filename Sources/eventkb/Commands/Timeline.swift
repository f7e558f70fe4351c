import ArgumentParser
import Query

struct Timeline: ParsableCommand, RequestCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "The events of one entity, oldest first.",
        discussion: """
        Events the entity takes part in or that happen there; undated events come last. \
        NAME matches any alias (every entity it fits). \
        The --limit most recent events (by their own date; undated ones only when fewer dated \
        ones remain) are shown, oldest first; when there are more, a note on standard error \
        says how many there are in all. --all lists every one. \
        --sql prints the statement that picks the latest ids (with --all: the whole listing).
        """)

    /// How many events `timeline` shows unless told otherwise: a screenful or two of a busy
    /// entity's recent history (Tony Blair has 7,709 real events at 102,048 articles).
    static let defaultLimit = 100

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "The entity's name or any alias.") var name: String
    @OptionGroup var reports: ReportsOption
    @Option(help: "At most this many events: the most recent ones.") var limit: Int = Timeline.defaultLimit
    @Flag(help: "Every event, however many.") var all = false
    @OptionGroup var sql: SQLOption

    var request: TimelineRequest {
        TimelineRequest(db: global.db, format: output.format, name: name, mentions: reports.mentions,
                        limit: limit, all: all, sql: sql.sql)
    }

    func validate() throws { try request.validate() }
    func run() throws { try request.run() }
}

struct TimelineRequest: QueryRequest {
    var db: String?
    var format: OutputFormat?
    var name: String
    var mentions = false
    var limit = Timeline.defaultLimit
    var all = false
    var sql = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let shown = SQLOption.show(all
            ? EventQuery.statement(for: EventFilter(involving: name, eachMention: mentions))
            : KnowledgeBase.latestTimelineStatement(name, eachMention: mentions, limit: limit), when: sql)
        if shown { return }
        let kb = try QueryCommand.open(db: db)
        let page = try QueryCommand.answer { try kb.timeline(name, eachMention: mentions, latest: all ? nil : limit) }
        Printer.print(page.events.map(EventRow.init), format: .resolved(format))
        if page.total > page.events.count {
            let what = mentions ? "reports" : "events"
            Descriptors.sendError(
                "eventkb: the latest \(page.events.count) of \(page.total) \(what); --all lists every one\n")
        }
    }
}
