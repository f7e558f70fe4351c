import ArgumentParser
import Query

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "The sentence and article behind an event, with offsets.",
        discussion: "The sentence is shown with the trigger in [brackets] and the participants and place in "
            + "{braces}; offsets count Unicode scalars in the article text.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "The event id (the id field of events, meetings, timeline).") var eventID: Int64

    func run() throws {
        let kb = try QueryCommand.open(global)
        let explanation = try QueryCommand.answer { try kb.explain(eventID: eventID) }
        let row = ExplanationRow(explanation: explanation)
        if output.resolved == .table {
            var out = StandardOutput()
            out.write(row.text)
            out.flush()
        } else {
            Printer.print([row], format: output.resolved)
        }
    }
}
