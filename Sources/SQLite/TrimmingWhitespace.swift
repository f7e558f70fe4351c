extension String {
    /// The text without leading and trailing spaces, tabs and line breaks: what an error message
    /// quotes of a statement. Kept here so the SQLite wrapper needs no Foundation.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
