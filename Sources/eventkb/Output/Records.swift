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

/// Something a query command prints: as a JSON object, and as a row of a table or CSV.
protocol Printable {
    static var columns: [String] { get }
    var json: JSON { get }
    /// One cell per column, plain text.
    var cells: [String] { get }
    /// What a terminal table shows (default: the CSV columns); the last column is trimmed to the width.
    static var tableColumns: [String] { get }
    var tableCells: [String] { get }
}

extension Printable {
    static var tableColumns: [String] { columns }
    var tableCells: [String] { cells }
}

enum Printer {
    /// Prints records in the chosen format. Empty answers print nothing for table/jsonl/csv
    /// (a header-only CSV) and `[]` for json.
    static func print<R: Printable>(_ records: [R], format: OutputFormat) {
        var out = StandardOutput()
        switch format {
        case .json:
            out.write("[")
            for (i, r) in records.enumerated() {
                out.write(i == 0 ? "\n" : ",\n")
                out.write(r.json)
            }
            out.write(records.isEmpty ? "]\n" : "\n]\n")
        case .jsonl:
            for r in records {
                out.write(r.json)
                out.write("\n")
            }
        case .csv:
            out.write(CSV.line(R.columns))
            for r in records { out.write(CSV.line(r.cells)) }
        case .table:
            guard !records.isEmpty else { break }
            out.write(Table.render(columns: R.tableColumns, rows: records.map(\.tableCells), width: Table.terminalWidth()))
        }
        out.flush()
    }

    /// A single object (stats): json prints the object itself, not an array.
    static func printOne<R: Printable>(_ record: R, format: OutputFormat) {
        var out = StandardOutput()
        switch format {
        case .json, .jsonl:
            out.write(record.json)
            out.write("\n")
        case .csv, .table:
            out.flush()
            print([record], format: format)
        }
        out.flush()
    }
}

/// RFC 4180: fields with comma, quote, CR or LF are quoted, quotes doubled, CRLF line ends.
enum CSV {
    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            var quoted = "\""
            for scalar in s.unicodeScalars {
                quoted.unicodeScalars.append(scalar)
                if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
            }
            return quoted + "\""
        }
        return s
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

/// Aligned columns for a terminal; the last column is trimmed to the width.
enum Table {
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let cols = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), cols > 20 { return cols }
        return 120
    }

    static func render(columns: [String], rows: [[String]], width: Int) -> String {
        let clean = rows.map { $0.map(oneLine) }
        var widths = columns.map(\.count)
        for row in clean {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        // Every column but the last keeps at most 40 characters; the last gets what is left.
        for i in widths.indices.dropLast() { widths[i] = min(widths[i], 40) }
        let fixed = widths.dropLast().reduce(0, +) + 2 * max(0, widths.count - 1)
        if let last = widths.indices.last { widths[last] = max(10, min(widths[last], width - fixed)) }
        var out = ""
        func emit(_ cells: [String]) {
            var line = ""
            for (i, w) in widths.enumerated() {
                let cell = i < cells.count ? fit(cells[i], w) : ""
                line += i == widths.count - 1 ? cell : cell.padded(to: w) + "  "
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        emit(columns)
        emit(widths.map { String(repeating: "-", count: $0) })
        clean.forEach(emit)
        return out
    }

    static func oneLine(_ s: String) -> String {
        var line = ""
        line.unicodeScalars.append(contentsOf: s.unicodeScalars.lazy.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
        return line
    }

    static func fit(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(max(0, width - 1))) + "…"
    }
}
