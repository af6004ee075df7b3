import Foundation
import Testing

/// libxml2, ICU, Hunspell and Snowball are opened on first use rather than linked, because mapping them took
/// ~1 ms of every process start. These runs read glibc's own trace of which libraries a process opens.
@Suite struct LibraryLoadingTests {
    private let cli = CLIRunner()
    private let lazyLibraries = ["libxml2", "libicuuc", "libhunspell", "libstemmer"]

    /// The library files the dynamic loader opened while `archive` ran `arguments`, at start or by dlopen.
    private func openedLibraries(_ arguments: [String]) throws -> (result: CLIRunner.Result, libraries: [String]) {
        let result = try cli.run(arguments, environment: ["LD_DEBUG": "files"])
        let libraries = result.stderr.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "file=") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != " " && $0 != "[" })
        }
        return (result, libraries)
    }

    /// The trace names a library as asked for (`libxml2.so.2`) or by its path.
    private func opened(_ libraries: [String], _ name: String) -> Bool {
        libraries.contains { ($0.split(separator: "/").last ?? "").hasPrefix(name) }
    }

    private func importSample() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = """
            2025-02-03
            Le tramway arrive à l'aéroport
            La ligne de tramway dessert désormais l'aéroport, a indiqué la ville.

            """
        try article.write(to: folder.appendingPathComponent("tram.txt"), atomically: true, encoding: .utf8)
        let result = try cli.run(["import", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aSearchForStoredWordsOpensNoneOfThem() throws {
        defer { cli.cleanUp() }
        try importSample()
        let (result, libraries) = try openedLibraries(["search", "tramway", "aéroport"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Le tramway arrive"))
        #expect(opened(libraries, "libsqlite3"), "the loader's trace lists the libraries it opens: \(libraries)")
        for name in lazyLibraries {
            #expect(!opened(libraries, name), "\(name) was opened: \(libraries)")
        }
    }

    @Test func aSearchForAnUnknownWordOpensSnowballAlone() throws {
        defer { cli.cleanUp() }
        try importSample()
        let (result, libraries) = try openedLibraries(["search", "tramways"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Le tramway arrive"))
        #expect(opened(libraries, "libstemmer"))
        for name in ["libxml2", "libicuuc", "libhunspell"] {
            #expect(!opened(libraries, name), "\(name) was opened: \(libraries)")
        }
    }

    /// The writing connection opens Snowball, Hunspell and ICU up front; libxml2 is opened by the page alone.
    @Test func anHTMLImportOpensThemAll() throws {
        defer { cli.cleanUp() }
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = """
            <html lang="fr"><head><title>Le musée rouvre</title></head><body><article>
            <p>Le musée de la ville a rouvert samedi après deux ans de travaux, selon sa directrice.</p>
            </article></body></html>
            """
        try page.write(to: folder.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let (result, libraries) = try openedLibraries(["import", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        for name in lazyLibraries {
            #expect(opened(libraries, name), "\(name) was not opened: \(libraries)")
        }
        #expect(try cli.run(["search", "musées"]).stdout.contains("Le musée rouvre"))
    }
}
