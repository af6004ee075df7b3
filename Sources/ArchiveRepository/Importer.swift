import ArchiveDomain
import ArchiveSQLite
import Dispatch
import FoundationEssentials

/// Reads, parses and analyses files, and writes them to the archive in batches. A file that cannot be read or
/// parsed is reported and skipped; it never leaves part of itself in the archive.
///
/// Reading, parsing and extraction (pure work) run up to `batchesAhead` batches ahead of the single writer, each
/// batch on two threads (ArticlePreparer), so both cores stay busy and at most three batches are in memory at once.
public final class Importer {
    private let repository: ArticleRepository
    private let options: ImportOptions
    /// Articles per write transaction: large enough to amortise commits and FTS5 segments (each commit leaves one,
    /// later merged), small enough to keep locks short and two prepared batches well inside the memory budget.
    private let batchSize = 300
    /// Articles written in one run from which merging the search indexes at the end pays for itself. Merging
    /// rewrites the whole index, so an import smaller than the archive it joins leaves that to FTS5's automerge.
    private static let optimizeAfter = 1000
    /// Batches prepared ahead of the one being written. Preparing and writing a batch take about as long as each
    /// other on average but not batch by batch; with one ahead, the writer waited 5.3 s of a 63 s import of
    /// 30,671 articles for a slow batch while the worker sat idle after a fast one. Each batch ahead holds ~15 MB.
    private static let batchesAhead = 2
    /// Where the time went, filled in by `run`.
    public private(set) var timings = ImportTimings()

    public init(repository: ArticleRepository, options: ImportOptions = ImportOptions()) {
        self.repository = repository
        self.options = options
    }

    /// Imports `files` in order, calling `report` after each with its outcome and the number done so far
    /// (once its batch is committed), and `progress` with files and articles processed as work goes on.
    public func run(
        _ files: [InputFile], progress: (_ files: Int, _ articles: Int) -> Void = { _, _ in },
        report: (ImportOutcome, Int) -> Void
    ) throws -> ImportSummary {
        if options.dryRun { return try importAll(files, progress: progress, report: report) }
        let articlesBefore = try repository.articleCount()
        // As with optimizing: building an index once pays when the import is large and brings at least as many
        // articles as the archive holds.
        let defersIndexes = files.count >= Self.optimizeAfter && files.count >= articlesBefore
        do {
            // Also what an interrupted import left to rebuild, before this one writes.
            try repository.rebuildDeferredIndexes()
            if defersIndexes { try repository.deferIndexes() }
        } catch {
            throw ArchiveError.storage(error, while: "prepare the archive's indexes for a large import")
        }
        let summary: ImportSummary
        do {
            summary = try repository.withBulkWriteSettings {
                try importAll(files, articlesBefore: articlesBefore, progress: progress, report: report)
            }
        } catch {
            // Best effort: an archive that stopped accepting writes keeps the record for the next import.
            try? repository.rebuildDeferredIndexes()
            throw error
        }
        do {
            let cpuBefore = ImportTimings.threadCPUSeconds()
            try ImportTimings.measure(&timings.optimize) { try repository.rebuildDeferredIndexes() }
            timings.writingCPU += ImportTimings.threadCPUSeconds() - cpuBefore
        } catch {
            throw ArchiveError.storage(error, while: "rebuild the archive's indexes")
        }
        return summary
    }

    private func importAll(
        _ files: [InputFile], articlesBefore: Int = 0, progress: (_ files: Int, _ articles: Int) -> Void,
        report: (ImportOutcome, Int) -> Void
    ) throws -> ImportSummary {
        var summary = ImportSummary()
        let importedAt = Self.timestamp()
        let preparer = ArticlePreparer(options: options)
        let starts = Array(stride(from: 0, to: files.count, by: batchSize))
        func batch(at start: Int) -> [InputFile] { Array(files[start..<min(start + batchSize, files.count)]) }
        // Batches prepared ahead of the writer, oldest first, one at a time on one worker thread.
        let worker = DispatchQueue(label: "archive.import.prepare")
        var pending = starts.prefix(Self.batchesAhead).map {
            PendingBatch(batch(at: $0), preparer: preparer, on: worker)
        }
        var articles = 0
        timings = ImportTimings()
        let tokenizingBefore = SearchTokenizer.documentSeconds(on: repository.database)
        let writingCPUBefore = ImportTimings.threadCPUSeconds()
        defer {
            timings.tokenize = SearchTokenizer.documentSeconds(on: repository.database) - tokenizingBefore
            timings.writingCPU = ImportTimings.threadCPUSeconds() - writingCPUBefore
        }
        for (number, start) in starts.enumerated() {
            let prepared = ImportTimings.measure(&timings.waiting) { pending.removeFirst().take() }
            timings.add(prepared.timings)
            if number + Self.batchesAhead < starts.count {
                pending.append(
                    PendingBatch(batch(at: starts[number + Self.batchesAhead]), preparer: preparer, on: worker))
            }
            let outcomes = try ImportTimings.measure(&timings.write) {
                try write(prepared.files, firstFile: start, articlesBefore: &articles, importedAt: importedAt,
                          progress: progress)
            }
            let done = start + prepared.files.count
            // The batch's last reference goes to the worker, so freeing its texts and rows (a few percent of the
            // writer's time) happens there, after the batch it is preparing: a fourth batch may be in memory briefly.
            worker.async { withExtendedLifetime(prepared) {} }
            for outcome in outcomes {
                summary.count(outcome.status)
                report(outcome, done)
            }
        }
        let written = summary.imported + summary.updated
        if !options.dryRun, written >= Self.optimizeAfter, written >= articlesBefore {
            do {
                try ImportTimings.measure(&timings.optimize) { try repository.optimizeSearchIndexes() }
            } catch {
                throw ArchiveError.storage(error, while: "optimize the search index")
            }
        }
        timings.files = files.count
        timings.articles = articles
        return summary
    }

