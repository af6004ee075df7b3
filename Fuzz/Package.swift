// swift-tools-version: 6.1
// libFuzzer targets, kept out of the root package so `swift build` and `swift test` never build them.
// Build and run with scripts/fuzz (swift build -c release -Xswiftc -sanitize=fuzzer).
import Foundation
import PackageDescription

// A path dependency's identity is its folder name, which differs between clones.
let rootPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "ArchiveFuzz",
    dependencies: [.package(path: "../")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver for Swift.
        .target(name: "FuzzerDriver"),
        // Every parser behind DocumentReader.read(_:format:), then the analysis an import runs on what it returns.
        .executableTarget(
            name: "FuzzDocumentReader",
            dependencies: ["FuzzerDriver", .product(name: "ArchiveRepository", package: rootPackage)]
        ),
        // The query parser, and the FTS5 query it builds run against a real in-memory archive.
        .executableTarget(
            name: "FuzzSearchQuery",
            dependencies: ["FuzzerDriver", .product(name: "ArchiveRepository", package: rootPackage)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
