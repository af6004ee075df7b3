import ArchiveDomain
import Foundation

/// Reads, parses and analyses files, and writes them to the archive in batches. A file that cannot be read or
/// parsed is reported and skipped; it never leaves part of itself in the archive.
public final class Importer {
    private let repository: ArticleRepository
    private let options: ImportOptions
    private let reader = DocumentReader()
    private let extractor = ClaimExtractor()
    /// Articles per write transaction: large enough to amortise commits, small enough to keep locks short.
    private let batchSize = 200

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
        var summary = ImportSummary()
        let importedAt = Self.timestamp()
        var index = 0
        var articles = 0
        while index < files.count {
            let batch = files[index..<min(index + batchSize, files.count)]
            var outcomes: [ImportOutcome] = []
            func write() throws {
                for (offset, file) in batch.enumerated() {
                    let fileOutcomes = try self.importFile(file, importedAt: importedAt)
                    outcomes += fileOutcomes
                    articles += fileOutcomes.count
                    progress(index + offset + 1, articles)
                }
            }
            do {
                if options.dryRun { try write() } else { try repository.batch(write) }
            } catch {
                throw ArchiveError.storage(error, while: "write to the archive")
            }
            index += batch.count
            for outcome in outcomes {
                summary.count(outcome.status)
                report(outcome, index)
            }
        }
        return summary
    }

    private func importFile(_ file: InputFile, importedAt: String) throws -> [ImportOutcome] {
        let documents: [ArticleDocument]
        var warnings: [String]
        do {
            let read = try load(file)
            documents = read.documents
            warnings = read.warnings.map { "\(file.displayName): \($0)" }
        } catch let error as ArticleParseError {
            return [ImportOutcome(file: file, status: .failed("\(file.displayName): \(error)"))]
        } catch let error as ArchiveError {
            return [ImportOutcome(file: file, status: .failed(error.description))]
        }
        let basePath = file.path ?? "stdin"
        var outcomes: [ImportOutcome] = []
        for (offset, document) in documents.enumerated() {
            var sourcePath = documents.count > 1 ? "\(basePath)#\(offset + 1)" : basePath
            let prepared = PreparedArticle(sourcePath: sourcePath, document: document, extractor: extractor)
            if file.path == nil { sourcePath = "stdin:" + prepared.contentSHA256.prefix(16) }
            guard !options.dryRun else {
                outcomes.append(ImportOutcome(file: file, status: .checked, warnings: warnings))
                warnings = []
                continue
            }
            var article = prepared
            article.sourcePath = sourcePath
            let status: ImportOutcome.Status =
                switch try repository.save(article, force: options.force, importedAt: importedAt) {
                case .imported(let id): .imported(id)
                case .updated(let id): .updated(id)
                case .unchanged(let id): .unchanged(id)
                case .duplicate(let id, let path): .duplicate(of: id, path: path)
                }
            // Warnings are about the file: told once, with its first article.
            outcomes.append(ImportOutcome(file: file, status: status, warnings: warnings))
            warnings = []
        }
        return outcomes
    }

    /// Reads and parses one input: pure work, no database (so it can later run on other threads).
    private func load(_ file: InputFile) throws -> DocumentReader.Result {
        let bytes: [UInt8]
        let limit = options.maxFileBytes
        if let path = file.path {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes?[.size] as? Int, size > limit {
                throw ArchiveError(
                    "\(file.displayName): the file is \(Self.megabytes(size)) MB, over the \(Self.megabytes(limit)) MB limit; "
                        + "raise it with --max-size if this is really one article.")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ArchiveError("Cannot read '\(file.displayName)': check that it exists and is readable.")
            }
            bytes = [UInt8](data)
        } else {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            if bytes.count > limit {
                throw ArchiveError(
                    "standard input is over the \(Self.megabytes(limit)) MB limit; raise it with --max-size.")
            }
        }
        return try reader.read(bytes, format: options.format, fileName: file.path, maxBytes: limit)
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
