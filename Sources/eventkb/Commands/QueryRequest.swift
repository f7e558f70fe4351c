/// A canned query with its options read, ready to run: what `meetings`, `timeline`, `entity` and
/// `search` do, without ArgumentParser's types.
///
/// Why: each command struct's property wrappers (`@Option`, `@OptionGroup`) build ArgumentParser's
/// option definitions when the struct is made, instantiating generic metadata through the Swift
/// runtime: about 0.7 ms of a 10 ms query process. `QuickLaunch` builds a request directly from a
/// plain command line; ArgumentParser's command builds the same request from what it parsed, so
/// both paths run one `run()`.
protocol QueryRequest {
    func validate() throws
    func run() throws
}

/// A command whose work is a `QueryRequest`.
protocol RequestCommand {
    associatedtype Request: QueryRequest
    var request: Request { get }
}
