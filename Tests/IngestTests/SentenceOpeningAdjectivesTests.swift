import Testing
import EventModel
@testable import Ingest

/// "Dogged Berg won in three sets": at a sentence's start, a common word before the surname of
/// someone the article names in full describes that person; the name is the surname alone
/// (TypeRefiner.trimOpeningAdjective). Invented names and sentences only.
@Suite struct SentenceOpeningAdjectivesTests {
    @Test(arguments: ["Dogged", "Victorious", "Rocker"])
    func describingWordIsNoGivenName(_ word: String) {
        let x = Extracted("Ana Berg reached the final. \(word) Berg met Tom Roe on Monday.")
        let people = x.doc.entities.filter { $0.type == .person }.map(\.name)
        #expect(people == ["Ana Berg", "Tom Roe"], "\(people)")
        #expect(x.meetingParties == [["Ana Berg", "Tom Roe"]], "\(x.meetingParties)")
    }

    // Near misses: a given name that is also a word, known by an age after it or by its use as a
    // name elsewhere.
    @Test(arguments: [
        "Ana Berg, 48, died in the crash. Holly Berg, 11, survived.",
        "Ana Berg reached the final. Holly Berg met Tom Roe, said Holly.",
    ])
    func givenNameThatIsAWordStays(_ text: String) {
        let x = Extracted(text)
        #expect(x.entity("Holly Berg")?.type == .person, "\(x.doc.entities.map(\.name))")
    }
}
