#ifndef EVENTKB_CSQLITE_SHIM_H
#define EVENTKB_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro over a cast function pointer: Swift cannot import it.
// It tells SQLite to copy bound text and blobs before the bind call returns.
static inline sqlite3_destructor_type eventkb_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

// sqlite3_db_config is variadic, which Swift cannot call; these wrap the forms we use.
// https://www.sqlite.org/c3ref/db_config.html
static inline int eventkb_db_config_int(sqlite3 *db, int op, int value, int *result) {
    return sqlite3_db_config(db, op, value, result);
}

// sqlite3_config is variadic too; this is the one option set (before SQLite initialises).
// https://www.sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus
static inline int eventkb_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}

#endif
