import EventModel

/// "came home from a tour of African states", "a trip to European capitals": the
/// trip goes to the region, not to a party called `African` (branch meetK, wide recall sample;
/// `regions.tsv` names the regions). The region-demonym group after the trip noun becomes the
/// trip's place, as "a tour of Africa" would; so does the region's adjective right before it,
/// "his European tour", "a 12-day Asian trip" (session 24, blind part G20: the annotators give
/// such a trip the region as its place).
extension EventFinder {
    static let regionDemonyms: [String: String] = ["African": "Africa", "Asian": "Asia", "European": "Europe",
                                                   "Caribbean": "Caribbean", "Scandinavian": "Scandinavia",
                                                   "Balkan": "Balkans", "Baltic": "Baltics", "Gulf": "Gulf",
                                                   "Pacific": "Pacific"]
    static let regionMemberNouns: Set<String> = ["nations", "countries", "states", "capitals", "cities"]

    func regionTours(_ found: inout [Found], _ state: inout DocumentState) {
        for i in found.indices where found[i].isNoun && found[i].event.type == .visit && found[i].event.location == nil {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start) else { continue }
            let s = sentences[found[i].event.sentence]
            let end = s.tokens.upperBound
            let d: Int
            // ("his European tour", "a 12-day Asian trip": the region's adjective right before the trip noun.)
            if k > s.tokens.lowerBound, Self.regionDemonyms[tokens[k - 1].text] != nil, Self.tripNouns.contains(tokens[k].lower) {
                d = k - 1
            } else {
                guard k + 1 < end, ["of", "to", "around", "across", "through"].contains(tokens[k + 1].lower) else { continue }
                var q = k + 2
                while q < end, tokens[q].lower == "the" || tokens[q].kind == .number || TimeResolver.numberWords[tokens[q].lower] != nil
                        || ["several", "other", "neighbouring", "neighboring", "fellow", "key", "poor", "poorer", "southern", "northern", "western", "eastern"].contains(tokens[q].lower) { q += 1 }
                guard q + 1 < end, Self.regionDemonyms[tokens[q].text] != nil, Self.regionMemberNouns.contains(tokens[q + 1].lower) else { continue }
                d = q
            }
            guard let region = Self.regionDemonyms[tokens[d].text] else { continue }
            let e: Int
            if let known = state.entities.firstIndex(where: { $0.name == region && $0.type == .location }) {
                e = known
            } else {
                e = state.entities.count
                state.entities.append(Entity(name: region, type: .location, subtype: "region"))
            }
            state.mentions.append(Mention(text: tokens[d].text, span: TextSpan(start: tokens[d].start, end: tokens[d].end),
                                          sentence: found[i].event.sentence, entity: e))
            // The demonym's own party ("African") goes; the region is where the trip went.
            found[i].event.participants.removeAll { p in
                p.role != .agent && state.entities[p.entity].name == tokens[d].text
            }
            found[i].event.location = e
        }
    }
}
