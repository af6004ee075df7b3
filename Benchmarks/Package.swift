// swift-tools-version: 6.1
// Benchmarks of archive's parts (ordo-one/benchmark), kept out of the root package so `swift build` and `swift test`
// never build the benchmark dependencies. Run with scripts/bench-parts.
import Foundation
import PackageDescription

// A path dependency's identity is its folder name, which differs between clones.
let rootPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "ArchiveBenchmarks",
    dependencies: [
        .package(path: "../"),
        // Only the malloc interposer trait: the default RuntimeInterposer trait pulls in
        // ordo-one/swift-runtime-interposer, which is not among this machine's package copies, and resolution fails.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ArchiveBenchmarks",
            dependencies: [
                .product(name: "ArchiveDomain", package: rootPackage),
                .product(name: "ArchiveSQLite", package: rootPackage),
                .product(name: "ArchiveRepository", package: rootPackage),
                .product(name: "CSearchTokenizer", package: rootPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ArchiveBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
