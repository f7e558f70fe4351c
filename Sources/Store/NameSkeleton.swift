import EventModel

/// A person's name folded so that common transliteration variants meet:
/// `Esmail Qaani`, `Ismail Qaani` → `isml kni`; `Mohammad`, `Muhammed` → `mhmd`;
/// `Qassem`, `Ghasem`, `Kasem` → `ksm`.
///
/// Per word (after `NameKey.fold`): `ph`→f, initial `gh`/`q`/`kh`/`ck`→k, other `gh`→g, `ou`/`oo`→u, `ee`/`ey`/`y`→i, `e`→i,
/// `o`→u; then the first letter, the consonants (doubled ones once) and a final vowel (so
/// `Maria` and `Mario` stay apart). Every word counts: `George H. W. Bush` never meets
/// `George W. Bush`. Only names of two or more words have a skeleton; a bare surname is
/// resolved through aliases instead, where ambiguity is checked.
enum NameSkeleton {
    static func of(_ name: String) -> String? {
        let words = NameKey.fold(name).split(whereSeparator: { $0 == " " || $0 == "." })
        guard words.count >= 2 else { return nil }
        var parts: [String] = []
        for word in words {
            guard let part = skeleton(Array(word.unicodeScalars)) else { return nil }
            parts.append(part)
        }
        return parts.joined(separator: " ")
    }

    private static func isVowel(_ c: Unicode.Scalar) -> Bool { "aeiou".unicodeScalars.contains(c) }

    /// nil when the word holds anything but ASCII letters and apostrophes (no safe folding then).
    static func skeleton(_ word: [Unicode.Scalar]) -> String? {
        var letters: [Unicode.Scalar] = []
        var i = 0
        func at(_ k: Int) -> Unicode.Scalar? { k < word.count ? word[k] : nil }
        while i < word.count {
            let c = word[i], next = at(i + 1)
            switch (c, next) {
            case ("'", _): i += 1; continue
            case ("p", "h"?): letters.append("f"); i += 2
            // An initial gh is the Persian/Arabic q (Ghasem = Qasem); inside a word it is a g (Baghdad).
            case ("g", "h"?): letters.append(i == 0 ? "k" : "g"); i += 2
            case ("k", "h"?), ("c", "k"?): letters.append("k"); i += 2
            case ("o", "u"?), ("o", "o"?): letters.append("u"); i += 2
            case ("e", "e"?), ("e", "y"?): letters.append("i"); i += 2
            case ("q", _): letters.append("k"); i += 1
            case ("y", _), ("e", _): letters.append("i"); i += 1
            case ("o", _): letters.append("u"); i += 1
            default:
                guard c.isASCII, c.properties.isAlphabetic else { return nil }
                letters.append(c); i += 1
            }
        }
        guard let first = letters.first else { return nil }
        var out = String(first)
        var last = first
        for c in letters.dropFirst().dropLast() where !isVowel(c) {
            if c != last { out.unicodeScalars.append(c) }
            last = c
        }
        if letters.count > 1, let final = letters.last {
            if isVowel(final) || final != last { out.unicodeScalars.append(final) }
        }
        return out
    }
}
