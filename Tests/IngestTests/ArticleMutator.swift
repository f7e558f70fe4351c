/// Invented news-like articles and hostile edits of them, for the extractor property test and
/// `Scripts/fuzz/run.sh`. Deterministic: the same seed gives the same articles. All sentences
/// are made up here from templates; no corpus text is used.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum ArticleMutator {
    static let people = ["Ana Ribeiro", "Karim Bennani", "Prime Minister Lena Varga", "General Tomas Okafor",
                         "Mr. Haddad", "Foreign Minister Ines Duarte", "the envoy", "President Jonas Mbeki",
                         "Dr. Mira al-Sayed", "O'Connell", "Sen. Ruth Abernathy"]
    static let groups = ["the Northern Coalition", "Kataib Rahma", "the Ministry of Water", "the Blue River Party",
                         "the United Nations", "Iran-backed militias", "the Quds Force", "NATO", "the U.S. Army"]
    static let places = ["Paris", "Baghdad", "Nairobi", "Lisbon", "the port of Aden", "Kyiv", "São Paulo",
                         "New York", "Baghdad Airport", "the capital"]
    static let times = ["on Monday", "last year", "in late January", "on Feb. 18", "yesterday", "in 2020",
                        "next week", "on Sunday (Feb 18)", "in March 2023", "earlier this month", "on 2024-02-30"]
    static let templates = [
        "{P} met {Q} in {L} {T}.",
        "{P} said {G} would hold talks with {Q} {T}.",
        "{G} attacked {L} {T}, killing three people, {P} told reporters.",
        "{P}, the chief of {G}, visited {L} {T}.",
        "\"We will not negotiate,\" {P} said in {L}.",
        "{Q} warned that {G} could strike {L} {T}.",
        "{P} did not meet {Q} {T}, according to {G}.",
        "{G} arrested {Q} near {L} {T}.",
        "{P}'s advisor {Q} is due to visit {L} {T}.",
        "Officials in {L} said {G} and {G2} agreed to a ceasefire {T}.",
        "Talks between {P} and {Q} in {L} ended without a deal.",
    ]
    static let headings = ["World News", "Middle East", "Analysis", "UPDATE 2"]
    static let oddPieces: [String] = [
        "\"", "'", "\u{201C}", "\u{201D}", "\u{2019}", "(", ")", "[[", "]]", "((((", "))", "...", ".", "..",
        "U.S.", "Feb.", "3.14", "1,000,000", "2024-01-31", "date 2024-02-18 ", "date 2024-13 ", "date ",
        "\r\n", "\r", "\n\n", "\t", "\u{00A0}", "\u{2028}", "\u{200B}", "\u{FEFF}", "é", "e\u{0301}",
        "\u{0301}\u{0301}\u{0301}", "👩🏽‍⚕️", "🇫🇷", "ﷺ", "北京", "Москва", "ﺑﻐﺪﺍﺩ", "\u{202E}", "\u{0007}",
        "-", "—", "–", "'s", "’s", ",", ";", ":", "?", "!", "Mr", "Dr.", "St.", " ", "  ",
    ]

    /// A made-up article of `sentences` sentences, sometimes with a date header and headings.
    static func article(_ rng: inout SplitMix64, sentences: Int) -> String {
        var out = ""
        switch rng.next() % 4 {
        case 0: out += "date 2024-0\(1 + rng.next() % 9)-1\(rng.next() % 10) "
        case 1: out += "  date 2023-11\n"
        default: break
        }
        for i in 0..<sentences {
            if i > 0, rng.next() % 6 == 0 { out += "\n\n" + headings.randomElement(using: &rng)! + "\n\n" }
            var s = templates.randomElement(using: &rng)!
            for (key, pool) in [("{P}", people), ("{Q}", people), ("{G2}", groups), ("{G}", groups),
                                ("{L}", places), ("{T}", times)] {
                while let r = s.range(of: key) { s.replaceSubrange(r, with: pool.randomElement(using: &rng)!) }
            }
            if let first = s.unicodeScalars.first, first.properties.isLowercase {
                s = s.prefix(1).uppercased() + s.dropFirst()
            }
            out += s + (rng.next() % 3 == 0 ? "\n" : " ")
        }
        return out
    }

    /// `text` with `edits` random edits at the scalar level.
    static func mutate(_ text: String, _ rng: inout SplitMix64, edits: Int) -> String {
        var s = Array(text.unicodeScalars)
        for _ in 0..<edits {
            let at = s.isEmpty ? 0 : Int(rng.next() % UInt64(s.count + 1))
            switch rng.next() % 9 {
            case 0, 1:  // insert an odd piece
                s.insert(contentsOf: oddPieces.randomElement(using: &rng)!.unicodeScalars, at: at)
            case 2:  // delete a run
                if !s.isEmpty, at < s.count { s.removeSubrange(at..<min(s.count, at + 1 + Int(rng.next() % 8))) }
            case 3:  // a random scalar (any plane, skipping surrogates)
                let v = UInt32(rng.next() % 0x11_0000)
                if let u = Unicode.Scalar(v) { s.insert(u, at: at) }
            case 4:  // a very long token
                let unit: [Unicode.Scalar] = rng.next() % 2 == 0 ? ["A"] : ["a", "-"]
                s.insert(contentsOf: Array(repeating: unit, count: 200 + Int(rng.next() % 2000)).joined(), at: at)
            case 5:  // nested brackets and quotes
                let depth = 1 + Int(rng.next() % 40)
                let open: [Unicode.Scalar] = ["(", "[", "\"", "\u{201C}"]
                let close: [Unicode.Scalar] = [")", "]", "\"", "\u{201D}"]
                s.insert(contentsOf: (0..<depth).map { _ in open.randomElement(using: &rng)! }, at: at)
                let end = min(s.count, at + depth + Int(rng.next() % 30))
                s.insert(contentsOf: (0..<depth).map { _ in close.randomElement(using: &rng)! }, at: end)
            case 6:  // duplicate a slice (repeated names, repeated sentences)
                if !s.isEmpty {
                    let from = Int(rng.next() % UInt64(s.count))
                    let piece = s[from..<min(s.count, from + 1 + Int(rng.next() % 80))]
                    s.insert(contentsOf: piece, at: at)
                }
            case 7:  // swap case of a scalar, capitalise a word
                if at < s.count {
                    let c = Character(s[at])
                    let swapped = c.isUppercase ? c.lowercased() : c.uppercased()
                    s.replaceSubrange(at...at, with: swapped.unicodeScalars)
                }
            default:  // numbers and dots
                let bits = ["1", "2024", ".", "..", "3.", "12:30", "2024-02-18.", "No.", "7th"]
                s.insert(contentsOf: bits.randomElement(using: &rng)!.unicodeScalars, at: at)
            }
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    /// Input number `index` of the campaign seeded with `seed`: an article, mutated more or less.
    static func input(seed: UInt64, index: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x1000_0001)
        let base = article(&rng, sentences: 1 + Int(rng.next() % 12))
        let edits = [0, 1, 3, 10, 40][Int(rng.next() % 5)]
        return mutate(base, &rng, edits: edits)
    }
}
