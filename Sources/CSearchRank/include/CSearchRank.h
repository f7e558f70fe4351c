#ifndef EVENTKB_CSEARCHRANK_H
#define EVENTKB_CSEARCHRANK_H

#include <sqlite3.h>

/// Registers the FTS5 auxiliary function `eventkb_bm25(fts_table)` on `db`: FTS5's own `bm25()`
/// (https://www.sqlite.org/fts5.html#the_bm25_function), except that a query of one phrase skips
/// the inverse document frequency. Returns an SQLite result code.
int eventkb_register_search_rank(sqlite3 *db);

#endif
