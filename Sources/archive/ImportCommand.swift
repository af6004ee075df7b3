import ArchiveDomain
import ArchiveRepository
import ArgumentParser
import FoundationEssentials

extension Archive {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import article files and folders (recursively); '-' reads standard input.",
            discussion: """
                Formats: plain text (.txt), Markdown with optional YAML front matter (.md), JSON objects or arrays \
                and JSON Lines (.json, .jsonl), saved web pages (.html, .htm); any of them gzip-compressed (.gz). \
                Text may be UTF-8, UTF-16 with a byte-order mark, or Windows-1252/Latin-1 (with a warning).
                Re-running is safe: unchanged files are skipped, changed files replace their article, and the same \
                content under another path is reported as a duplicate.
                Exit status: 0 all imported or unchanged, 1 some files failed (the others are still imported), \
                2 usage error.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Files or folders to import; '-' for standard input.", valueName: "path"))
        var paths: [String]

        @Option(
            help: "Read every file as this format; auto guesses from each name, then from the content."
        )
        var format: FormatOption = .auto

        @Flag(help: "Re-import files even when their content is unchanged or a duplicate.")
        var force = false

        @Flag(help: "Parse and analyse the files, report, and write nothing.")
        var dryRun = false

        @Option(help: ArgumentHelp("Largest file to accept, in megabytes.", valueName: "MB"))
        var maxSize = 50

        @Flag(name: .shortAndLong, help: "Print each file's outcome on standard output.")
        var verbose = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors (no progress, warnings or summary).")
        var quiet = false

        @Flag(help: "Print on standard error where the time went (read, parse, extract, write and index).")
        var timings = false

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Give at least one file or folder to import.") }
            if maxSize <= 0 { throw ValidationError("--max-size must be a positive number of megabytes.") }
            if paths.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("'-' (standard input) can be given once.")
            }
            if verbose && quiet { throw ValidationError("--verbose and --quiet contradict each other; give one.") }
        }

        func run() throws {
            let (files, missing) = InputFile.expand(paths)
            var summary = ImportSummary()
            for path in missing {
                Terminal.printError("Error: '\(path)' does not exist; check the path.")
                summary.count(.failed(path))
            }
            let repository = try global.openRepository()
            let importer = Importer(
                repository: repository,
                options: ImportOptions(
                    format: format.sourceFormat, force: force, dryRun: dryRun, maxFileBytes: maxSize * 1_000_000))
            let progress = ProgressLine(total: files.count, enabled: !quiet)
            let imported = try importer.run(
                files, progress: { done, articles in progress.update(filesDone: done, articles: articles) },
                report: { outcome, _ in
                    progress.clear()
                    report(outcome)
                })
            progress.clear()
            if timings { Terminal.printError(importer.timings.summary) }
            summary.imported += imported.imported
            summary.updated += imported.updated
            summary.unchanged += imported.unchanged
            summary.duplicates += imported.duplicates
            summary.checked += imported.checked
            summary.failed += imported.failed
            if !quiet { print(summary.line) }
            if summary.failed > 0 { throw ExitCode.failure }
        }

        private func report(_ outcome: ImportOutcome) {
            for warning in outcome.warnings where !quiet { Terminal.printError("Warning: \(warning)") }
            switch outcome.status {
            case .failed(let message):
                Terminal.printError("Error: \(message)")
            case .duplicate(let id, let path) where !quiet:
                Terminal.printError(
                    "\(outcome.file.displayName): same content as article \(id) ('\(path)'); skipped (use --force to import it anyway)."
                )
            case .imported(let id) where verbose: print("imported  \(id)  \(outcome.file.displayName)")
            case .updated(let id) where verbose: print("updated   \(id)  \(outcome.file.displayName)")
            case .unchanged(let id) where verbose: print("unchanged \(id)  \(outcome.file.displayName)")
            case .checked where verbose: print("ok        \(outcome.file.displayName)")
            default: break
            }
        }
    }
}
