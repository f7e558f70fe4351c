import ArgumentParser
// Placeholders: each canned question lands with issue 4 (Query), replacing this file.
struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Who met whom, where, when.")
}
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "All events, filtered by type, actor, place and time.")
}
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Entities with aliases and mention counts.")
}
struct EntityProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entity", abstract: "One entity: aliases, relations, events in time order.")
}
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Relations between entities.")
}
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The events of one entity, oldest first.")
}
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Full-text search over sentences.")
}
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The sentence and article behind an event, with offsets.")
}
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Counts of articles, sentences, entities, mentions, events, relations.")
}
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the whole knowledge base (jsonl, csv, gdelt, dot, geojson).")
}
