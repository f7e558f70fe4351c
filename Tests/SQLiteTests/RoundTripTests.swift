import Foundation
import Testing
@testable import SQLite

/// Every storage class goes in and comes back unchanged.
@Suite struct RoundTripTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY) STRICT")
    }

    private func roundTrip(_ value: (any SQLiteBindable)?) throws -> SQLiteValue {
        try db.run("INSERT INTO t (v) VALUES (?)", value)
        let id = db.lastInsertRowID
        let read = try db.firstRow("SELECT v FROM t WHERE id = ?", id) { $0.value(0) }
        return try #require(read)
    }

    @Test(arguments: [
        "", "plain ascii", "Esmail Qaani", "Kataib Hezbollah’s “spokesman”",
        "emoji 🇮🇷🛰️👩🏽‍🚀", "combining e\u{0301} vs precomposed \u{00E9}", "a\u{0000}b\u{0000}",
        "\u{0000}", "مرحبا بالعالم", "中文 日本語 한국어", "line\nbreak\ttab\r\n",
    ])
    func text(_ string: String) throws {
        let read = try roundTrip(string)
        guard case .text(let back) = read else {
            Issue.record("expected text, got \(read)")
            return
        }
        // Compare scalars, not Characters: String == ignores canonical-equivalence differences.
        #expect(Array(back.unicodeScalars) == Array(string.unicodeScalars))
        #expect(back.utf8.count == string.utf8.count)
    }

    @Test func textWithNULHasItsFullLengthInSQL() throws {
        try db.run("INSERT INTO t (v) VALUES (?)", "ab\u{0000}cd")
        let length = try db.firstRow("SELECT length(CAST(v AS BLOB)) FROM t WHERE id = ?", db.lastInsertRowID) {
            $0.int(0)
        }
        #expect(length == 5)
    }

    @Test(arguments: [Int64.min, Int64.min + 1, -1, 0, 1, Int64(Int32.max) + 1, Int64.max])
    func integer(_ n: Int64) throws {
        #expect(try roundTrip(n) == .integer(n))
    }

    @Test func intAndBool() throws {
        #expect(try roundTrip(Int.max) == .integer(Int64(Int.max)))
        #expect(try roundTrip(true) == .integer(1))
        #expect(try roundTrip(false) == .integer(0))
    }

    @Test(arguments: [0.0, -0.0, 1.5, -1e-300, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
                      -Double.greatestFiniteMagnitude, Double.ulpOfOne, Double.pi, .infinity, -.infinity])
    func real(_ x: Double) throws {
        let read = try roundTrip(x)
        guard case .real(let back) = read else {
            Issue.record("expected real, got \(read)")
            return
        }
        #expect(back.bitPattern == x.bitPattern || (back == 0 && x == 0))
    }

    /// SQLite has no NaN: binding one stores NULL (https://www.sqlite.org/floatingpoint.html).
    @Test func nanBecomesNull() throws {
        #expect(try roundTrip(Double.nan) == .null)
    }

    @Test func blobs() throws {
        let cases: [[UInt8]] = [[0], [0, 0, 0], [1, 0, 2, 0, 255], Array(0...255), [UInt8](repeating: 0xAB, count: 100_000)]
        for bytes in cases {
            #expect(try roundTrip(bytes) == .blob(bytes))
        }
        let data = Data([0x00, 0xFF, 0x00, 0x10])
        #expect(try roundTrip(data) == .blob([0x00, 0xFF, 0x00, 0x10]))
    }

    @Test func emptyBlobIsABlobNotNull() throws {
        #expect(try roundTrip([UInt8]()) == .blob([]))
    }

    @Test func emptyStringIsTextNotNull() throws {
        #expect(try roundTrip("") == .text(""))
    }

    @Test func nilAndOptionals() throws {
        #expect(try roundTrip(nil) == .null)
        let missing: String? = nil
        #expect(try roundTrip(missing) == .null)
        let present: Int64? = 7
        #expect(try roundTrip(present) == .integer(7))
    }

    @Test func typedGetters() throws {
        try db.execute("CREATE TABLE typed (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT) STRICT")
        try db.run("INSERT INTO typed VALUES (?, ?, ?, ?, ?)", Int64.min, -2.5, "x\u{0000}y", [UInt8]([0, 1]), nil)
        let statement = try db.prepare("SELECT i, r, s, b, n FROM typed")
        #expect(try statement.step())
        #expect(statement.columnCount == 5)
        #expect(statement.columnNames == ["i", "r", "s", "b", "n"])
        #expect(statement.columnIndex(named: "S") == 2)
        #expect(statement.int64(0) == Int64.min)
        #expect(statement.double(1) == -2.5)
        #expect(statement.string(2) == "x\u{0000}y")
        #expect(statement.bytes(3) == [0, 1])
        #expect(statement.isNull(4))
        #expect(!statement.isNull(0))
        #expect(statement.optionalString(4) == nil)
        #expect(statement.optionalInt64(0) == Int64.min)
        #expect(try !statement.step())
    }
}
