import SQLite

/// `EVENTKB_SQL_PROFILE=1` on `ingest`: after the command, the writer's statements by total time
/// on standard error (see `StatementProfile`), to find what grows with the database.
enum SQLProfiling {
    static func start(on connection: Connection) -> StatementProfile? {
        guard RunTiming.isOn("EVENTKB_SQL_PROFILE") else { return nil }
        let profile = StatementProfile()
        connection.startProfiling(into: profile)
        return profile
    }

    static func report(_ profile: StatementProfile?) {
        guard let profile else { return }
        var lines = "eventkb-sql-profile: ms runs us/run sql\n"
        for entry in profile.ranked.prefix(40) {
            let ms = Double(entry.nanoseconds) / 1e6
            let sql = entry.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let perRun = ms * 1000 / Double(max(entry.runs, 1))
            lines += Descriptors.format("%9.1f %8ld %8.1f ", ms, entry.runs, perRun)
                + String(sql.prefix(160)) + "\n"
        }
        Descriptors.sendError(lines)
    }
}
