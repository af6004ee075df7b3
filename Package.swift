// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "archive",
    products: [
        .executable(name: "archive", targets: ["archive"]),
        .library(name: "ArchiveRepository", targets: ["ArchiveRepository"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // Layer 0: the system SQLite, reached through our own module map.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Layer 1: a small SQLite wrapper with no domain knowledge.
        .target(name: "ArchiveSQLite", dependencies: ["CSQLite"]),
        // Layer 2: articles, sections, claims, parsing and extraction; no SQL.
        .target(
            name: "ArchiveDomain",
            exclude: ["Lexicons"],
            plugins: ["EmbedLexicons"]
        ),
        // Layer 3: typed queries, import, search, export over the schema in migrations/.
        .target(
            name: "ArchiveRepository",
            dependencies: ["ArchiveSQLite", "ArchiveDomain"],
            plugins: ["EmbedMigrations"]
        ),
        // Layer 4: argument parsing and printing only.
        .executableTarget(
            name: "archive",
            dependencies: [
                "ArchiveRepository",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build tools: turn data files (migrations/*.sql, lexicons) into Swift source so the binary carries them.
        .executableTarget(name: "FileEmbedderTool", path: "Plugins/FileEmbedderTool"),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["FileEmbedderTool"]
        ),
        .plugin(
            name: "EmbedLexicons",
            capability: .buildTool(),
            dependencies: ["FileEmbedderTool"]
        ),
        .testTarget(name: "ArchiveSQLiteTests", dependencies: ["ArchiveSQLite"]),
        .testTarget(name: "ArchiveDomainTests", dependencies: ["ArchiveDomain"]),
        .testTarget(name: "ArchiveRepositoryTests", dependencies: ["ArchiveRepository"]),
        .testTarget(name: "ArchiveCLITests", dependencies: ["archive"]),
    ],
    swiftLanguageModes: [.v6]
)
