import EventModel

/// A visit to "the scene" or "the crash site" of a news story is a visit to the story's place
/// (issue 3, a kind of breaking-news sentence): "London mayor Ann Roe, who visited the scene
/// earlier, ...", "Ann Roe visited the crash site", "visited the site of the derailment". The
/// place is the one the story names first (in its title, else its lead: the first of the first
/// six sentences that names a place; a town or region before its country). With no place there
/// is none, and the visit, which names no destination, is dropped as before.
extension EventFinder {
    static let sceneNouns: Set<String> = ["scene", "site"]

    /// Nouns for a place told before, and the subtypes of place each stands for.
    static let placeDescriptions: [String: Set<String>] = ["region": ["region"], "country": ["country"], "state": ["region"],
                                                           "province": ["region"], "city": ["city"], "town": ["city"]]

    /// "Mr Mallon toured the region", "he visited the country": the place is the last named place
    /// of that kind before the trigger (within six sentences), not another place of the sentence
    /// ("met on the platform at Sunderland station as Mr Mallon toured the region" is a tour of
    /// the North East named before).
    func placeDescribedVisits(_ found: inout [Found], _ state: DocumentState) {
        for i in found.indices where found[i].event.type == .visit && !found[i].isNoun {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start), k + 2 < tokens.count, tokens[k + 1].lower == "the",
                  let kinds = Self.placeDescriptions[tokens[k + 2].lower],
                  k + 3 >= tokens.count || !tokens[k + 3].isCap && tokens[k + 3].lower != "of" else { continue }
            let from = sentences[max(0, found[i].event.sentence - 6)].tokens.lowerBound
            var t = k - 1, place: Int? = nil
            while t >= from, place == nil {
                if let a = state.argAt[t], a.kind == .name, state.entities[a.entity].type == .location,
                   kinds.contains(state.entities[a.entity].subtype ?? "") { place = a.entity }
                t -= 1
            }
            if let place, !found[i].event.participants.contains(where: { $0.entity == place }) { found[i].event.location = place }
        }
    }

    func placeSceneVisits(_ found: inout [Found], _ state: DocumentState) {
        var leadPlace: Int?? = nil  // worked out at the first scene visit (most articles have none)
        for i in found.indices where found[i].event.type == .visit && found[i].event.location == nil && !found[i].isNoun {
            guard let k = tokenIndex(at: found[i].event.triggerSpan.start), visitsScene(after: k, sentences[found[i].event.sentence]) else { continue }
            if leadPlace == nil { leadPlace = .some(storyPlace(state)) }
            guard let place = leadPlace ?? nil, !found[i].event.participants.contains(where: { $0.entity == place }) else { continue }
            found[i].event.location = place
        }
    }

    /// "visited the scene", "visited the crash site", "visited the site of the derailment": the
    /// object is the scene itself, no named place.
    private func visitsScene(after k: Int, _ s: Sentence) -> Bool {
        var j = k + 1
        guard j < s.tokens.upperBound, tokens[j].lower == "the" else { return false }
        j += 1
        // (One modifier: "the crash site", "the blast scene".)
        if j + 1 < s.tokens.upperBound, !tokens[j].isCap, tokens[j].kind == .word, !Self.sceneNouns.contains(tokens[j].lower),
           Self.sceneNouns.contains(tokens[j + 1].lower) { j += 1 }
        // (Capitalised, the word is part of a name: "the Site Gallery".)
        return j < s.tokens.upperBound && Self.sceneNouns.contains(tokens[j].lower) && !tokens[j].isCap
    }

    /// The first place the story names: in the first of its first six sentences (title included)
    /// that names one, a town or region before a country.
    private func storyPlace(_ state: DocumentState) -> Int? {
        for s in sentences.prefix(6) {
            var country: Int? = nil
            for t in s.tokens {
                guard let a = state.argAt[t], a.kind == .name, a.tokens.lowerBound == t, state.entities[a.entity].type == .location else { continue }
                if state.entities[a.entity].subtype == "country" { country = country ?? a.entity } else { return a.entity }
            }
            if let country { return country }
        }
        return nil
    }
}
