import EventModel

/// A news agency reports what happens; it is not a party to it. `... killed ten people, Reuters
/// reported` or a dateline `RIVERTON (AFP) - Gunmen attacked ...` must not make the agency one of
/// the attackers or the dead. Only statements and reports (`told AFP`, `Reuters reported`) keep
/// it: there it is the one spoken to or the one reporting. Agencies are `agency` rows of
/// `credit-cues.tsv`, matched on the entity's name or any alias (`AP` of `Associated Press`).
enum NewsAgencies {
    static func dropAsParties(_ events: inout [Event], entities: [Entity]) {
        let cues = CreditCues.shared
        let isAgency = entities.map { e in cues.isNewsAgency(e.name) || e.aliases.contains(where: cues.isNewsAgency) }
        guard isAgency.contains(true) else { return }
        for k in events.indices where events[k].type != .statement && events[k].type != .report {
            events[k].participants.removeAll { isAgency[$0.entity] }
        }
    }
}
