import Query
import SQLite
import Testing

@Suite("pasteable SQL")
struct PasteableSQLTests {
    @Test func literals() {
        #expect(PasteableSQL.literal(.text("O'Brien")) == "'O''Brien'")
        #expect(PasteableSQL.literal(.text("")) == "''")
        #expect(PasteableSQL.literal(.text("a\u{0}b")) == "'a' || char(0) || 'b'")
        #expect(PasteableSQL.literal(.integer(7)) == "7")
        #expect(PasteableSQL.literal(.null) == "NULL")
        #expect(PasteableSQL.inline("SELECT :a, ':a', :ab", [(":a", .text("x")), (":ab", .integer(2))])
                == "SELECT 'x', ':a', 2;")
    }

    /// Every canned statement, with its values written in, returns what the bound one returns.
    @Test func inlinedStatementsAnswerTheSame() throws {
        try withWorld { (_, w) throws in
            var statements = try QueryPlanTests.statements()
            for hostile in ["O'Brien", "100%", "\"; DROP TABLE events; --", "Bell\u{7}Man", "moratinós"] {
                let (sql, bindings) = EventQuery.statement(for: EventFilter(who: hostile))
                statements.append((hostile, sql, bindings))
            }
            for (name, sql, bindings) in statements {
                let bound = try w.db.connection.prepare(sql)
                for (key, value) in bindings { try bound.bind(value, named: key) }
                let expected = try bound.rows { row in (0..<row.columnCount).map { row.value($0) } }
                var pasted = PasteableSQL.inline(sql, bindings)
                pasted.removeLast()   // the ';'
                let inline = try w.db.connection.prepare(pasted)
                #expect(inline.parameterCount == 0, "\(name)")
                let got = try inline.rows { row in (0..<row.columnCount).map { row.value($0) } }
                #expect(got == expected, "\(name)")
            }
        }
    }
}
