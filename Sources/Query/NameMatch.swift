import EventModel
import SQLite

/// How a name filter becomes SQL: a common table expression of entity ids, with the user's
/// words bound as parameters, never spliced into the text.
///
/// The name is folded with `NameKey.fold` (case, accents, curly apostrophes, hyphens), then
/// matches entities with an alias key equal to it; only when none has, entities with an
/// alias key containing it as whole words (`qaani` finds `esmail qaani`, not `qaanis`).
/// Containment uses `LIKE … ESCAPE '\'` with `%`, `_` and `\` escaped
/// (<https://www.sqlite.org/lang_expr.html#like>).
/// Containment starts from `alias_words` (Schema/008): only aliases holding the name's first
/// word are tested with LIKE, not every alias.
struct NameMatch {
    /// The CTE's name and its parameters' prefix: a fixed identifier from this module.
    let label: String
    let key: String

    init(label: String, name: String) {
        self.label = label
        self.key = NameKey.fold(name)
    }

    /// `label(entity_id)`: entities with an alias equal to the name, else containing it.
    ///
    /// Why `label_unknown`: written as `WHERE NOT EXISTS (exact alias) AND instr(…)`, the
    /// containment branch scanned every alias even when the name was known, testing the (cached)
    /// NOT EXISTS once per alias: about 0.6 ms of every `--who`, `timeline` and `entity` at
    /// 102,048 articles. As a one-row-or-none table in front of the scan, a known name leaves the
    /// scan's outer loop empty, so it never starts
    /// (<https://www.sqlite.org/lang_with.html#materialization_hints>).
    var cte: String {
        """
        \(label)_unknown AS MATERIALIZED (
            SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM entity_aliases WHERE alias_key = :\(label)_key)
        ),
        \(label)(entity_id) AS (
            SELECT entity_id FROM entity_aliases WHERE alias_key = :\(label)_key
            UNION
            SELECT a.entity_id FROM \(label)_unknown CROSS JOIN alias_words a
            WHERE a.word = :\(label)_word
              AND ' ' || a.alias_key || ' ' LIKE '% ' || :\(label)_like || ' %' ESCAPE '\\'
        )
        """
    }

    /// `label(entity_id)` for places: the name as an alias or inside one (`baghdad` also
    /// finds `Baghdad Airport`), plus every place stored as `located_in` one of them, at any
    /// depth — a meeting at Baghdad Airport happened in Baghdad.
    var placeCTE: String {
        """
        \(label)_named(entity_id) AS (
            SELECT entity_id FROM entity_aliases WHERE alias_key = :\(label)_key
            UNION
            SELECT entity_id FROM alias_words
            WHERE word = :\(label)_word
              AND ' ' || alias_key || ' ' LIKE '% ' || :\(label)_like || ' %' ESCAPE '\\'
        ),
        \(label)(entity_id) AS (
            SELECT entity_id FROM \(label)_named
            UNION
            SELECT r.subject_id FROM relations r JOIN \(label) inside ON r.object_id = inside.entity_id
            WHERE r.predicate = 'located_in'
        )
        """
    }

    var bindings: [(String, SQLiteValue)] {
        [(":\(label)_key", .text(key)), (":\(label)_word", .text(firstWord)), (":\(label)_like", likeWords)]
    }

    /// The name's first word: an alias holding the name as whole words holds this word
    /// (`alias_words`, split at single spaces as the writer splits).
    var firstWord: String {
        String(key.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// The escaped words for containment, or NULL (matches nothing) when there are none or
    /// they hold U+0000: LIKE reads its pattern as a C string, so `a\0` would act as `a`.
    var likeWords: SQLiteValue {
        if key.isEmpty || key.unicodeScalars.contains("\u{0}") { return .null }
        return .text(NameMatch.escapeLike(key))
    }

    /// `%`, `_` and `\` become literal under `ESCAPE '\'`.
    static func escapeLike(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
