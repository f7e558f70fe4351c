import ArgumentParser

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Ingest articles: files, directories (.txt, .jsonl) or - for stdin.")
}
