import EventModel
import Testing

@Suite("scalar text slicing")
struct ScalarTextTests {
    // "é" is one scalar (two UTF-8 bytes), the flag two scalars (eight bytes), "👍🏽" two scalars.
    let text = ScalarText("Café 🇵🇹 talks 👍🏽 end")

    @Test func slicesCountUnicodeScalars() {
        #expect(text.scalarCount == 20)
        #expect(text.slice(0, 4) == "Café")
        #expect(text.slice(5, 7) == "🇵🇹")
        #expect(text.slice(8, 13) == "talks")
        #expect(text.slice(14, 16) == "👍🏽")
        #expect(text.slice(17, 20) == "end")
    }

    @Test func clampedSlicesStayInsideTheText() {
        #expect(text.slice(clamped: TextSpan(start: 17, end: 99)) == "end")
        #expect(text.slice(clamped: TextSpan(start: -3, end: 4)) == "Café")
        #expect(text.slice(clamped: TextSpan(start: 30, end: 40)) == "")
        #expect(text.slice(clamped: TextSpan(start: 6, end: 2)) == "")
    }
}
