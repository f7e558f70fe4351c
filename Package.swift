// swift-tools-version: 6.0
import PackageDescription

// Data flows one way: text → Ingest → Document → Store → SQLite ← Query ← CLI.
// Ingest knows nothing of SQLite; Query knows nothing of extraction.
let package = Package(
    name: "eventkb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "eventkb", targets: ["eventkb"]),
        .library(name: "EventKB", targets: ["EventModel", "Ingest", "Store", "Query"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Debian's libsqlite3-dev, seen through a module map and a shim for what Swift cannot import.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // search's ranking function, an FTS5 auxiliary function written in C (FTS5's C API).
        .target(name: "CSearchRank", dependencies: ["CSQLite"]),
        // The small Swift wrapper: Connection, Statement, transactions, typed errors.
        .target(name: "SQLite", dependencies: ["CSQLite", "CSearchRank"]),
        // Plain value types shared by every stage.
        .target(name: "EventModel"),
        // Pure extraction: article text in, Document out. No SQLite.
        .target(name: "Ingest", dependencies: ["EventModel"], exclude: ["Lexicons"]),
        // Schema migrations and atomic writes of Documents.
        .target(name: "Store", dependencies: ["SQLite", "EventModel"]),
        // Read-only canned questions. No extraction.
        .target(name: "Query", dependencies: ["SQLite", "EventModel"]),
        .executableTarget(
            name: "eventkb",
            dependencies: [
                "Ingest", "Store", "Query", "EventModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds are one static executable (Swift runtime, FoundationEssentials, SQLite,
            // libstdc++ and glibc linked in; `swiftc -static-executable`; no module imports
            // Foundation, whose CoreFoundation and ICU every query process paid to start): a query is one short
            // process, and its start was mostly the dynamic loader. With the Swift libraries static
            // but libc, libstdc++ and SQLite shared, ld.so looked up ~3,400 symbols (760 of them
            // libstdc++ type info for the C++ inside: ICU, the runtime) and applied 78,000 relative
            // relocations before main: 4.5 million instructions and 477 page faults for `--version`;
            // static, 0.2 million and 150 (Scripts/bench/README.md, "Process start"). `-static-stdlib` at compile time, so the
            // modules autolink the static libraries' own dependencies.
            // Debug builds (tests) stay dynamic.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))]
        ),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "EventModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "SQLite", "EventModel"]),
        .testTarget(name: "QueryTests", dependencies: ["Query", "Store", "SQLite", "EventModel"]),
        .testTarget(name: "CLITests", dependencies: ["eventkb"]),
    ],
    swiftLanguageModes: [.v6]
)
