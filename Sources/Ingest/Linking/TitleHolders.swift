/// Which titled person a bare title stands for (issue 3, set E): "the president" is the one
/// given "US president", not the one given "vice president" or "deputy president"; "the
/// president-elect" is not the "vice president-elect".
extension DescriptorLinker {
    /// Words that make a title another office than its last words.
    static let otherOfficeOpeners: Set<String> = ["vice", "deputy", "former", "ex", "assistant", "under"]

    /// Adjectives an elected office holder carries without being another one: "the new president-elect".
    static let newOfficeWords: Set<String> = ["new", "incoming"]

    /// Whether a person given the title `given` holds the office the bare `title` names.
    static func holds(_ given: String, _ title: String) -> Bool {
        if given == title { return true }
        guard given.hasSuffix(" " + title) else { return false }
        let before = given.dropLast(title.count + 1).split(separator: " ").last.map(String.init) ?? ""
        return !otherOfficeOpeners.contains(before)
    }
}
