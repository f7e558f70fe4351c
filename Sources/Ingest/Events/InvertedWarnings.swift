import EventModel

/// A warning told after the quote, speaker last: "'Prices will rise,' warns economist Ana Roe",
/// "..., warned the minister." (issue 3, branch evt; `Scripts/eval/event_audit.py`). The build reads
/// the name after the verb as the one warned; after a comma or a closing quote, with no subject
/// before the verb, it is the one who warns.
/// Kept: "Ana Roe warned Ivo Berg that ..." (a subject before the verb), "..., and warned the
/// minister that ..." (no comma or quote right before the verb).
extension EventFinder {
    func invertedWarnings(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].event.type == .warn && !found[i].isNoun {
            guard let k = triggerHead(found[i].event), k > sentences[found[i].event.sentence].tokens.lowerBound,
                  [",", "\"", "\u{201D}", "'", "\u{2019}"].contains(tokens[k - 1].text),
                  !found[i].event.participants.contains(where: { $0.role == .agent }) else { continue }
            let end = sentences[found[i].event.sentence].tokens.upperBound
            guard let a = (k + 1..<min(end, k + 5)).lazy.compactMap({ state.argAt[$0] }).first,
                  state.entities[a.entity].type != .location,
                  let p = found[i].event.participants.firstIndex(where: { $0.entity == a.entity }) else { continue }
            found[i].event.participants[p].role = .agent
        }
    }
}
