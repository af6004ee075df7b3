// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "archive",
    products: [
        .executable(name: "archive", targets: ["archive"]),
        .library(name: "ArchiveRepository", targets: ["ArchiveRepository"]),
        // The lower layers, for the separate Benchmarks/ package, which measures parsing, extraction and the bare
        // search tokenizer on their own rather than only through ArchiveRepository.
        .library(name: "ArchiveDomain", targets: ["ArchiveDomain"]),
        .library(name: "ArchiveSQLite", targets: ["ArchiveSQLite"]),
        .library(name: "CSearchTokenizer", targets: ["CSearchTokenizer"]),
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
        // Opens the system libraries below on first use, so none of them is linked (CDynamicLibrary.h says why).
        .target(name: "CDynamicLibrary", linkerSettings: [.linkedLibrary("dl")]),
        // The headers of Debian's Snowball stemmers and Hunspell, through our own module maps (not linked).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CHunspell", providers: [.apt(["libhunspell-dev"])]),
        // The stemming FTS5 tokenizer, in C like SQLite's own wrappers (measured faster than Swift here). A module
        // map's `link` only applies when Swift imports it, so this C target names its libraries itself.
        .target(
            name: "CSearchTokenizer",
            dependencies: ["CSQLite", "CStemmer", "CHunspell", "CDynamicLibrary"],
            linkerSettings: [.linkedLibrary("sqlite3"), .linkedLibrary("m")]
        ),
        // Unicode normalisation by the system's ICU (libicu-dev), so Foundation's own ICU copy stays out of the binary.
        // Opened on first use, not linked.
        .target(name: "CTextNormalization", dependencies: ["CDynamicLibrary"]),
        // libxml2's HTML parser (libxml2-dev), opened on first use rather than linked. It walks the tree in C, so
        // Swift never imports libxml2's headers, and only this target needs their folder: Debian's, named directly
        // because pkg-config would also link the library.
        .target(
            name: "CHTMLParser", dependencies: ["CDynamicLibrary"],
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])]),
        // zlib, for .gz files.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Layer 1: a small SQLite wrapper with no domain knowledge.
        .target(name: "ArchiveSQLite", dependencies: ["CSQLite"]),
        // Layer 2: articles, sections, claims, parsing and extraction; no SQL.
        .target(
            name: "ArchiveDomain",
            dependencies: ["CHTMLParser", "CZlib", "CTextNormalization"],
            exclude: ["Lexicons"],
            plugins: ["EmbedLexicons"]
        ),
        // Layer 3: typed queries, import, search, export over the schema in migrations/.
        .target(
            name: "ArchiveRepository",
            dependencies: ["ArchiveSQLite", "ArchiveDomain", "CSearchTokenizer"],
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
        .testTarget(name: "ArchiveCLITests", dependencies: ["archive", "ArchiveSQLite"]),
    ],
    swiftLanguageModes: [.v6]
)
