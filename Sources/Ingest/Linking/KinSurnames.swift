import EventModel

/// "Donald Trump and his wife, Melania", "Obama's wife, Michelle", "George W. Bush and his son
/// Jeb": a person the article names only by one word, as the wife, son, daughter, brother or
/// sister of a person named in full right before, carries that person's surname, as news readers
/// take it ("Melania Trump"). Only when the one word is the person's only form; a name the
/// article gives in full elsewhere is linked as usual.
extension EntityLinker {
    /// Kin who share a surname in news usage (a mother, cousin or husband often does not).
    static let surnameKin: Set<String> = ["wife", "widow", "son", "daughter", "brother", "sister", "grandson", "granddaughter"]

    func giveKinSurnames(_ cs: [Candidate], _ link: [Int?], _ entities: inout [Entity], _ forms: inout [[String]]) {
        for k in cs.indices {
            guard let e = link[k], entities[e].type == .person, cs[k].tokens.count == 1, !tokens[cs[k].tokens.lowerBound].isAllCaps,
                  forms[e].allSatisfy({ !$0.contains(" ") }) else { continue }
            let a = cs[k].tokens.lowerBound
            var q = a - 1
            if q >= 0, tokens[q].text == "," { q -= 1 }
            guard q >= 2, !tokens[q].isCap, Self.surnameKin.contains(tokens[q].lower) else { continue }
            // The owner: "Obama's wife, Michelle" (the name right before `'s`), or "Donald Trump and
            // his wife, Melania" (the name right before `and his`). A `his` further off may mean
            // anyone, and "her son" may carry his father's name.
            let ownerEnd: Int
            if tokens[q - 1].lower == "'s" {
                ownerEnd = q - 1
            } else if tokens[q - 1].lower == "his", tokens[q - 2].lower == "and" {
                ownerEnd = q - 2
            } else {
                continue
            }
            guard let j = cs.indices.last(where: { cs[$0].tokens.upperBound == ownerEnd }), let o = link[j], o != e,
                  entities[o].type == .person else { continue }
            let words = entities[o].name.split(separator: " ").map(String.init)
            guard words.count >= 2, let surname = words.last else { continue }
            // (A name written surname first, "Xi Jinping", gives the wrong word here: the lexicons list
            // both words of such names as surnames, so they cannot tell the order; left as a known limit.)
            entities[e].name = "\(cs[k].text) \(surname)"
            entities[e].linkReasons.append("\(cs[k].text): \(tokens[q].lower) of \(entities[o].name), who shares the surname")
        }
    }
}
