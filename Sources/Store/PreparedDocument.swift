import EventModel

/// A document with everything its write needs that the database does not: validation, the
/// content hash, the sentence and mention texts, and the folded forms of every entity name.
///
/// Why: an ingest has one writer but several extraction threads. `Store.prepare` is pure, so a
/// batch ingest runs it on the extraction threads, next to `Extractor.extract`, and the writer's
/// critical path is left with the SQL alone (`Store.write(prepared:)`).
public struct PreparedDocument: Sendable {
    public let document: Document
    /// Why the document cannot be stored (`invalid document: ...`), or nil when it can.
    public let problem: String?
    let hash: String
    /// `text.slice` of each sentence span, in order.
    let sentenceTexts: [String]
    /// `text.slice` of each mention span, in order.
    let mentionTexts: [String]
    /// One per `document.entities`, in order.
    let names: [EntityNames]
}

/// The folded forms of one document entity, as `EntityResolver` compares and stores them.
struct EntityNames: Sendable {
    /// `NameKey.fold(entity.name)`.
    let nameKey: String
    /// The country code, uppercased.
    let code: String?
    /// The transliteration skeleton, for people only.
    let skeleton: String?
    /// Folded aliases that differ from the name, each once, in order of first appearance.
    let otherAliasKeys: [String]
    /// `NameKey.fold` of every alias, parallel to `entity.aliases`.
    let aliasKeys: [String]

    init(_ entity: Entity) {
        nameKey = NameKey.fold(entity.name)
        code = entity.countryCode.map { $0.uppercased() }
        skeleton = entity.type == .person ? NameSkeleton.of(entity.name) : nil
        aliasKeys = entity.aliases.map(NameKey.fold)
        var others: [String] = []
        for key in aliasKeys where !key.isEmpty && key != nameKey && !others.contains(key) { others.append(key) }
        otherAliasKeys = others
    }
}

extension Store {
    /// Validates `document` and works out everything its write needs besides the database.
    /// Pure and thread-safe; an invalid document comes back with `problem` set (and is then
    /// reported as `.rejected` by `write(prepared:)`).
    public static func prepare(_ document: Document) -> PreparedDocument {
        do {
            return try prepareValid(document)
        } catch {
            return PreparedDocument(document: document, problem: reason(error), hash: "",
                                    sentenceTexts: [], mentionTexts: [], names: [])
        }
    }

    /// As `prepare`, but an invalid document throws `StoreError.invalidDocument`.
    static func prepareValid(_ document: Document) throws -> PreparedDocument {
        let text = ScalarText(document.article.text)
        try DocumentValidator.validate(document, scalarCount: text.scalarCount)
        return PreparedDocument(
            document: document, problem: nil, hash: contentHash(of: document.article.text),
            sentenceTexts: document.sentences.map { text.slice($0.start, $0.end) },
            mentionTexts: document.mentions.map { text.slice($0.span.start, $0.span.end) },
            names: document.entities.map(EntityNames.init))
    }
}
