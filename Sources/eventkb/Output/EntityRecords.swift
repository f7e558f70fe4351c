import Query

/// An Entity object of the contract: `{id, name, type, subtype, aliases, mentions}`.
struct EntityRow: Printable {
    let entity: EntitySummary

    static func fields(_ e: EntitySummary) -> [(String, JSON)] {
        [("id", .int(Int(e.id))), ("name", .string(e.name)), ("type", .string(e.type)),
         ("subtype", .string(e.subtype)), ("aliases", .array(e.aliases.map(JSON.string))),
         ("mentions", .int(e.mentions))]
    }

    var json: JSON { .object(EntityRow.fields(entity)) }

    static let columns = ["id", "name", "type", "subtype", "aliases", "mentions"]

    var cells: [String] {
        [String(entity.id), entity.name, entity.type, entity.subtype ?? "", entity.aliases.joined(separator: "; "),
         String(entity.mentions)]
    }

    static let tableColumns = ["id", "name", "type", "subtype", "mentions", "aliases"]

    var tableCells: [String] {
        [String(entity.id), entity.name, entity.type, entity.subtype ?? "", String(entity.mentions),
         entity.aliases.joined(separator: ", ")]
    }
}

/// `entity NAME`: the Entity object with `alias_reasons`, `relations`, `events` and `articles` added.
struct EntityProfileRow: Printable {
    let profile: EntityProfile

    var json: JSON {
        .object(EntityRow.fields(profile.entity) + [
            ("alias_reasons", .array(profile.aliases.map {
                .object([("alias", .string($0.alias)), ("reason", .string($0.reason))])
            })),
            ("roles", .array(profile.roles.map {
                .object([("role", .string($0.role)), ("field", .string($0.field)), ("article", .int(Int($0.articleID)))])
            })),
            ("relations", .array(profile.relations.map(RelationRow.json))),
            ("events", .array(profile.events.map(EventRow.json))),
            ("articles", .array(profile.articles.map {
                .object([("id", .int(Int($0.article.id))), ("date", .string($0.article.date)),
                         ("title", .string($0.article.title)), ("source", .string($0.article.source)),
                         ("mentions", .int($0.mentions))])
            })),
            ("totals", .object([("events", .int(profile.totals.events)), ("relations", .int(profile.totals.relations)),
                                ("articles", .int(profile.totals.articles))])),
        ])
    }

    /// `Events`, or `Events (latest 20 of 1363)` when the list is a card's.
    static func heading(_ title: String, shown: Int, total: Int) -> String {
        shown < total ? "\(title) (latest \(shown) of \(total))" : title
    }

    static let columns = ["id", "name", "type", "subtype", "aliases", "mentions", "relations", "events", "articles"]

    var cells: [String] {
        EntityRow(entity: profile.entity).cells
            + [String(profile.totals.relations), String(profile.totals.events), String(profile.totals.articles)]
    }

    /// The terminal view: a header, then aliases, relations, events and articles as tables.
    func text(width: Int) -> String {
        let e = profile.entity
        var out = "\(e.name) (#\(e.id)) — \(e.type)\(e.subtype.map { ", \($0)" } ?? ""), \(e.mentions) mention\(e.mentions == 1 ? "" : "s")\n"
        if !profile.aliases.isEmpty {
            out += "\nAliases\n" + Table.render(columns: ["alias", "reason"],
                                                rows: profile.aliases.map { [$0.alias, $0.reason ?? ""] }, width: width)
        }
        if !profile.roles.isEmpty {
            out += "\nRoles\n" + Table.render(columns: ["role", "field", "article"],
                                              rows: profile.roles.map { [$0.role, $0.field, String($0.articleID)] }, width: width)
        }
        if !profile.relations.isEmpty {
            out += "\n" + EntityProfileRow.heading("Relations", shown: profile.relations.count, total: profile.totals.relations)
                + "\n" + Table.render(columns: RelationRow.tableColumns,
                                                  rows: profile.relations.map { RelationRow(relation: $0).tableCells },
                                                  width: width)
        }
        if !profile.events.isEmpty {
            out += "\n" + EntityProfileRow.heading("Events", shown: profile.events.count, total: profile.totals.events)
                + "\n" + Table.render(columns: EventRow.tableColumns,
                                               rows: profile.events.map { EventRow(event: $0).tableCells }, width: width)
        }
        if !profile.articles.isEmpty {
            out += "\n" + EntityProfileRow.heading("Articles", shown: profile.articles.count, total: profile.totals.articles)
                + "\n" + Table.render(
                columns: ["id", "date", "mentions", "source"],
                rows: profile.articles.map { [String($0.article.id), $0.article.date ?? "", String($0.mentions),
                                              $0.article.source] }, width: width)
        }
        return out
    }
}
