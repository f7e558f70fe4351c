import Testing
@testable import EventModel
#if canImport(Foundation)
import Foundation
#endif

/// NameKey folds non-ASCII names with a table generated from Unicode data
/// (Scripts/lexicons/build-name-fold.py) instead of Foundation, which the executable no longer
/// links. Stored keys of databases written before must not change for the names news carries:
/// Latin, Greek and Cyrillic letters, fullwidth forms, combining accents.
@Suite struct NameFoldTableTests {
    @Test func accentsCaseAndWidthFold() {
        #expect(NameKey.fold("Moratinós") == "moratinos")
        #expect(NameKey.fold("Straße") == "strasse")
        #expect(NameKey.fold("ŁÓDŹ") == "łodz")
        #expect(NameKey.fold("ΣΊΣΥΦΟΣ") == "σισυφοσ")
        #expect(NameKey.fold("İstanbul") == "istanbul")
        #expect(NameKey.fold("Ｔｏｋｙｏ") == "tokyo")
        #expect(NameKey.fold("Jose\u{301} Marti\u{301}") == "jose marti")
        #expect(NameKey.fold("Øresund  –  Æbeltoft") == "øresund æbeltoft")
        #expect(NameKey.fold("ﬁnance") == "finance")
    }

    @Test func theTableParsesWhole() {
        // Every entry of the generated source became a table row (a malformed one would be skipped).
        let entries = NameKey.foldTableSource.split(separator: ";").count
        #expect(entries > 4000)
        #expect(NameKey.foldTable.count == entries)
        #expect(NameKey.foldTable[0x0301] == [])
        #expect(NameKey.foldTable[0x00DF] == ["s", "s"])
    }

    #if canImport(Foundation)
    /// What Foundation's folding gave before, in context (a mark needs a letter to sit on).
    static func foundationFold(_ name: String) -> String {
        NameKey.normalizingSeparators(name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                                   locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func latinGreekCyrillicAndFullwidthFoldAsFoundationDid() {
        let blocks: [ClosedRange<UInt32>] = [0x00A0...0x024F, 0x0370...0x03FF, 0x0400...0x04FF, 0x1E00...0x1EFF,
                                             0x1F00...0x1FBC, 0xFF01...0xFF5E]
        var compared = 0
        for block in blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
                let name = "A" + String(scalar) + "b"
                #expect(NameKey.fold(name) == Self.foundationFold(name), "U+\(String(value, radix: 16, uppercase: true))")
                compared += 1
            }
        }
        #expect(compared > 1300)
    }

    @Test func combiningMarksFoldAsFoundationDid() {
        for value in UInt32(0x0300)...0x036F {
            let name = "e" + String(Unicode.Scalar(value)!) + "x"
            #expect(NameKey.fold(name) == Self.foundationFold(name), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
    #endif
}
