import EventModel

/// Subjects of two kinds joined by `and`: a country and a body ("The EU and Peru began talks on
/// subsidies", "Kestrel Bank and Peru are to hold talks"), issue 3, branch meetE (BBC business and
/// politics reports). The coordination search took only names of one type, so the country was
/// left alone and the talks, with one party, were dropped.
extension EventFinder {
    /// Whether the name before `and` (`c`) is a second subject beside `a`: the same entity type,
    /// or a country beside a named organisation (either way round).
    func coordinable(_ c: Arg, _ a: Arg, _ state: DocumentState) -> Bool {
        let ec = state.entities[c.entity], ea = state.entities[a.entity]
        if ec.type == ea.type { return true }
        let country: (Entity) -> Bool = { $0.type == .location && $0.subtype == "country" }
        let body: (Entity) -> Bool = { $0.type == .organization && $0.subtype != "group" }
        return c.kind == .name && a.kind == .name && (country(ec) && body(ea) || body(ec) && country(ea))
    }
}
