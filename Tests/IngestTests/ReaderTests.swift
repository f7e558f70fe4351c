import Testing
import EventModel
@testable import Ingest

@Suite struct ReaderTests {
    @Test func headerOnTheSameLineAsTheFirstSentence() {
        let a = ArticleReader.read(text: "  date 2021-06-03 The minister spoke.", source: "x")
        #expect(a.date == CalendarDate(year: 2021, month: 6, day: 3))
        #expect(a.text.hasPrefix("  date"))
    }

    @Test func monthHeader() {
        #expect(ArticleReader.read(text: "date 2019-11\nText.", source: "x").date == CalendarDate(year: 2019, month: 11))
    }

    @Test func noHeaderAndBadHeader() {
        #expect(ArticleReader.read(text: "The date is unknown.", source: "x").date == nil)
        #expect(ArticleReader.read(text: "date 2019-13-01 Text.", source: "x").date == nil)
    }

    @Test func givenDateOverridesHeader() {
        let d = CalendarDate(year: 2020, month: 1, day: 2)
        #expect(ArticleReader.read(text: "date 2019-11-01 Text.", source: "x", date: d).date == d)
    }

    @Test func headingsAreSeparateSentencesWithoutEvents() {
        let x = Extracted("Ministers met in Paris\n\nThe Foreign Secretary met Pierre Dubois in Paris on Monday.")
        #expect(x.doc.sentences.count == 2)
        #expect(x.slice(x.doc.sentences[0]) == "Ministers met in Paris")
        #expect(x.doc.events.allSatisfy { $0.sentence == 1 })
    }

    // Crawled news: one paragraph per line, no blank lines between them.
    @Test func aLongLineEndsItsParagraph() {
        let caption = "Flooded streets in the river town after the storm passed overnight, as seen from the air (Photo agency)"
        let x = Extracted("\(caption)\nRescue teams reached the stranded villagers on Tuesday and began moving families to higher ground.")
        #expect(x.doc.sentences.count == 2)
        #expect(x.slice(x.doc.sentences[0]) == caption)
    }

    @Test func aLongParagraphLineWithoutFullStopDoesNotRunIntoTheNext() {
        let x = Extracted("""
        The two delegations spent most of the afternoon arguing over the wording of the final communique and nobody knew
        However, the mayor said the talks would go on.
        """)
        #expect(x.doc.sentences.count == 2)
        #expect(x.slice(x.doc.sentences[1]) == "However, the mayor said the talks would go on.")
    }

    @Test func handWrappedLinesStillJoinIntoOneSentence() {
        let x = Extracted("""
        The Foreign Secretary Ann Hollis met the Portuguese foreign minister Pedro Alves in the old
        city of Lisbon on Monday to discuss fishing quotas, officials said.
        """)
        #expect(x.doc.sentences.count == 1)
        #expect(x.events(.meet).count == 1)
    }
}
