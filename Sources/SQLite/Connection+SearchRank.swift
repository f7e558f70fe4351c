import CSQLite
import CSearchRank

extension Connection {
    /// Adds `eventkb_bm25(fts_table)` to this connection: FTS5's `bm25()` ranking, without the
    /// pass over a lone phrase's whole doclist that bm25 makes for a weight that cannot change the
    /// order (Sources/CSearchRank/search_rank.c says why). Throws when FTS5 is missing.
    /// <https://www.sqlite.org/fts5.html#custom_auxiliary_functions>
    public func addSearchRank() throws {
        let code = eventkb_register_search_rank(handle)
        guard code == SQLITE_OK else {
            throw SQLiteError(code: ResultCode(rawValue: code), message: "cannot add eventkb_bm25: \(ResultCode(rawValue: code).explanation)")
        }
    }
}
