/// What one write transaction has already stored, so repeated rows are not sent to SQLite
/// again: in a batch of articles the same entities recur with the same aliases, and each
/// `INSERT ... ON CONFLICT DO NOTHING` still costs an index probe.
///
/// Lives exactly as long as its transaction (a rolled-back transaction's memo is dropped with
/// it), so it never claims a row that is not in the database.
final class WriteMemo {
    struct Alias: Hashable {
        let entity: Int64
        let key: String
    }

    var aliases: Set<Alias> = []
}
