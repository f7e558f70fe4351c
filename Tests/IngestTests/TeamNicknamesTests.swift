import Testing
import EventModel
@testable import Ingest

/// Club nicknames (`team-nicknames.tsv`) stand for the one listed club the article names.
/// Invented sentences.
@Suite struct TeamNicknamesTests {
    @Test func aNicknameJoinsTheClubTheArticleNames() {
        let x = Extracted("The striker scored as Brentwell beat Arsenal 2-1 on Saturday. Tomas Vell is in negotiations with the Gunners over a new contract.")
        #expect(x.entity("Gunners") == nil)
        #expect(x.meetingParties == [["Tomas Vell", "Arsenal"]])
        // The nickname is no stored alias: another article's "Gunners" must not join Arsenal by it.
        #expect(x.entity("Arsenal")?.aliases.contains("Gunners") == false)
    }

    @Test func withoutTheClubNamedTheNicknameStays() {
        let x = Extracted("Tomas Vell is in negotiations with the Gunners over a new contract, his agent said on Monday.")
        #expect(x.meetingParties == [["Tomas Vell", "Gunners"]])
    }

    @Test func withTwoOfItsClubsNamedTheNicknameStays() {
        let x = Extracted("Birmingham City beat Cardiff City 2-0 on Sunday. Tomas Vell held talks with the Blues on Monday.")
        #expect(x.meetingParties == [["Tomas Vell", "Blues"]])
    }
}
