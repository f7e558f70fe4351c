/// Plain command lines of the canned queries, parsed without ArgumentParser's machinery.
///
/// Why: a query is one short process, and ArgumentParser's first parse in a process spends most
/// of a small query's CPU time in the Swift runtime — reflecting over every command's properties
/// (`Mirror`) and looking up protocol conformances, each first lookup a scan of every conformance
/// record in the binary, which holds all of Foundation (measured: about 9 of the 18 ms CPU of a
/// `meetings --who` with an empty answer). Even making a command struct costs: its property
/// wrappers build option definitions (about 0.7 ms), so this builds the command's `QueryRequest`
/// directly. A line such as `eventkb --db kb.sqlite meetings --who qaani --format json` needs
/// none of ArgumentParser.
///
/// Only what is certain is handled here: each known option once, with a value that does not
/// look like an option, known flags, the positional words. Anything else — help, `--`,
/// `--opt=value`, a repeated or unknown option, a value the command would reject — returns nil
/// and the line goes to ArgumentParser, which answers (or explains the error) as before. Both
/// paths run the same request's `validate()` and `run()`; `QuickLaunchTests` checks that both
/// parsers build the same request.
enum QuickLaunch {
    /// What to run for `arguments` (without the program name), or nil to use ArgumentParser.
    static func command(_ arguments: [String]) -> QuickCommand? {
        if arguments == ["--version"] { return .version }
        guard var line = Line(arguments) else { return nil }
        let parsed: (any QueryRequest)?
        switch line.command {
        case "meetings": parsed = meetings(&line)
        case "timeline": parsed = timeline(&line)
        case "entity": parsed = entity(&line)
        case "search": parsed = search(&line)
        default: return nil
        }
        guard let parsed, line.isFullyUsed else { return nil }
        do {
            try parsed.validate()
        } catch {
            return nil
        }
        return .run(parsed)
    }

    /// A request, or the version line ArgumentParser prints for `--version`.
    enum QuickCommand {
        case version
        case run(any QueryRequest)
    }

    // MARK: Commands (a request's defaults are the command's; `QuickLaunchTests` compares them)

    static func meetings(_ line: inout Line) -> MeetingsRequest? {
        guard let format = line.format(), line.positionals.isEmpty else { return nil }
        var request = MeetingsRequest(db: line.db, format: format)
        request.who = line.option("--who") ?? nil
        request.with = line.option("--with") ?? nil
        request.place = line.option("--where") ?? nil
        (request.from, request.to) = line.dates()
        switch line.option("--modality") {
        case nil: request.modality = nil
        case let text??:
            guard let modality = Meetings.ModalityChoice(rawValue: text) else { return nil }
            request.modality = modality
        case .some(nil): return nil
        }
        request.mentions = line.flag("--mentions") ?? false
        request.sql = line.flag("--sql") ?? false
        return request
    }

    static func timeline(_ line: inout Line) -> TimelineRequest? {
        guard let format = line.format(), line.positionals.count == 1 else { return nil }
        var request = TimelineRequest(db: line.db, format: format, name: line.positionals[0])
        request.mentions = line.flag("--mentions") ?? false
        guard let limit = line.limit(default: Timeline.defaultLimit), let all = line.flag("--all") else { return nil }
        request.limit = limit
        request.all = all
        request.sql = line.flag("--sql") ?? false
        return request
    }

    static func entity(_ line: inout Line) -> EntityRequest? {
        guard let format = line.format(), line.positionals.count == 1 else { return nil }
        var request = EntityRequest(db: line.db, format: format, name: line.positionals[0])
        guard let limit = line.limit(default: 20), let all = line.flag("--all") else { return nil }
        request.limit = limit
        request.all = all
        return request
    }

    static func search(_ line: inout Line) -> SearchRequest? {
        guard let format = line.format(), !line.positionals.isEmpty else { return nil }
        var request = SearchRequest(db: line.db, format: format, text: line.positionals)
        guard let limit = line.limit(default: 50), let all = line.flag("--all") else { return nil }
        request.limit = limit
        request.all = all
        request.sql = line.flag("--sql") ?? false
        return request
    }

    // MARK: The command line

    /// `[--db PATH] COMMAND [--db PATH] [--option value | --flag | word]...`, split once.
    ///
    /// Arrays, not sets or dictionaries: a line has a handful of words, and a process's first
    /// `Set<String>` or `[String: String?]` makes the Swift runtime build that type's metadata and
    /// look up its conformances (about 0.2 ms of a 4 ms query, measured with perf).
    struct Line {
        let command: String
        var db: String?
        /// `--name` and its value (nil for a flag); each name at most once.
        private var options: [(name: String, value: String?)] = []
        private(set) var positionals: [String] = []
        private var used: [String] = []

        /// Options that take a value, across the commands handled here.
        static let valued = ["--db", "--format", "--who", "--with", "--where", "--from", "--to", "--modality", "--limit"]
        static let flags = ["--mentions", "--sql", "--all"]

        init?(_ arguments: [String]) {
            var command: String?
            var db: String?
            var i = 0
            while i < arguments.count {
                let word = arguments[i]
                i += 1
                if word.hasPrefix("-") {
                    if Line.flags.contains(word), command != nil {
                        guard !options.contains(where: { $0.name == word }) else { return nil }
                        options.append((word, nil))
                        continue
                    }
                    guard Line.valued.contains(word), i < arguments.count,
                          !arguments[i].hasPrefix("-"), word == "--db" || command != nil else { return nil }
                    let value = arguments[i]
                    i += 1
                    if word == "--db" {
                        guard db == nil else { return nil }
                        db = value
                    } else {
                        guard !options.contains(where: { $0.name == word }) else { return nil }
                        options.append((word, value))
                    }
                } else if command == nil {
                    command = word
                } else {
                    positionals.append(word)
                }
            }
            guard let command else { return nil }
            self.command = command
            self.db = db
            used.append("--db")
        }

        /// The option `name` as written, in `option`'s terms.
        private func given(_ name: String) -> String?? {
            for option in options where option.name == name { return .some(option.value) }
            return nil
        }

        /// nil: not given; `.some(nil)`: given as a flag; `.some(value)`.
        mutating func option(_ name: String) -> String?? {
            used.append(name)
            return given(name)
        }

        mutating func flag(_ name: String) -> Bool? {
            used.append(name)
            switch given(name) {
            case nil: return false
            case .some(nil): return true
            case .some(.some): return nil
            }
        }

        /// Every option given was one the command reads.
        var isFullyUsed: Bool { options.allSatisfy { used.contains($0.name) } }

        /// `--format`: `.some(nil)` when not given, nil when its value is not a format.
        mutating func format() -> OutputFormat?? {
            switch option("--format") {
            case nil: return .some(nil)
            case let text??:
                guard let format = OutputFormat(rawValue: text) else { return nil }
                return .some(format)
            case .some(nil): return nil
            }
        }

        /// `--from`/`--to` as written: `MeetingsRequest.validate()` checks they are dates (and a
        /// line with one that is not goes to ArgumentParser, which says why).
        mutating func dates() -> (from: String?, to: String?) {
            (option("--from") ?? nil, option("--to") ?? nil)
        }

        /// `--limit N`, `fallback` when not given, nil when its value is not a number.
        mutating func limit(default fallback: Int) -> Int? {
            switch option("--limit") {
            case nil: return fallback
            case let text??: return Int(text)
            case .some(nil): return nil
            }
        }
    }
}
