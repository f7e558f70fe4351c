#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `EVENTKB_TIMING=1` in the environment: after the command, one line on standard error,
/// `eventkb-timing: run_ms=12.345`, the wall time of the command's `run()` — opening the
/// database, the query, formatting and writing the answer — without process start-up and
/// argument parsing. The benchmark reports it beside the whole-process figure, so the cost of
/// the library call can be told apart from the cost of starting a process.
enum RunTiming {
    /// Whether the environment switch `name` is on: set, not empty and not `0`
    /// (`EVENTKB_TIMING`, `EVENTKB_SQL_PROFILE`).
    static func isOn(_ name: String) -> Bool {
        guard let flag = getenv(name).map({ String(cString: $0) }) else { return false }
        return !flag.isEmpty && flag != "0"
    }

    static func measure(_ body: () throws -> Void) rethrows {
        guard isOn("EVENTKB_TIMING") else { return try body() }
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let (seconds, attoseconds) = (clock.now - start).components
            let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
            Descriptors.sendError("eventkb-timing: run_ms=\(Descriptors.format("%.3f", ms))\n")
        }
        try body()
    }
}
