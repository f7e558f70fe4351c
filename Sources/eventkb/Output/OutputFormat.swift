import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv
}

struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (default on a terminal), json (one array), jsonl, csv.")
    var format: OutputFormat?

    /// Table on a terminal; JSON when piped, so scripts get something parseable.
    var resolved: OutputFormat { OutputFormat.resolved(format) }
}

extension OutputFormat {
    /// `--format`, else table on a terminal and JSON when piped.
    static func resolved(_ format: OutputFormat?) -> OutputFormat {
        if let format { return format }
        return isatty(STDOUT_FILENO) != 0 ? .table : .json
    }
}

/// Buffered writes to standard output: one syscall per chunk, not per line.
struct StandardOutput {
    /// What is not yet written (readable for tests).
    private(set) var buffer: [UInt8] = []

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Appends without the flush check: callers write small pieces and `write(_: JSON)` checks
    /// after each value.
    mutating func write(bytes s: String) {
        buffer.append(contentsOf: s.utf8)
    }

    mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func write(byte: UInt8) {
        buffer.append(byte)
    }

    mutating func flushIfFull() {
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        Descriptors.send(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }
}
