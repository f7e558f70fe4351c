import ArgumentParser
import EventModel
import Ingest

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run the extractor on one article without storing it; print its document as JSON.",
        discussion: "PATH is a text file or - for standard input. Offsets count Unicode scalars in the text as read.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article: a UTF-8 text file, or - for standard input.")
    var path: String

    @Option(help: "Publication date (YYYY-MM-DD or YYYY-MM) for an article without a date header.")
    var date: String?

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date \(date) is not YYYY-MM-DD or YYYY-MM")
        }
    }

    func run() throws {
        var article: Article?
        var problem: String?
        ArticleInputs(paths: [path], date: date.flatMap { CalendarDate(iso: $0) }).forEach { input in
            switch input {
            case .article(let a) where article == nil: article = a
            case .article: break
            case .rejected(let source, let reason): problem = problem ?? "\(source): \(reason)"
            }
        }
        guard let article else { throw CLIFailure(message: problem ?? "\(path): no article found") }
        let document = Extractor().extract(article)
        var out = StandardOutput()
        out.write(DocumentJSON.render(document).serialized + "\n")
        out.flush()
    }
}
