import Testing
import EventModel
@testable import Ingest

/// Season words are times only after a shift word, `the` + a preposition, or before a year
/// (`HolidaysAndSeasons`); the dated forms are `#EXAMPLE` lines of `time-words.tsv`.
@Suite struct HolidaysAndSeasonsTests {
    private func times(_ text: String, date: CalendarDate? = CalendarDate(year: 2016, month: 11, day: 10)) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, from: 0, to: scalars.count, into: &tokens)
        return TimeResolver(articleDate: date, scalars: scalars).find(tokens, in: 0..<tokens.count, future: false)
            .map { $0.value?.value ?? "unresolved" }
    }

    @Test(arguments: [
        "The summer school opened its doors to forty pupils.",
        "A winter storm closed the mountain roads.",
        "The spring collection sold out within hours.",
        "She wrote that the autumn leaves had fallen early.",
    ])
    func seasonWordsAsModifiersAreNoTime(_ text: String) {
        #expect(times(text).isEmpty, "\(times(text))")
    }

    @Test func seasonsAndHolidaysInSentences() {
        #expect(times("The two leaders first met in the summer of 2012 in Oslo.") == ["2012-SU"])
        #expect(times("They had spoken by phone over the winter.") == ["2015-WI"])
        #expect(times("The ministers will meet again next summer.") == ["2017-SU"])
        #expect(times("He visited the troops on Christmas Eve.") == ["2015-12-24"])
        #expect(times("He visited the troops on Christmas Eve.", date: nil) == ["unresolved"])
    }
}
