import EventModel

/// Reads one article: the optional `date YYYY-MM-DD` / `date YYYY-MM` header (which may
/// share its line with the first sentence, after leading spaces) gives the publication
/// date unless the caller passes one (`--date`, a JSON Lines `date`). The text is kept
/// exactly as given, so every offset points into it. See CONTRACT.md, "Article input".
public struct ArticleReader {
    public static func read(text: String, source: String, date: CalendarDate? = nil, title: String? = nil,
                            url: String? = nil, externalID: String? = nil) -> Article {
        let header = DateHeader.parse(Array(text.unicodeScalars))
        return Article(source: source, externalID: externalID, url: url, title: title,
                       date: date ?? header?.date, text: text)
    }
}

/// The `date ...` header at the start of an article.
struct DateHeader {
    var date: CalendarDate
    /// Scalar offset where the body starts (after the header and the spaces that follow it).
    var bodyStart: Int

    static func parse(_ s: [Unicode.Scalar]) -> DateHeader? {
        var i = 0
        while i < s.count, ScalarClass.isSpace(s[i]) { i += 1 }
        let word: [Unicode.Scalar] = ["d", "a", "t", "e"]
        guard i + 5 <= s.count, Array(s[i..<i + 4]) == word, s[i + 4] == " " || s[i + 4] == "\t" else { return nil }
        i += 4
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        var j = i
        while j < s.count, ScalarClass.isDigit(s[j]) || s[j] == "-" { j += 1 }
        guard j == s.count || ScalarClass.isSpace(s[j]) else { return nil }
        guard let d = CalendarDate(iso: ScalarClass.string(s[i..<j])) else { return nil }
        while j < s.count, ScalarClass.isSpace(s[j]) { j += 1 }
        return DateHeader(date: d, bodyStart: j)
    }
}
