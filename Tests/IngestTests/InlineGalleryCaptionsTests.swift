import Testing
import EventModel
@testable import Ingest

/// SentenceSplitter + InlineGalleryCaptions: a tabloid gallery's credit, count and caption inside
/// the story's text. Invented sentences.
@Suite struct InlineGalleryCaptionsTests {
    let march = CalendarDate(year: 2024, month: 3, day: 6)

    private func sentences(_ x: Extracted) -> [String] { x.doc.sentences.map(x.slice) }

    @Test func aCreditAndCountEndTheSentenceAndTheCaptionOpensOne() {
        let x = Extracted("Police found 600 files in the office of a top aide Getty Images 6 Jubilant Ann Roe met President Ivo Berg for the first time on Thursday The inquiry chief sent two letters to the board.", date: march)
        #expect(sentences(x) == ["Police found 600 files in the office of a top aide", "Getty Images 6",
                                 "Jubilant Ann Roe met President Ivo Berg for the first time on Thursday",
                                 "The inquiry chief sent two letters to the board."], "\(sentences(x))")
        #expect(x.meetingParties.contains(["Ann Roe", "Ivo Berg"]), "\(x.meetingParties)")
        #expect(x.meetingParties.allSatisfy { $0 == ["Ann Roe", "Ivo Berg"] }, "\(x.meetingParties)")
    }

    @Test(arguments: [("Crowds filled the square. Reuters 3 Protesters marched to the embassy in Lima. Police watched.", "Protesters marched to the embassy in Lima."),
                      ("Ann Roe spoke last EPA 12 Ivo Berg waves to supporters in Oslo. The vote is on Monday.", "Ivo Berg waves to supporters in Oslo.")])
    func theCaptionIsASentenceOfItsOwn(text: String, caption: String) {
        let x = Extracted(text, date: march)
        #expect(sentences(x).contains(caption), "\(sentences(x))")
    }

    @Test(arguments: ["He told Reuters 5 people had died in the blast.",
                      "The photo agency Getty Images 2015 Annual Report was published.",
                      "Ann Roe was quoted in a story in The Times on Monday."])
    func noGalleryNoCut(text: String) {
        let x = Extracted(text, date: march)
        #expect(sentences(x) == [text], "\(sentences(x))")
    }

    @Test func theCreditIsReadForNoEvent() {
        let x = Extracted("Ann Roe arrived Getty Images 4 Ivo Berg visited Lima on Monday.", date: march)
        #expect(!x.doc.events.contains { x.slice(x.doc.sentences[$0.sentence]) == "Getty Images 4" }, "\(x.doc.events.map(\.trigger))")
    }
}
