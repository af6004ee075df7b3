import ArchiveDomain
import Glibc
import Synchronization

/// The pure half of an import: reads, parses and analyses inputs without the archive, so it can run on other threads
/// while the single writer stores the previous batch.
struct ArticlePreparer: Sendable {
    let options: ImportOptions
    private let reader = DocumentReader()
    private let extractor = ClaimExtractor()
    /// The nice value preparing threads take: below the thread that made the preparer, the writer.
    private let preparingNice: Int32

    init(options: ImportOptions) {
        self.options = options
        preparingNice = ThreadPriority.current + ThreadPriority.preparingOffset
    }

    /// Prepares `files` in order, on `threads` threads at once: preparing is pure work per file, and a batch
    /// prepared on both cores is ready sooner when the writer waits for it.
    func prepare(_ files: [InputFile], threads: Int = 2, timings: inout ImportTimings) -> [PreparedFile] {
        let chunks = max(1, min(threads, files.count))
        let chunkSize = (files.count + chunks - 1) / chunks
        // Chunks finish in any order; each is stored under its index and joined in input order.
        let results = Mutex<[Int: (files: [PreparedFile], timings: ImportTimings)]>([:])
        // Below the writer: the import is bound by it, and on two cores it keeps one to itself this way.
        LoweredThreads.run(chunks, nice: preparingNice) { chunk in
            let range = (chunk * chunkSize)..<min(files.count, (chunk + 1) * chunkSize)
            var chunkTimings = ImportTimings()
            let cpuBefore = ImportTimings.threadCPUSeconds()
            let counter = Result { try WordCounter() }
            let prepared = files[range].map { prepare($0, counter: counter, timings: &chunkTimings) }
            chunkTimings.preparingCPU = ImportTimings.threadCPUSeconds() - cpuBefore
            results.withLock { $0[chunk] = (prepared, chunkTimings) }
        }
        let finished = results.withLock { $0 }
        var prepared: [PreparedFile] = []
        prepared.reserveCapacity(files.count)
        for chunk in 0..<chunks {
            guard let result = finished[chunk] else { continue }
            prepared += result.files
            timings.add(result.timings)
        }
        return prepared
    }

    func prepare(
        _ file: InputFile, counter: Result<WordCounter, any Error>, timings: inout ImportTimings
    ) -> PreparedFile {
        let documents: [ArticleDocument]
        let warnings: [String]
        do {
            let bytes = try ImportTimings.measure(&timings.read) { try readBytes(of: file) }
            let read = try ImportTimings.measure(&timings.parse) {
                try reader.read(bytes, format: options.format, fileName: file.path, maxBytes: options.maxFileBytes)
            }
            documents = read.documents
            warnings = read.warnings.map { "\(file.displayName): \($0)" }
        } catch let error as ArticleParseError {
            return .failed(ImportOutcome(file: file, status: .failed("\(file.displayName): \(error)")))
        } catch let error as ArchiveError {
            return .failed(ImportOutcome(file: file, status: .failed(error.description)))
        } catch {
            return .failed(ImportOutcome(file: file, status: .failed("\(file.displayName): \(error)")))
        }
        let sections = documents.map(\.sections)
        if let crowded = sections.first(where: { $0.count > SectionRowID.maximumPerArticle }) {
            return .failed(
                ImportOutcome(
                    file: file,
                    status: .failed(
                        "\(file.displayName): the article has \(crowded.count) sections, more than the "
                            + "\(SectionRowID.maximumPerArticle) one article can hold; split the file.")))
        }
        let basePath = file.path ?? "stdin"
        do {
            let articles = try ImportTimings.measure(&timings.extract) {
                try zip(documents, sections).enumerated().map { offset, pair in
                    let sourcePath = documents.count > 1 ? "\(basePath)#\(offset + 1)" : basePath
                    var prepared = try PreparedArticle(
                        sourcePath: sourcePath, document: pair.0, sections: pair.1, extractor: extractor,
                        counter: counter.get())
                    if file.path == nil { prepared.sourcePath = "stdin:" + prepared.contentSHA256.prefix(16) }
                    return prepared
                }
            }
            return .articles(articles, file: file, warnings: warnings)
        } catch {
            // Only counting the claims' words can fail here: out of memory, or an SQLite without FTS5.
            return .failed(
                ImportOutcome(
                    file: file,
                    status: .failed(
                        "\(file.displayName): could not count the article's words for its claims (\(error)); "
                            + "import it again.")))
        }
    }

    private func readBytes(of file: InputFile) throws -> [UInt8] {
        let limit = options.maxFileBytes
        guard let path = file.path else {
            let bytes = Self.standardInput()
            if bytes.count > limit {
                throw ArchiveError(
                    "standard input is over the \(Self.megabytes(limit)) MB limit; raise it with --max-size.")
            }
            return bytes
        }
        // open, fstat and read: FileManager's attributes also looked up the file's owner and group names
        // (/etc/passwd and /etc/group, seven stats and three opens per file), a third of the time an import spent
        // reading 30,671 small files.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ArchiveError("Cannot read '\(file.displayName)': check that it exists and is readable.")
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, Int(status.st_size) > limit {
            throw ArchiveError(
                "\(file.displayName): the file is \(Self.megabytes(Int(status.st_size))) MB, over the "
                    + "\(Self.megabytes(limit)) MB limit; raise it with --max-size if this is really one article.")
        }
        guard let bytes = Self.readAll(descriptor, expected: Int(status.st_size), limit: limit) else {
            throw ArchiveError("Cannot read '\(file.displayName)': check that it exists and is readable.")
        }
        // Grown since fstat, or a file whose size stat cannot tell (a pipe, /proc).
        if bytes.count > limit {
            throw ArchiveError(
                "\(file.displayName): the file is over the \(Self.megabytes(limit)) MB limit; raise it with "
                    + "--max-size if this is really one article.")
        }
        return bytes
    }

    /// Reads to the end (a file may have grown since `fstat`), but never more than one byte past `limit`, which
    /// tells the caller the file is over it; nil on a read error (a directory, an I/O error).
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: min(max(expected + 1, 4096), limit + 1))
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(count, limit + 1 - count)))
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read > 0 {
                count += read
            } else if read == 0 {
                break
            } else if errno != EINTR {
                return nil
            }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Everything on standard input, read until its end.
    private static func standardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[..<count])
            } else if count == 0 || errno != EINTR {
                return bytes
            }
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
