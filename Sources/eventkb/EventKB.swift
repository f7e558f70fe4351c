import ArgumentParser

@main
struct EventKB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventkb",
        abstract: "Turn news articles into a knowledge base of entities, events and relations.",
        version: "0.1.0"
    )
}
