import Testing
@testable import Store

/// FIPS 180-4 example vectors (https://csrc.nist.gov/projects/cryptographic-standards-and-guidelines/example-values).
@Suite struct SHA256Tests {
    @Test func empty() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessage448Bits() {
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func oneMillionA() {
        #expect(SHA256.hex(bytes: repeatElement(UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Padding edges: 55, 56, 63 and 64 bytes, against values from Python's hashlib.
    @Test func paddingBoundaries() {
        #expect(SHA256.hex(String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex(String(repeating: "a", count: 63)) == "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34")
        #expect(SHA256.hex(String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func unicodeIsHashedAsUTF8() {
        // hashlib.sha256("Tomás 🇵🇹".encode()).hexdigest()
        #expect(SHA256.hex("Tomás 🇵🇹") == "4c9e823aafd10cb8d251a17cc57bda1c61c04d2d8fbdb43f651ca603cc1bd558")
        #expect(SHA256.hex("Tomás 🇵🇹") != SHA256.hex("Tomas 🇵🇹"))
    }

    @Test func incrementalEqualsOneShot() {
        var hasher = SHA256()
        hasher.update("abcdbcdecdefdefgefghfghighij".utf8)
        hasher.update("hijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hasher.finalizeHex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// Contiguous chunks of awkward sizes exercise the partial-block path.
    @Test func oneMillionAInOddChunks() {
        var hasher = SHA256()
        var remaining = 1_000_000
        let sizes = [1, 7, 63, 64, 65, 1000, 4096]
        var i = 0
        while remaining > 0 {
            let n = min(sizes[i % sizes.count], remaining)
            hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: n))
            remaining -= n
            i += 1
        }
        #expect(hasher.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
