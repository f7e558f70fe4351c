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
        // Byte by byte, no substrings: event de-duplication parses hundreds of stored dates per report.
        var value = (0, 0, 0), width = (0, 0, 0), field = 0
        for byte in iso.utf8 {
            if byte == UInt8(ascii: "-") {
                field += 1
                if field > 2 { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch field {
            case 0: value.0 = value.0 * 10 + digit; width.0 += 1
            case 1: value.1 = value.1 * 10 + digit; width.1 += 1
            default: value.2 = value.2 * 10 + digit; width.2 += 1
            }
        }
        let (y, m, d) = value
        guard field >= 1, width.0 == 4, width.1 == 2, (1...12).contains(m) else { return nil }
        if field == 2 {
            guard width.2 == 2, d >= 1, d <= CalendarDate.daysIn(year: y, month: m) else { return nil }
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
