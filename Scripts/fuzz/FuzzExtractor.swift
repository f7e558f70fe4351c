// libFuzzer entry point over the extractor: bytes -> (if UTF-8) reader -> extractor -> the same
// invariants as the property test (Tests/IngestTests/DocumentInvariants.swift). A violated
// invariant traps, so libFuzzer saves the input as crash-<sha1>. Built by Scripts/fuzz/libfuzzer.sh.

let extractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let doc = extractor.extract(ArticleReader.read(text: text, source: "fuzz.txt"))
    let problems = DocumentInvariants.violations(doc, text: text)
    if !problems.isEmpty { fatalError("unsound document: \(problems.prefix(3))") }
    return 0
}
