/// A nationality word that only describes the name after it: "talks with French carmaker Alba
/// Group", "in talks with Peruvian miner Cobre Sur" (issue 3, branch meetE: BBC business reports
/// name most counterparts this way). The mention finder leaves the adjective without an entity,
/// so the search for the preposition that governs the name stopped at its capital and the talks
/// (a nominal trigger, which takes its parties only through `with`) lost their counterpart.
extension EventFinder {
    /// Whether the capitalised word at `j` is a nationality adjective with no entity of its own,
    /// which `preposition(before:)` may look past like any other modifier.
    func isBareNationality(_ j: Int, _ argAt: [Arg?]) -> Bool {
        tokens[j].isCap && !tokens[j].isAllCaps && argAt[j] == nil
            && (Gazetteer.shared.country(adjective: tokens[j].text) != nil || Self.continentalAdjectives.contains(tokens[j].text))
    }

    /// Adjectives of a continent or a wider region that modify a group the same way ("with
    /// European content suppliers", "Western diplomats"; session 23). No country stands behind
    /// them, so the group keeps its noun.
    static let continentalAdjectives: Set<String> = ["European", "African", "Asian", "Arab", "Nordic", "Scandinavian", "Baltic",
                                                     "Balkan", "Caribbean", "Western"]
}
