/// One news article as read: the text exactly as given (date header included),
/// so that every offset in a `Document` points into `text`.
public struct Article: Sendable, Hashable, Codable {
    /// Where it came from: a file path, `-` for standard input, or `file.jsonl:LINE`.
    public var source: String
    /// The `id` of a JSON Lines record, if any.
    public var externalID: String?
    public var url: String?
    public var title: String?
    /// Publication date from the `date` header, the JSON Lines `date`, or `--date`.
    public var date: CalendarDate?
    /// The text as read. Offsets count Unicode scalars from its start.
    public var text: String

    public init(source: String, externalID: String? = nil, url: String? = nil, title: String? = nil,
                date: CalendarDate? = nil, text: String) {
        self.source = source
        self.externalID = externalID
        self.url = url
        self.title = title
        self.date = date
        self.text = text
    }
}

/// A calendar date of day or month precision (`2024-02-18`, `2024-02`).
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    /// nil when only the month is known.
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM`; nil for anything else, including impossible days.
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 4, let y = Int(parts[0]),
              parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]),
                  d >= 1, d <= CalendarDate.daysIn(year: y, month: m) else { return nil }
            self.init(year: y, month: m, day: d)
        } else {
            self.init(year: y, month: m)
        }
    }

    public var description: String {
        let ym = "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
        guard let day else { return ym }
        return "\(ym)-\(CalendarDate.pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day ?? 0) < (b.year, b.month, b.day ?? 0)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
