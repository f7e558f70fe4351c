/// Parts of a day named with `this` or `last`: "this afternoon" and "this evening" are the
/// article's day, "last night" the day before (issue 3, branch meetG: "will meet X this evening"
/// was left undated). "The next morning" and "in the afternoon" name no day and stay unresolved
/// words, as before.
extension TimeResolver {
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// The day offset from the article date of SHIFT + `part` ("this" is 0, "last" is -1), or nil
    /// when the pair names no day: "last morning" is not said, "next evening" is a narrative's.
    static func dayPartOffset(shift: Int, _ part: String) -> Int? {
        guard dayParts.contains(part) else { return nil }
        switch shift {
        case 0: return 0
        case -1: return part == "night" || part == "evening" ? -1 : nil
        default: return nil
        }
    }
}
