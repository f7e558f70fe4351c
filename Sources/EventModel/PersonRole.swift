/// A title or role word written with a person's name in one article (`Foreign Minister X`,
/// `striker X`, `actor X`), with the field of life it belongs to. Two people with one surname
/// but roles in different fields (`public` office and `sport`) are kept apart by the Store.
public struct PersonRole: Sendable, Hashable, Codable {
    /// The title or role as written, lower case: `foreign minister`, `striker`.
    public var title: String
    /// `public`, `sport`, `business`, `entertainment`, `religion`, `law`, `media`, `academia`
    /// (Sources/Ingest/Lexicons/role-fields.tsv).
    public var field: String

    public init(title: String, field: String) {
        self.title = title
        self.field = field
    }
}
