import Testing
@testable import Ingest

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [Token] = []
        Tokenizer.tokenize(s, from: 0, to: s.count, into: &out)
        return out.map(\.text)
    }

    @Test func abbreviationsKeepTheirPeriods() {
        #expect(tokens("The U.S. and Mr. Smith met on Feb. 3.") == ["The", "U.S.", "and", "Mr.", "Smith", "met", "on", "Feb.", "3", "."])
    }

    @Test func numbersStayWhole() {
        #expect(tokens("nearly 2,500 troops and 1.13bn") == ["nearly", "2,500", "troops", "and", "1.13bn"])
    }

    @Test func possessivesSplitAndHyphensStay() {
        #expect(tokens("Iran’s al-Sudani and Iran-backed groups") == ["Iran", "’s", "al-Sudani", "and", "Iran-backed", "groups"])
        #expect(tokens("didn’t O'Neill") == ["didn’t", "O'Neill"])
    }

    @Test func anExPrefixBeforeANameIsItsOwnToken() {
        #expect(tokens("ex-Lumacorp and Ex-Norland staff") == ["ex", "-", "Lumacorp", "and", "Ex", "-", "Norland", "staff"])
        #expect(tokens("his ex-wife and an ex-president") == ["his", "ex-wife", "and", "an", "ex-president"])
    }

    @Test func quotesAreTokens() {
        #expect(tokens("“Yes,” he said.") == ["“", "Yes", ",", "”", "he", "said", "."])
    }

    @Test func sentencesSurviveAbbreviations() {
        let x = Extracted("Mr. Brown went to the U.S. on Jan. 5. He met Dr. Green there. \"It went well.\" The end.")
        #expect(x.doc.sentences.map { x.slice($0) } == ["Mr. Brown went to the U.S. on Jan. 5.", "He met Dr. Green there.",
                                                        "\"It went well.\"", "The end."])
    }
}
