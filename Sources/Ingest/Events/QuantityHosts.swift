import EventModel

/// "A host of" is a quantity, not a host (issue 3, precision audit of branch meetJ on unseen
/// dated news): "surrounded by a host of famous fans, among them X and Y" hosted nobody; nor
/// does "the whole host of problems". A host who receives someone is a verb ("Roe will host Reed")
/// or a noun with a guest ("the host, Ann Roe, welcomed ..."), never `a host of` + plural.
extension EventFinder {
    static let quantityHostOpeners: Set<String> = ["a", "whole", "entire", "such"]

    func dropQuantityHosts(_ found: inout [Found]) {
        found.removeAll { f in
            guard f.event.type == .host, let k = tokenIndex(at: f.event.triggerSpan.start),
                  ["host", "hosts"].contains(tokens[k].lower), k > 0, k + 1 < tokens.count else { return false }
            return Self.quantityHostOpeners.contains(tokens[k - 1].lower) && tokens[k + 1].lower == "of"
        }
    }
}
