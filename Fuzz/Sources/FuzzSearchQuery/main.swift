import ArchiveDomain
import ArchiveRepository
import FuzzerDriver

#if canImport(Glibc)
    import Glibc
#endif

/// A real archive in memory, holding articles of our own text, shared by every run.
let repository: ArticleRepository = {
    do {
        let repository = try ArticleRepository(path: ":memory:")
        let texts = [
            "2025-03-04\nEnergy prices ease\nWholesale gas prices fell by 7% on Monday, according to the grid operator.\n"
                + "Households\nRetail tariffs have not followed: \"NEAR\" AND OR NOT * ^ : ( ) {title} body.",
            "2025-02-11\nL'Europe et l'IA\nSelon la Commission, les investissements atteindraient 12 milliards d'euros.\n"
                + "Des modèles ouverts\nLes laboratoires français misent sur l'open-source ; « Jamais ! », a-t-il dit.",
        ]
        for (index, text) in texts.enumerated() {
            let document = try DocumentReader().read(Array(text.utf8), format: .text)[0]
            _ = try repository.save(
                try PreparedArticle(sourcePath: "fuzz-\(index)", document: document),
                importedAt: "2025-01-01T00:00:00Z")
        }
        return repository
    } catch {
        fatalError("could not build the fuzzing archive: \(error)")
    }
}()

/// One input: whatever the user types, building the query must not crash and running it must not make SQLite
/// fail (an FTS5 syntax error would mean user text reached the query language).
func fuzzSearchQuery(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let query = try? FTSQuery(userText: text) else { return 0 }
    MainActor.assumeIsolated {
        do {
            let results = try repository.search(SearchQuery(text: query, limit: 5))
            precondition(results.hits.count <= 5, "more hits than the limit")
        } catch {
            fatalError("search failed for \(String(reflecting: text)): \(error)")
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzSearchQuery($0, $1) })
