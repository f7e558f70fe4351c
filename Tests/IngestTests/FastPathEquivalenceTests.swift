import Testing
@testable import EventModel
@testable import Ingest

/// The ASCII fast paths added for ingest speed must give exactly what the general paths give:
/// stored name keys and token strings may not change because of a speed change.
@Suite struct FastPathEquivalenceTests {
    /// Every ASCII scalar alone, between letters, and runs of the separators.
    static let asciiSamples: [String] = {
        var samples: [String] = []
        for v in 0..<128 {
            let c = String(Unicode.Scalar(UInt8(v)))
            samples += [c, "A\(c)b", "\(c)\(c)Xy\(c)", " -\(c)- "]
        }
        samples += ["", " ", "--", "Esmail  Qaani", "al-Sudani", "O`Brien", "  LEADING and trailing \t\n",
                    "Mid-January - 2024", "U.S.", "ZZ top", "@[\\]^_`{|}~", "\u{7F}DEL"]
        return samples
    }()

    @Test func nameKeyASCIIPathMatchesTheGeneralPath() {
        for s in Self.asciiSamples {
            #expect(NameKey.foldASCII(s) == NameKey.foldGeneral(s), "\(s.debugDescription)")
        }
    }

    @Test func nameKeyRandomASCIIMatchesTheGeneralPath() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<2000 {
            let length = Int(rng.next() % 12)
            let s = String(String.UnicodeScalarView((0..<length).map { _ in Unicode.Scalar(UInt8(rng.next() % 128)) }))
            #expect(NameKey.fold(s) == NameKey.foldGeneral(s), "\(s.debugDescription)")
        }
    }

    @Test func nameKeyNonASCIIStillFolds() {
        #expect(NameKey.foldASCII("Moratinós") == nil)
        #expect(NameKey.fold("Moratinós") == "moratinos")
        #expect(NameKey.fold("Iran’s  Quds–Force") == "iran's quds force")
        #expect(NameKey.fold("ＵＮ") == "un")
    }

    @Test func tokenStringsMatchTheScalarPath() {
        let words = ["Iran", "U.S.", "al-Sudani", "2,500", "MiXeD", "@[`{", "Zürich", "São", "Iran’s", "ÉLYSÉE", ""]
        for w in words {
            let scalars = ArraySlice(Array(w.unicodeScalars))
            #expect(ScalarClass.string(scalars) == w)
            var lower = String.UnicodeScalarView()
            for s in scalars {
                if s == "\u{2019}" { lower.append("'") } else { lower.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars) }
            }
            #expect(ScalarClass.lower(scalars) == String(lower), "\(w)")
        }
    }
}

