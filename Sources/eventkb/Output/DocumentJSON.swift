import EventModel

/// The contract's `extract` document: entities, events and relations refer to entities by
/// their index in `entities`; every offset counts Unicode scalars in the article text.
enum DocumentJSON {
    static func render(_ doc: Document) -> JSON {
        let text = ScalarText(doc.article.text)
        func slice(_ span: TextSpan) -> String { text.slice(clamped: span) }
        func entityRef(_ index: Int) -> [(String, JSON)] {
            guard doc.entities.indices.contains(index) else { return [("entity", .int(index))] }
            let e = doc.entities[index]
            return [("entity", .int(index)), ("name", .string(e.name)), ("type", .string(e.type.rawValue))]
        }
        func evidence(_ sentence: Int) -> JSON {
            guard doc.sentences.indices.contains(sentence) else { return .null }
            let s = doc.sentences[sentence]
            return .object([("sentence", .string(slice(s))), ("start", .int(s.start)), ("end", .int(s.end))])
        }
        var mentionCounts = [Int](repeating: 0, count: doc.entities.count)
        for m in doc.mentions where mentionCounts.indices.contains(m.entity) { mentionCounts[m.entity] += 1 }
        let entities: [JSON] = doc.entities.enumerated().map { index, e in
            .object([("name", .string(e.name)), ("type", .string(e.type.rawValue)), ("subtype", .string(e.subtype)),
                     ("aliases", .array(e.aliases.map(JSON.string))), ("country_code", .string(e.countryCode)),
                     ("mentions", .int(mentionCounts[index]))])
        }
        let events: [JSON] = doc.events.map { ev in
            .object([
                ("type", .string(ev.type.rawValue)), ("cameo", .string(ev.cameo)), ("trigger", .string(ev.trigger)),
                ("trigger_start", .int(ev.triggerSpan.start)), ("trigger_end", .int(ev.triggerSpan.end)),
                ("modality", .string(ev.modality.rawValue)),
                ("participants", .array(ev.participants.map { .object(entityRef($0.entity) + [("role", .string($0.role.rawValue))]) })),
                ("location", ev.location.map { .object(entityRef($0)) } ?? .null),
                ("date", ev.time.map(timeJSON) ?? .null),
                ("sentence", .int(ev.sentence)), ("evidence", evidence(ev.sentence)),
                ("confidence", .double(ev.confidence)),
            ])
        }
        let relations: [JSON] = doc.relations.map { r in
            .object([("subject", .object(entityRef(r.subject))), ("predicate", .string(r.predicate.rawValue)),
                     ("object", .object(entityRef(r.object))), ("text", .string(slice(r.span))),
                     ("start", .int(r.span.start)), ("end", .int(r.span.end)),
                     ("sentence", .int(r.sentence)), ("evidence", evidence(r.sentence)),
                     ("confidence", .double(r.confidence))])
        }
        return .object([
            ("source", .string(doc.article.source)),
            ("date", .string(doc.article.date?.description)),
            ("title", .string(doc.article.title)),
            ("extractor_version", .string(doc.extractorVersion)),
            ("sentences", .array(doc.sentences.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })),
            ("mentions", .array(doc.mentions.map {
                .object([("text", .string($0.text)), ("start", .int($0.span.start)), ("end", .int($0.span.end)),
                         ("type", .string(doc.entities.indices.contains($0.entity) ? doc.entities[$0.entity].type.rawValue : nil)),
                         ("entity", .int($0.entity)), ("sentence", .int($0.sentence))])
            })),
            ("entities", .array(entities)),
            ("events", .array(events)),
            ("relations", .array(relations)),
        ])
    }

    /// The contract's date object: value, mod, the words, and the interval it covers.
    static func timeJSON(_ t: TimeValue) -> JSON {
        .object([("value", .string(t.value)), ("mod", .string(t.mod)), ("text", .string(t.text)),
                 ("start", .string(t.start.description)), ("end", .string(t.end.description))])
    }
}
