import ArgumentParser
import EventModel
import Query

struct Meetings: ParsableCommand, RequestCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "Who met whom, where, when.",
        discussion: """
        Meet, visit, host and negotiate events. Names match any alias, ignoring case and accents; \
        --where also finds places inside the one named (Baghdad Airport for baghdad). Dates compare \
        intervals: an event of "late January 2024" matches --from 2024-01-25. Asserted and planned \
        meetings are listed unless --modality says otherwise.
        """)

    enum ModalityChoice: String, ExpressibleByArgument, CaseIterable {
        case asserted, planned, hypothetical, negated, all
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Option(help: ArgumentHelp("A participant, by any of its names.", valueName: "name")) var who: String?
    @Option(help: ArgumentHelp("Another participant (with --who: a different one).", valueName: "name")) var with: String?
    @Option(name: .customLong("where"), help: ArgumentHelp("The place, by any of its names.", valueName: "place"))
    var place: String?
    @OptionGroup var dates: DateOptions
    @Option(help: "asserted, planned, hypothetical, negated, or all (default: asserted and planned).")
    var modality: ModalityChoice?
    @OptionGroup var reports: ReportsOption
    @OptionGroup var sql: SQLOption

    var request: MeetingsRequest {
        MeetingsRequest(db: global.db, format: output.format, who: who, with: with, place: place,
                        from: dates.from, to: dates.to, modality: modality, mentions: reports.mentions, sql: sql.sql)
    }

    func run() throws { try request.run() }
}

struct MeetingsRequest: QueryRequest {
    var db: String?
    var format: OutputFormat?
    var who: String?
    var with: String?
    var place: String?
    var from: String?
    var to: String?
    var modality: Meetings.ModalityChoice?
    var mentions = false
    var sql = false

    /// `--from` / `--to` must be dates (what `DateOptions.validate()` says under ArgumentParser).
    func validate() throws {
        _ = try QueryCommand.dateRange(from, option: "--from")
        _ = try QueryCommand.dateRange(to, option: "--to")
    }

    func run() throws {
        var filter = EventFilter(who: who, with: with, place: place,
                                 from: try? QueryCommand.dateRange(from, option: "--from"),
                                 to: try? QueryCommand.dateRange(to, option: "--to"),
                                 eachMention: mentions)
        switch modality {
        case nil: filter.modalities = nil
        case .all?: filter.modalities = Modality.allCases.map(\.rawValue)
        case let one?: filter.modalities = [one.rawValue]
        }
        if SQLOption.show(EventQuery.meetingsStatement(for: filter), when: sql) { return }
        let kb = try QueryCommand.open(db: db)
        let meetings = try QueryCommand.answer { try kb.meetings(filter) }
        Printer.print(meetings.map(EventRow.init), format: .resolved(format))
    }
}
