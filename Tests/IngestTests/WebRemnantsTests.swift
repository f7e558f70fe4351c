import Testing
import EventModel
@testable import Ingest

/// Web addresses and handles are single marks, never names; a stance prefix ("anti-", "pro-") and
/// a US lawmaker's party-and-state label name no one. Invented handles, addresses and names.
@Suite struct WebRemnantsTests {
    private func tokens(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [Token] = []
        Tokenizer.tokenize(s, from: 0, to: s.count, into: &out)
        return out.map(\.text)
    }

    private func names(_ text: String) -> Set<String> { Set(Extracted(text).doc.entities.map(\.name)) }

    @Test func anAddressIsOneMarkWithoutItsFullStop() {
        #expect(tokens("See https://t.co/Xq7Lm2Pz9a now.") == ["See", "https://t.co/Xq7Lm2Pz9a", "now", "."])
        #expect(tokens("Visit www.Lumacorp.example.") == ["Visit", "www.Lumacorp.example", "."])
    }

    @Test func aHandleIsOneMark() {
        #expect(tokens("wrote @NorlandAir_2 today") == ["wrote", "@NorlandAir_2", "today"])
    }

    @Test func handlesAndAddressesMakeNoEntities() {
        let n = names("A steward for @NorlandAir refused them, Ann Roe (@AnnRoe77) wrote. Image copyright @LumaNews Image caption Crowds gathered. More at https://t.co/Xq7Lm2Pz9a and www.Lumacorp.example today.")
        #expect(n == ["Ann Roe"])
    }

    @Test func aStanceIsNoName() {
        #expect(names("The anti-Norland mood and pro-Lumacorp media grew. Anti-Vell protesters marched.").isEmpty)
    }

    @Test func aPartyAndStateLabelIsNoName() {
        #expect(names("Ann Roe (R-Wis.) met Tomas Vell, D-California, on Monday.") == ["Ann Roe", "Tomas Vell"])
    }

    // Near misses: a capitalised word after a prefix inside a body's name, and an e-mail's local part.
    @Test func aBodyNamedAntiSomethingKeepsItsName() {
        #expect(names("The World Anti-Fraud Agency fined Lumacorp.").contains("World Anti-Fraud Agency"))
    }

    @Test func anExPrefixStillSplitsBeforeAName() {
        #expect(tokens("ex-Lumacorp staff") == ["ex", "-", "Lumacorp", "staff"])
    }
}

/// Hashtags and addresses glued to a hashtag. Invented tags.
@Suite struct HashtagTests {
    private func tokens(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [Token] = []
        Tokenizer.tokenize(s, from: 0, to: s.count, into: &out)
        return out.map(\.text)
    }

    @Test func aHashtagAndAGluedAddressAreMarks() {
        #expect(tokens("servers. #NorlandLeakshttps://t.co/Q1w2E3 now") == ["servers", ".", "#NorlandLeaks", "https://t.co/Q1w2E3", "now"])
    }

    @Test func aNumberAfterAHashIsANumber() {
        #expect(tokens("the #1 hit") == ["the", "#", "1", "hit"])
    }
}
