/// The article text addressed by Unicode scalar offsets (the contract's offsets), sliced
/// through a table of UTF-8 positions instead of walking the string for every span.
/// The one slicing helper of the Store (mentions, sentences) and the CLI (`extract` JSON).
public struct ScalarText: Sendable {
    private let utf8: [UInt8]
    /// utf8Offset[i] = byte position of scalar i; one extra entry for the end.
    private let utf8Offset: [Int]

    public init(_ text: String) {
        utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(utf8.count + 1)
        var position = 0
        for scalar in text.unicodeScalars {
            offsets.append(position)
            position += UTF8.width(scalar)
        }
        offsets.append(position)
        utf8Offset = offsets
    }

    public var scalarCount: Int { utf8Offset.count - 1 }

    /// The text of `[start, end)`; the caller has validated the range.
    public func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: utf8[utf8Offset[start]..<utf8Offset[end]], as: UTF8.self)
    }

    /// The text of `span`, cut to the text's bounds (an empty string for a span outside it):
    /// for output of documents that were not validated.
    public func slice(clamped span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalarCount)), hi = max(lo, min(span.end, scalarCount))
        return slice(lo, hi)
    }
}
