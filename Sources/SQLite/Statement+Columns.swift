import CSQLite

/// Reading the current row. Indexes are 0-based, as in SQLite's `sqlite3_column_*`.
/// Getters follow SQLite's type conversions (<https://www.sqlite.org/c3ref/column_blob.html>):
/// NULL reads as 0, 0.0, "" or []; use `isNull` or the optional getters to tell NULL apart.
extension Statement {
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public func columnName(_ index: Int) -> String {
        guard let name = sqlite3_column_name(handle, Int32(index)) else { return "" }
        return String(cString: name)
    }

    public var columnNames: [String] { (0..<columnCount).map(columnName) }

    /// The index of the result column called `name` (exact, then case-insensitive), or nil.
    public func columnIndex(named name: String) -> Int? {
        let names = columnNames
        if let i = names.firstIndex(of: name) { return i }
        let lower = name.lowercased()
        return names.firstIndex { $0.lowercased() == lower }
    }

    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    public func int64(_ index: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(index))
    }

    public func int(_ index: Int) -> Int {
        Int(truncatingIfNeeded: sqlite3_column_int64(handle, Int32(index)))
    }

    public func double(_ index: Int) -> Double {
        sqlite3_column_double(handle, Int32(index))
    }

    public func bool(_ index: Int) -> Bool {
        int64(index) != 0
    }

    /// The column as UTF-8 text, read by byte length so NULs inside survive.
    public func string(_ index: Int) -> String {
        let i = Int32(index)
        // text before bytes: the length must describe the UTF-8 form just produced.
        guard let text = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The column as bytes.
    public func bytes(_ index: Int) -> [UInt8] {
        let i = Int32(index)
        guard let blob = sqlite3_column_blob(handle, i) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, i))
        return [UInt8](UnsafeRawBufferPointer(start: blob, count: count))
    }

    public func optionalInt64(_ index: Int) -> Int64? { isNull(index) ? nil : int64(index) }
    public func optionalInt(_ index: Int) -> Int? { isNull(index) ? nil : int(index) }
    public func optionalDouble(_ index: Int) -> Double? { isNull(index) ? nil : double(index) }
    public func optionalString(_ index: Int) -> String? { isNull(index) ? nil : string(index) }
    public func optionalBytes(_ index: Int) -> [UInt8]? { isNull(index) ? nil : bytes(index) }

    /// The column in its own storage class.
    public func value(_ index: Int) -> SQLiteValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: .integer(int64(index))
        case SQLITE_FLOAT: .real(double(index))
        case SQLITE_TEXT: .text(string(index))
        case SQLITE_BLOB: .blob(bytes(index))
        default: .null
        }
    }
}
