import ArchiveDomain
import ArchiveRepository
import ArgumentParser

extension Archive {
    struct Reanalyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reanalyze",
            abstract: "Extract the claims of stored articles again with this build's extractor (no file is read).",
            discussion: "Run it after upgrading archive or changing a lexicon; claims carry the extractor version.")

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only articles in this language.", valueName: "fr|en"))
        var lang: Language?

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        func run() throws {
            let repository = try global.openRepository()
            let summary: ReanalysisSummary
            do {
                summary = try repository.reanalyze(language: lang)
            } catch {
                throw ArchiveError.storage(error, while: "re-analyse the archive")
            }
            if !quiet {
                print(
                    "Re-analysed \(summary.articles) articles: \(summary.claimsAfter) claims "
                        + "(were \(summary.claimsBefore)), extractor \(ClaimExtractor.version).")
            }
        }
    }
}
