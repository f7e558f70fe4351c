// STUB: replaced by the ingest branch.
import EventModel

public struct ArticleReader {
    public static func read(text: String, source: String, date: CalendarDate? = nil, title: String? = nil,
                            url: String? = nil, externalID: String? = nil) -> Article {
        Article(source: source, externalID: externalID, url: url, title: title, date: date, text: text)
    }
}
