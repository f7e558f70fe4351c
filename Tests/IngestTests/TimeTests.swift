import Testing
import EventModel
@testable import Ingest

/// Runs every `#EXAMPLE` line of Lexicons/time-words.tsv:
/// article date, expression, value, mod, start, end (or `unresolved`).
@Suite struct TimeTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let fields: [String]
        var testDescription: String { fields.joined(separator: " | ") }
    }

    static let examples: [Example] = LexiconFile.named("time-words.tsv").examples.map {
        Example(fields: $0.split(separator: "\t").map(String.init))
    }

    @Test(arguments: examples) func timeRuleExample(_ ex: Example) throws {
        let f = ex.fields
        let date = CalendarDate(iso: f[0])
        let scalars = Array(f[1].unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, from: 0, to: scalars.count, into: &tokens)
        let found = TimeResolver(articleDate: date, scalars: scalars).find(tokens, in: 0..<tokens.count, future: f[1].hasPrefix("next"))
        try #require(found.count == 1, "\(found.count) expressions in \(f[1])")
        let v = found[0].value
        if f[2] == "unresolved" {
            #expect(v == nil)
            return
        }
        #expect(v?.value == f[2])
        #expect(v?.mod == (f[3] == "-" ? nil : f[3]))
        #expect(v?.start.description == f[4])
        #expect(v?.end.description == f[5])
    }

    @Test func weekdayInTheFutureIsTheComingOne() {
        let x = Extracted(" date 2024-02-14 The ministers will meet Dmitri Petrov on Friday in Geneva.")
        #expect(x.events(.meet).first?.time?.value == "2024-02-16")
        #expect(x.events(.meet).first?.modality == .planned)
    }

    @Test func withoutArticleDateWeekdaysStayUnresolved() {
        let x = Extracted("Gordon Brown met Angela Merkel on Tuesday.")
        #expect(x.events(.meet).first?.time == nil)
    }

    /// The time values found in `text` (no article date: only absolute expressions resolve).
    static func values(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, from: 0, to: scalars.count, into: &tokens)
        return TimeResolver(articleDate: nil, scalars: scalars).find(tokens, in: 0..<tokens.count, future: false)
            .compactMap { $0.value?.value }
    }

    @Test(arguments: ["Polls in Norland close at 2000 local time.", "The minister lands at 1830 GMT.",
                      "The convoy left at 1900 hours.", "Trading resumes at 2030 EST."])
    func clockTimesAreNoYear(_ text: String) {
        #expect(Self.values(text).isEmpty, "\(text)")
    }

    @Test(arguments: [("The bridge over the Vell was built in 1830 by Tomas Reyes.", "1830"),
                      ("Her party lost ground in the 2016 local elections.", "2016"),
                      ("In 2000 GDP grew by four per cent.", "2000")])
    func yearsBeforeOtherWordsStayYears(_ text: String, _ year: String) {
        #expect(Self.values(text) == [year])
    }

    @Test func aClockTimeLeavesTheDayToItsWeekday() {
        let x = Extracted(" date 2024-02-14 The prime minister will meet Lena Holt at 1830 GMT on Friday.")
        #expect(x.events(.meet).first?.time?.value == "2024-02-16")
    }

    @Test func dayArithmeticRoundTrips() {
        for n in stride(from: -1000, to: 30000, by: 37) {
            #expect(DayArithmetic.dayNumber(DayArithmetic.date(n)) == n)
        }
        #expect(DayArithmetic.weekday(DayArithmetic.dayNumber(2024, 2, 18)) == 7)
    }
}
