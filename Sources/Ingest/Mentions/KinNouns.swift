/// Kin nouns, read by the name finder's typing and by the meeting rules (issue 3, set E): "X's
/// wife, Zorella" names a person even when the given name is in no list, and that person, not X,
/// is the party of a meeting with "X's wife, Zorella" (`Events/KinAppositions.swift`).
enum KinNouns {
    static let all: Set<String> = ["wife", "husband", "widow", "widower", "son", "daughter", "mother", "father",
                                   "brother", "sister", "son-in-law", "daughter-in-law", "father-in-law",
                                   "mother-in-law", "brother-in-law", "sister-in-law", "spouse", "fiancee",
                                   "fiance", "girlfriend", "boyfriend", "nephew", "niece", "cousin", "grandson",
                                   "granddaughter", "stepson", "stepdaughter"]

    /// Whether the token before `a` (past one comma) is a kin noun: "his wife, Zorella", "wife Zorella".
    static func before(_ a: Int, _ tokens: [Token]) -> Bool {
        var q = a - 1
        if q >= 0, tokens[q].text == "," { q -= 1 }
        return q >= 0 && !tokens[q].isCap && all.contains(tokens[q].lower)
    }
}
