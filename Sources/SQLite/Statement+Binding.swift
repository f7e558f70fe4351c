import CSQLite

/// Binding parameters. Text and blobs are bound with `SQLITE_TRANSIENT` (SQLite copies them),
/// and with explicit byte lengths, so a NUL inside text or a blob survives.
/// See <https://www.sqlite.org/c3ref/bind_blob.html>.
extension Statement {
    /// The number of parameters (`?`, `?NNN`, `:name`, `@name`, `$name`).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds `value` (nil = NULL) to the 1-based parameter `index`.
    /// Resets the statement first: SQLite refuses to bind to a statement that has run
    /// (even to completion) and was not reset since.
    public func bind(_ value: (any SQLiteBindable)?, at index: Int) throws {
        reset()
        let rc = bindValue(value?.sqliteValue ?? .null, at: Int32(clamping: index))
        guard rc == SQLITE_OK else {
            if rc == SQLITE_RANGE {
                throw SQLiteError(code: .range,
                                  message: "no parameter \(index) (the statement has \(parameterCount))", sql: sql)
            }
            throw SQLiteError(code: rc, connection: database, sql: sql)
        }
    }

    /// Binds `value` to a named parameter. `name` may carry its prefix (`:id`, `@id`, `$id`);
    /// without one, `:`, `@` and `$` are tried in turn.
    public func bind(_ value: (any SQLiteBindable)?, named name: String) throws {
        let index = parameterIndex(named: name)
        guard index > 0 else {
            throw SQLiteError(code: .range, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    /// Binds `values` to parameters 1, 2, … in order. Extra parameters keep their bindings.
    public func bind(_ values: [(any SQLiteBindable)?]) throws {
        for (offset, value) in values.enumerated() {
            try bind(value, at: offset + 1)
        }
    }

    /// Binds each named value (see `bind(_:named:)`).
    public func bind(_ values: [String: (any SQLiteBindable)?]) throws {
        for (name, value) in values {
            try bind(value, named: name)
        }
    }

    /// The 1-based index of a named parameter, or 0 when there is none.
    public func parameterIndex(named name: String) -> Int {
        if let first = name.unicodeScalars.first, first == ":" || first == "@" || first == "$" {
            return Int(sqlite3_bind_parameter_index(handle, name))
        }
        for prefix in [":", "@", "$"] {
            let index = sqlite3_bind_parameter_index(handle, prefix + name)
            if index > 0 { return Int(index) }
        }
        return 0
    }

    private func bindValue(_ value: SQLiteValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(handle, index)
        case .integer(let v):
            return sqlite3_bind_int64(handle, index, v)
        case .real(let v):
            return sqlite3_bind_double(handle, index, v)
        case .text(var s):
            return s.withUTF8 { bytes in
                // An empty buffer may have no base address, and a NULL pointer would bind NULL.
                guard let base = bytes.baseAddress, bytes.count > 0 else {
                    return sqlite3_bind_text(handle, index, "", 0, eventkb_sqlite_transient())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text64(handle, index, $0, sqlite3_uint64(bytes.count),
                                        eventkb_sqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            return bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, raw.count > 0 else {
                    return sqlite3_bind_zeroblob(handle, index, 0)
                }
                return sqlite3_bind_blob64(handle, index, base, sqlite3_uint64(raw.count), eventkb_sqlite_transient())
            }
        }
    }
}
