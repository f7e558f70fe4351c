/// One lexicon data file embedded in the binary (see `Sources/Ingest/Lexicons/README.md`).
///
/// Format shared by every lexicon: UTF-8, one record per line, fields separated by TAB,
/// lists inside a field separated by `|`; blank lines and lines starting with `#` are
/// comments. A line `#EXAMPLE ...` carries an example the tests run.
struct LexiconFile: Sendable {
    let name: String
    let text: String

    /// The embedded file with this name; a missing file is a build mistake, so it traps.
    static func named(_ name: String) -> LexiconFile {
        guard let file = EmbeddedLexicons.files.first(where: { $0.name == name }) else {
            preconditionFailure("lexicon \(name) is not embedded: run python3 Scripts/embed-resources.py")
        }
        return LexiconFile(name: file.name, text: file.text)
    }

    /// The data records: each a list of fields, comments and blank lines skipped.
    var records: [[Substring]] {
        var out: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            out.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return out
    }

    /// The `#EXAMPLE` lines, without the marker, for tests.
    var examples: [Substring] {
        text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#EXAMPLE") ? line.dropFirst("#EXAMPLE".count).drop(while: { $0 == " " || $0 == "\t" }) : nil
        }
    }
}

extension Substring {
    /// The `|`-separated list inside one field; empty for an empty field.
    var listItems: [Substring] {
        isEmpty ? [] : split(separator: "|", omittingEmptySubsequences: true)
    }
}
