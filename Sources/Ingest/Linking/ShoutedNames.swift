import EventModel

/// The name to show for an entity that the article writes in capitals only in some places:
/// a dateline ("BEIJING -- China said"), a transcript's speaker label ("HILLARY CLINTON: ..."),
/// a shouted caption. An analyst reading `entity BEIJING` or a 355-mention "HILLARY CLINTON"
/// would fix it at once (issue 3, session 14: both were names in the knowledge base).
/// - a form of the same name written in mixed case elsewhere in the article wins;
/// - else a place the gazetteer knows takes the gazetteer's spelling;
/// - else a name of two or more words is title-cased word by word; short words that read as
///   acronyms ("UN", "US", "FBI": two letters, or three that are no English word) keep their
///   capitals and grammar words ("of", "the") go lowercase.
/// A single all-capital word that is no known place ("NATO", "UNICEF") is left as written.
enum ShoutedNames {
    static let grammarWords: Set<String> = ["of", "the", "and", "for", "de", "da", "del", "la", "le", "von", "van", "in", "on", "at"]

    static func displayName(_ name: String, type: EntityType, forms: [String]) -> String {
        guard NameKey.isShouted(name) else { return name }
        let key = LinkKey.of(name)
        if let mixed = forms.first(where: { !NameKey.isShouted($0) && LinkKey.of($0) == key }) { return mixed }
        let words = name.split(separator: " ").map(String.init)
        // (A short one, "LA", "UAE", is an abbreviation, not the gazetteer's "La".)
        if type == .location, words.count > 1 || name.unicodeScalars.count > 3 {
            let cased = words.map(titleCase).joined(separator: " ")
            if let country = Gazetteer.shared.country(named: cased) { return country.name }
            if let place = Gazetteer.shared.places(named: cased).first { return place.name }
        }
        guard words.count >= 2 else { return name }
        return words.enumerated().map { i, w in
            if i > 0, grammarWords.contains(w.lowercased()) { return w.lowercased() }
            // ("UN", "US", "FBI" stay; "BAY", "NEW" are words.)
            let letters = w.unicodeScalars.filter(ScalarClass.isLetter).count
            if letters <= 2 || letters == 3 && !Lexicons.shared.commonWords.contains(w.lowercased()) && !Gazetteer.shared.isGivenName(titleCase(w)) { return w }
            return titleCase(w)
        }.joined(separator: " ")
    }

    /// `AL-AIN` -> `Al-Ain`: capitals after a letter lowered.
    static func titleCase(_ w: String) -> String {
        var out = String.UnicodeScalarView()
        var afterLetter = false
        for u in w.unicodeScalars {
            if ScalarClass.isLetter(u) {
                if afterLetter { out.append(contentsOf: String(u).lowercased().unicodeScalars) } else { out.append(u) }
                afterLetter = true
            } else {
                out.append(u)
                afterLetter = false
            }
        }
        return String(out)
    }
}
