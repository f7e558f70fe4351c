import EventModel

/// Pure extraction: article in, document out. Placeholder until the pipeline lands.
public struct Extractor: Sendable {
    public static let version = "0.1.0"
    public init() {}
    public func extract(_ article: Article) -> Document {
        Document(article: article, extractorVersion: Extractor.version)
    }
}
