import EventModel

/// Subjects of two kinds joined by `and`: a country and a body ("The EU and Peru began talks on
/// subsidies", "Kestrel Bank and Peru are to hold talks"), issue 3, branch meetE (BBC business and
/// politics reports). The coordination search took only names of one type, so the country was
/// left alone and the talks, with one party, were dropped.
extension EventFinder {
    /// Whether the name before `and` (`c`) is a second subject beside `a`: the same entity type,
    /// a country beside a named organisation (either way round), or a person before a body or a
    /// country's people.
    func coordinable(_ c: Arg, _ a: Arg, _ state: DocumentState) -> Bool {
        let ec = state.entities[c.entity], ea = state.entities[a.entity]
        if ec.type == ea.type { return true }
        let country: (Entity) -> Bool = { $0.type == .location && $0.subtype == "country" }
        let body: (Entity) -> Bool = { $0.type == .organization && $0.subtype != "group" }
        if c.kind == .name && a.kind == .name && (country(ec) && body(ea) || body(ec) && country(ea)) { return true }
        // "Tom Obi and Norvex officials met", "Ann Roe and Chinese officials held talks": a person beside
        // a body or a country's people (MixedSubjects, session 17).
        // ("Coach Ana Roe and league officials met delegates": a person beside an unnamed group,
        // session 20.)
        return c.kind == .name && ec.type == .person && (body(ea) || a.kind == .group)
    }
}
