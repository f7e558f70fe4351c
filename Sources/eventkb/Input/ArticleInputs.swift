import EventModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Ingest

/// One unit of input: an article ready for extraction, or something rejected with the reason,
/// named so the user can find it ("notes.txt: file is not UTF-8 text").
enum ArticleInput {
    case article(Article)
    case rejected(source: String, reason: String)
}

/// Turns the command line's paths into articles, one file at a time, so memory stays flat
/// however large the batch. Directories are walked recursively for `.txt` and `.jsonl`
/// files in sorted order; a file named explicitly is read whatever its extension; `-` is stdin.
struct ArticleInputs {
    var paths: [String]
    /// `--date`: the publication date for articles whose text has no date header.
    var date: CalendarDate?

    /// Calls `body` for every article or rejection, in input order.
    func forEach(_ body: (ArticleInput) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                try read(data: Data(Descriptors.readAll(from: 0)), source: "-", jsonLines: false, body)
                continue
            }
            switch FileKind.of(path) {
            case .directory:
                for file in try filesUnder(directory: path, report: body) {
                    try readFile(file, body)
                }
            case .regular:
                try readFile(path, body)
            case .missing:
                try body(.rejected(source: path, reason: "no such file or directory"))
            case let kind:
                try body(.rejected(source: path, reason: kind.reason))
            }
        }
    }

    private func filesUnder(directory: String, report: (ArticleInput) throws -> Void) rethrows -> [String] {
        var walk = DirectoryWalk()
        walk.visit(directory)
        var files: [String] = []
        var odd: [(String, String)] = []
        for path in walk.candidates {
            switch FileKind.of(path) {
            case .regular: files.append(path)
            case .directory: continue  // a link to a directory, or one named like a file: not walked into
            case let kind: odd.append((path, kind.reason))
            }
        }
        for path in walk.unreadable.sorted() {
            try report(.rejected(source: path, reason: "cannot read directory"))
        }
        for (path, reason) in odd.sorted(by: { $0.0 < $1.0 }) {
            try report(.rejected(source: path, reason: reason))
        }
        return files.sorted()
    }

    private func readFile(_ path: String, _ body: (ArticleInput) throws -> Void) rethrows {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path)
                ? (FileManager.default.isReadableFile(atPath: path) ? "cannot read file" : "permission denied")
                : "file vanished before it could be read"
            try body(.rejected(source: path, reason: reason))
            return
        }
        try read(data: data, source: path, jsonLines: path.lowercased().hasSuffix(".jsonl"), body)
    }

    private func read(data: Data, source: String, jsonLines: Bool, _ body: (ArticleInput) throws -> Void) rethrows {
        switch ArticleText.decode(data) {
        case .failure(let reason):
            try body(.rejected(source: source, reason: reason.description))
        case .success(let text):
            if jsonLines {
                try JSONLinesArticles.read(text: text, source: source, body)
            } else {
                try body(.article(ArticleReader.read(text: text, source: source, date: date)))
            }
        }
    }
}

/// What a path names, following symbolic links, so that a FIFO is never opened (reading one
/// would wait for a writer forever) and a dangling link is named as such.
enum FileKind: Equatable {
    case regular, directory, missing, danglingLink, special

    static func of(_ path: String) -> FileKind {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .regular
            case S_IFDIR: return .directory
            default: return .special
            }
        }
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return .danglingLink }
        return .missing
    }

    var reason: String {
        switch self {
        case .regular, .directory: ""
        case .missing: "file vanished before it could be read"
        case .danglingLink: "symbolic link to a file that does not exist"
        case .special: "not a regular file (a FIFO, socket or device)"
        }
    }
}

/// Bytes to article text, or why they are not one.
enum ArticleText {
    enum Problem: Error, CustomStringConvertible {
        case empty, binary, notUTF8
        var description: String {
            switch self {
            case .empty: "file is empty"
            case .binary: "file is binary, not text (it contains NUL bytes)"
            case .notUTF8: "file is not UTF-8 text"
            }
        }
    }

    static func decode(_ data: Data) -> Result<String, Problem> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a UTF-8 byte-order mark is not text
        if bytes.contains(0) { return .failure(.binary) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.notUTF8) }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return .failure(.empty) }
        return .success(text)
    }
}

/// JSON Lines: one article per line, `{"id", "url", "title", "date", "text"}` with `text` required.
/// A malformed line is rejected with its line number; the other lines go on.
enum JSONLinesArticles {
    private struct Record: Decodable {
        var id: FlexibleID?
        var url: String?
        var title: String?
        var date: String?
        var text: String?
    }

    /// Ids are strings in the contract, but crawlers write numbers too.
    private struct FlexibleID: Decodable {
        var value: String
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { value = s } else { value = String(try c.decode(Int.self)) }
        }
    }

    static func read(text: String, source: String, _ body: (ArticleInput) throws -> Void) rethrows {
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmed()
            if trimmed.isEmpty { continue }
            let where_ = "\(source) line \(lineNumber)"
            guard let record = try? decoder.decode(Record.self, from: Data(trimmed.utf8)) else {
                try body(.rejected(source: where_, reason: "not a valid JSON object"))
                continue
            }
            guard let body_ = record.text, !body_.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) else {
                try body(.rejected(source: where_, reason: "record has no \"text\""))
                continue
            }
            var date: CalendarDate?
            if let d = record.date, !d.isEmpty {
                // A day, a month, or a timestamp whose first ten characters are the day.
                guard let parsed = CalendarDate(iso: d.count > 10 ? d.prefix(10) : d[...]) else {
                    try body(.rejected(source: where_, reason: "\"date\" \(d) is not YYYY-MM-DD or YYYY-MM"))
                    continue
                }
                date = parsed
            }
            let id = record.id?.value
            let name = id.map { "\(source)#\($0)" } ?? "\(source):\(lineNumber)"
            try body(.article(ArticleReader.read(text: body_, source: name, date: date, title: record.title,
                                                 url: record.url, externalID: id)))
        }
    }
}
