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
        let words = words(name)
        guard words.count >= 2 else { return nil }
        var parts: [String] = []
        for word in words {
            guard let part = skeleton(Array(word.unicodeScalars)) else { return nil }
            parts.append(part)
        }
        return parts.joined(separator: " ")
    }

    private static func isVowel(_ c: Unicode.Scalar) -> Bool { "aeiou".unicodeScalars.contains(c) }

    /// Whether two names with one skeleton are close enough letter by letter to be one person's:
    /// word by word, after the transliteration map, words of up to three letters (`Jr`, `II`, `al`)
    /// are equal and longer ones differ by at most a third of their letters (at least one edit).
    /// Keeps `Michael Sohn` from `Michael Sheen` and `World War II` from `World War III`.
    static func closeEnough(_ a: String, _ b: String) -> Bool {
        let wa = words(a), wb = words(b)
        guard wa.count == wb.count else { return false }
        for (x, y) in zip(wa, wb) {
            guard let mx = mapped(Array(x.unicodeScalars)), let my = mapped(Array(y.unicodeScalars)) else { return false }
            if min(mx.count, my.count) <= 3 {
                guard mx == my else { return false }
            } else if editDistance(mx, my) > max(1, max(mx.count, my.count) / 3) {
                return false
            }
        }
        return true
    }

    private static func words(_ name: String) -> [Substring] {
        NameKey.fold(name).split(whereSeparator: { $0 == " " || $0 == "." })
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// nil when the word holds anything but ASCII letters and apostrophes (no safe folding then).
    static func skeleton(_ word: [Unicode.Scalar]) -> String? {
        guard let letters = mapped(word), let first = letters.first else { return nil }
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

    /// The word's letters with the transliteration pairs mapped; nil for non-ASCII letters.
    static func mapped(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
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
        return letters
    }
}
