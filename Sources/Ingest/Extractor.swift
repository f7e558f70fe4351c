import EventModel

/// Pure extraction: article in, document out. Deterministic and thread-safe: the lexicons
/// are parsed once and shared; every call works on its own arrays.
///
/// Pipeline: reader (header, headings, paragraphs) -> sentences and tokens -> mentions ->
/// entity linking -> role descriptions -> time expressions -> events -> relations.
public struct Extractor: Sendable {
    public static let version = "0.2.0"
    public init() {}

    /// Words that make a sentence speak of the future, for resolving `Friday` or `March`.
    static let futureWords: Set<String> = ["will", "'ll", "next", "tomorrow", "due", "scheduled", "plans", "upcoming"]

    public func extract(_ article: Article) -> Document {
        let scalars = Array(article.text.unicodeScalars)
        let header = DateHeader.parse(scalars)
        let date = article.date ?? header?.date
        let blocks = ArticleLayout.blocks(scalars, bodyStart: header?.bodyStart ?? 0)
        var tokens: [Token] = []
        let sentences = SentenceSplitter.split(scalars, blocks: blocks, tokens: &tokens)

        // The refiner rereads shouted lines and datelines, so the finder keeps their all-caps runs whole.
        var refiner = TypeRefiner(scalars: scalars, tokens: tokens, sentences: sentences)
        refiner.holders = OfficeHolders.shared.holdersInOffice(on: date)
        refiner.titledHolders = OfficeHolders.shared.titledHoldersInOffice(on: date)
        let found = MentionFinder(scalars: scalars, tokens: tokens, wholeCapsLines: refiner.rereadLines())
            .find(sentences: sentences)
        let candidates = refiner.refine(found)
        let linked = EntityLinker(tokens: tokens, sentences: sentences).link(candidates)
        var state = DocumentState(entities: linked.entities, mentions: [], tokenCount: tokens.count, sentences: sentences)
        for (ci, c) in candidates.enumerated() {
            guard let e = linked.link[ci] else { continue }
            state.mentions.append(Mention(text: c.text, span: TextSpan(start: c.start, end: c.end), sentence: c.sentence, entity: e))
            // The argument covers the title too, so "with Education Secretary Ruth Kelly" reads as one phrase.
            if !c.tokens.isEmpty { state.set(Arg(tokens: SplitTitles.widened(c, tokens).start..<c.tokens.upperBound, entity: e, kind: .name)) }
        }
        var titles: [(token: Int, entity: Int, title: String)] = []
        let roleFields = RoleFields.shared
        for (ci, c) in candidates.enumerated() {
            guard let e = linked.link[ci] else { continue }
            if let t = SplitTitles.widened(c, tokens).title { titles.append((c.tokens.lowerBound, e, t)) }
            if state.entities[e].type == .person, let role = roleFields.role(of: c, tokens: tokens),
               !state.entities[e].roles.contains(role) {
                state.entities[e].roles.append(role)
            }
        }
        titles += LowercaseTitles.find(tokens, sentences, state)
        titles.sort { $0.token < $1.token }
        state.sexOf = HonorificGender.completed(HonorificGender.of(titled: titles, entities: state.entities), givenNamesOf: state.entities)
        let descriptors = DescriptorLinker(tokens: tokens, sentences: sentences, articleDate: date).link(&state, titled: titles)

        let resolver = TimeResolver(articleDate: date, scalars: scalars)
        var times: [[TimeMention]] = []
        times.reserveCapacity(sentences.count)
        for s in sentences {
            let future = s.tokens.contains { Self.futureWords.contains(tokens[$0].lower) }
            times.append(resolver.find(tokens, in: s.tokens, future: future))
        }
        var events = EventFinder(scalars: scalars, tokens: tokens, sentences: sentences, articleDate: date)
            .find(&state, times: times)
        NewsAgencies.dropAsParties(&events, entities: state.entities)
        let relations = RelationFinder(tokens: tokens, sentences: sentences)
            .find(state, descriptors: descriptors, candidates: candidates, links: linked.link)

        var article = article
        article.date = date
        var doc = Document(article: article,
                           sentences: sentences.map { TextSpan(start: $0.span.start, end: $0.span.end) },
                           mentions: state.mentions, entities: state.entities, events: events, relations: relations,
                           extractorVersion: Extractor.version)
        DocumentCompactor.dropUnused(&doc)
        Coordinates.fill(&doc)
        return doc
    }
}

/// Drops entities nothing refers to (emptied by linking) and renumbers the references. An
/// unnamed group ("officials", and "terms" of "come to grips with terms", made while an event's
/// arguments were looked for) is kept only when a kept event or relation has it: on its own it
/// is no entity a reader would look up.
enum DocumentCompactor {
    static func dropUnused(_ doc: inout Document) {
        var used = [Bool](repeating: false, count: doc.entities.count)
        for m in doc.mentions where doc.entities[m.entity].subtype != "group" { used[m.entity] = true }
        for e in doc.events {
            for p in e.participants { used[p.entity] = true }
            if let l = e.location { used[l] = true }
        }
        for r in doc.relations { used[r.subject] = true; used[r.object] = true }
        var map = [Int](repeating: -1, count: doc.entities.count)
        var kept: [Entity] = []
        for i in doc.entities.indices where used[i] {
            map[i] = kept.count
            kept.append(doc.entities[i])
        }
        doc.entities = kept
        doc.mentions.removeAll { map[$0.entity] < 0 }
        for i in doc.mentions.indices { doc.mentions[i].entity = map[doc.mentions[i].entity] }
        doc.mentions.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        for i in doc.events.indices {
            for j in doc.events[i].participants.indices { doc.events[i].participants[j].entity = map[doc.events[i].participants[j].entity] }
            if let l = doc.events[i].location { doc.events[i].location = map[l] }
        }
        for i in doc.relations.indices {
            doc.relations[i].subject = map[doc.relations[i].subject]
            doc.relations[i].object = map[doc.relations[i].object]
        }
    }
}