    /// Writes one batch in one transaction. If an article's own data makes the database refuse it (a constraint,
    /// a value too big), the batch is rolled back and written again file by file, so one bad article cannot sink
    /// the good ones; failures of the archive itself (disk full, read-only, locked, damaged) abort the import.
    private func write(
        _ batch: [PreparedFile], firstFile: Int, articlesBefore articles: inout Int, importedAt: String,
        progress: (Int, Int) -> Void
    ) throws -> [ImportOutcome] {
        let articlesAtStart = articles
        func writeAll(singly: Bool) throws -> [ImportOutcome] {
            articles = articlesAtStart
            var outcomes: [ImportOutcome] = []
            for (offset, file) in batch.enumerated() {
                let fileOutcomes: [ImportOutcome]
                if singly {
                    do {
                        fileOutcomes = try repository.batch { try save(file, importedAt: importedAt) }
                    } catch let error as SQLiteError where !Self.isArchiveFailure(error) {
                        fileOutcomes = [Self.refused(file, error)]
                    }
                } else {
                    fileOutcomes = try save(file, importedAt: importedAt)
                }
                outcomes += fileOutcomes
                articles += fileOutcomes.count
                progress(firstFile + offset + 1, articles)
            }
            return outcomes
        }
        if options.dryRun { return try writeAll(singly: false) }
        do {
            return try repository.batch { try writeAll(singly: false) }
        } catch let error as SQLiteError where !Self.isArchiveFailure(error) && batch.count > 1 {
            do { return try writeAll(singly: true) } catch { throw ArchiveError.storage(error, while: "write to the archive") }
        } catch {
            throw ArchiveError.storage(error, while: "write to the archive")
        }
    }

    private func save(_ file: PreparedFile, importedAt: String) throws -> [ImportOutcome] {
        guard case .articles(let articles, let input, var warnings) = file else {
            if case .failed(let outcome) = file { return [outcome] }
            return []
        }
        var outcomes: [ImportOutcome] = []
        for article in articles {
            let status: ImportOutcome.Status
            if options.dryRun {
                status = .checked
            } else {
                status =
                    switch try repository.save(article, force: options.force, importedAt: importedAt) {
                    case .imported(let id): .imported(id)
                    case .updated(let id): .updated(id)
                    case .unchanged(let id): .unchanged(id)
                    case .duplicate(let id, let path): .duplicate(of: id, path: path)
                    }
            }
            // Warnings are about the file: told once, with its first article.
            outcomes.append(ImportOutcome(file: input, status: status, warnings: warnings))
            warnings = []
        }
        return outcomes
    }

    /// Failures of the archive as a whole rather than of one article's data: retrying article by article would
    /// only fail again.
    private static func isArchiveFailure(_ error: SQLiteError) -> Bool {
        error.isBusy || error.isReadOnly || error.isDiskFull || error.isCorrupt
            || Self.archiveFailureCodes.contains(error.code)
    }

    /// SQLITE_PERM, SQLITE_NOMEM, SQLITE_INTERRUPT, SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PROTOCOL.
    private static let archiveFailureCodes: Set<Int32> = [3, 7, 9, 10, 14, 15]

    private static func refused(_ file: PreparedFile, _ error: SQLiteError) -> ImportOutcome {
        let input: InputFile
        switch file {
        case .articles(_, let file, _): input = file
        case .failed(let outcome): input = outcome.file
        }
        return ImportOutcome(
            file: input,
            status: .failed(
                "\(input.displayName): the archive refused this article (its data breaks a rule of the archive's "
                    + "schema); the other files were imported. Check the file's content, or report it if it looks valid."))
    }

    static func timestamp() -> String {
        Date().formatted(Date.ISO8601FormatStyle())
    }
}
