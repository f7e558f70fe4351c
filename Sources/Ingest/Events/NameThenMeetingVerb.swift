import EventModel

/// "Meeting" right after a person's name is the verb, not a compound noun (issue 3, a kind found on
/// unseen articles): "Photos show Ann Roe and Tomas Vell meeting at the palace", "pictured Ann Roe
/// meeting Tomas Vell", "photos of Ann Roe meeting with Tomas Vell", and the caption "Ann Roe
/// meeting Tomas Vell in Lima". The noun reading
/// keeps a capital before it ("a Cabinet meeting", "the Roe meeting") whenever the name has a
/// determiner, a possessive or a preposition before it, or is no person.
extension EventFinder {
    func isVerbAfterPersonName(_ k: Int, _ s: Sentence, _ state: DocumentState) -> Bool {
        func person(_ a: Arg?) -> Arg? {
            guard let a, a.kind == .name || a.kind == .descriptor, state.entities[a.entity].type == .person else { return nil }
            return a
        }
        guard tokens[k].lower == "meeting", k > s.tokens.lowerBound, var first = person(state.argAt[k - 1]) else { return false }
        // Back over a list of people ("Ann Roe and the army chief meeting").
        var b = first.tokens.lowerBound - 1
        while b - 1 >= s.tokens.lowerBound, tokens[b].lower == "and" || tokens[b].text == ",", let c = person(state.argAt[b - 1]) {
            first = c
            b = c.tokens.lowerBound - 1
        }
        // A caption opens with the name ("Ann Roe meeting Tomas Vell in Lima"); "The army chief meeting" is a noun.
        guard b >= s.tokens.lowerBound else { return first.kind == .name }
        return Self.seeingVerbs.contains(tokens[b].lower) || tokens[b].kind == .punct && tokens[b].text != "'s"
            || isPictureOf(b, start: s.tokens.lowerBound)
    }

    /// "photos of Ann Roe meeting Tomas Vell": `of` after a word for a picture, whose object is a scene.
    func isPictureOf(_ of: Int, start: Int) -> Bool {
        tokens[of].lower == "of" && of > start && Self.pictureNouns.contains(tokens[of - 1].lower)
    }

    static let pictureNouns: Set<String> = ["photo", "photos", "photograph", "photographs", "picture", "pictures", "image",
                                            "images", "footage", "video", "videos", "film", "clip"]

    /// Verbs of seeing or showing whose object can be a scene ("show X meeting Y").
    static let seeingVerbs: Set<String> = ["show", "shows", "showed", "shown", "showing", "saw", "see", "sees", "seen",
                                           "pictured", "photographed", "filmed", "spotted", "depict", "depicts", "depicted"]
}
