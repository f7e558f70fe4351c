import Foundation
import Testing
@testable import EventModel

/// `NameKey.fold` lower-cases ASCII by hand instead of asking Foundation: both must agree.
@Suite("NameKey ASCII folding")
struct NameKeyASCIITests {
    static func foundationFold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                  locale: Locale(identifier: "en_US_POSIX"))
    }

    @Test func everyASCIICharacterFoldsAsFoundationFoldsIt() {
        for value in UInt8(0)..<0x80 {
            let s = String(decoding: [value], as: UTF8.self)
            #expect(NameKey.asciiLowercased(s) == NameKeyASCIITests.foundationFold(s), "byte \(value)")
        }
    }

    @Test func namesFoldAsBefore() {
        for name in ["Esmail Qaani", "O'Brien", "AL-SUDANI", "Kataib  Hezbollah", "U.S.", "Tony Blair's", "",
                     "Moratinos", "Ismail-Qaani`s"] {
            #expect(NameKey.isASCII(name))
            #expect(NameKey.asciiLowercased(name) == NameKeyASCIITests.foundationFold(name), "\(name)")
        }
        #expect(!NameKey.isASCII("Iran’s"))
        #expect(NameKey.fold("Iran’s Élysée") == "iran's elysee")
        #expect(NameKey.fold("Esmail  QAANI-x") == "esmail qaani x")
    }
}
