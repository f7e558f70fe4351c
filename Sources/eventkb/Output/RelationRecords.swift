import Query

/// A Relation object of the contract: `{id, subject, predicate, object, evidence, article,
/// confidence}`, plus `span`, the words stating it, with their offsets.
struct RelationRow: Printable {
    let relation: RelationRecord

    static func json(_ r: RelationRecord) -> JSON {
        .object([
            ("id", .int(Int(r.id))), ("subject", RefJSON.entity(r.subject)), ("predicate", .string(r.predicate)),
            ("object", RefJSON.entity(r.object)),
            ("span", .object([("text", .string(r.text)), ("start", .int(r.span.start)), ("end", .int(r.span.end))])),
            ("evidence", RefJSON.evidence(r.evidence)), ("article", RefJSON.article(r.article)),
            ("confidence", .double(r.confidence)),
        ])
    }

    var json: JSON { RelationRow.json(relation) }

    static let columns = ["id", "subject_id", "subject", "predicate", "object_id", "object", "text", "start", "end",
                          "article_id", "source", "sentence", "confidence"]

    var cells: [String] {
        let r = relation
        return [String(r.id), String(r.subject.id), r.subject.name, r.predicate, String(r.object.id), r.object.name,
                r.text, String(r.span.start), String(r.span.end), String(r.article.id), r.article.source,
                r.evidence.sentence, String(r.confidence)]
    }

    static let tableColumns = ["id", "subject", "predicate", "object", "evidence"]

    var tableCells: [String] {
        [String(relation.id), relation.subject.name, relation.predicate, relation.object.name, relation.evidence.sentence]
    }
}
