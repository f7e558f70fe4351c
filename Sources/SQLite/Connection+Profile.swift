import CSQLite

/// Where a connection's time goes, statement by statement: total time and runs per SQL text,
/// from SQLite's own profile trace (<https://www.sqlite.org/c3ref/trace_v2.html>,
/// `SQLITE_TRACE_PROFILE`). Trigger bodies count toward the statement that fired them.
///
/// SQLite's clock behind the trace ticks in milliseconds, so one run's time is coarse; summed
/// over thousands of runs the error averages out. A development aid (`EVENTKB_SQL_PROFILE=1`
/// on `ingest`): it costs a string per statement run.
public final class StatementProfile {
    public struct Entry: Sendable {
        public let sql: String
        public var runs = 0
        public var nanoseconds: Int64 = 0
    }

    private var entries: [String: Entry] = [:]

    public init() {}

    /// Every statement seen, most time first.
    public var ranked: [Entry] { entries.values.sorted { $0.nanoseconds > $1.nanoseconds } }

    fileprivate func record(_ sql: String, _ nanoseconds: Int64) {
        entries[sql, default: Entry(sql: sql)].runs += 1
        entries[sql]!.nanoseconds += nanoseconds
    }
}

extension Connection {
    /// Starts recording every statement's time into `profile`, which must outlive the
    /// connection's use (the trace holds it unretained).
    public func startProfiling(into profile: StatementProfile) {
        let context = Unmanaged.passUnretained(profile).toOpaque()
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_PROFILE), { _, context, statement, elapsed in
            guard let context, let statement, let elapsed else { return 0 }
            let profile = Unmanaged<StatementProfile>.fromOpaque(context).takeUnretainedValue()
            let sql = sqlite3_sql(OpaquePointer(statement)).map { String(cString: $0) } ?? "?"
            profile.record(sql, elapsed.load(as: Int64.self))
            return 0
        }, context)
    }
}
