import CSQLite
// Placeholder: the wrapper lands with issue 2.
public let sqliteLibraryVersion = String(cString: sqlite3_libversion())
