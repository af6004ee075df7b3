import Glibc

/// Where an import's time went, in seconds of wall time per stage. Read, parse and extract run on two preparing
/// threads while the writer writes, summed over both, so their sum may exceed the elapsed time; `waiting` is the
/// writer's idle time.
public struct ImportTimings: Sendable {
    public var read: Double = 0
    public var parse: Double = 0
    public var extract: Double = 0
    /// Inserting rows and indexing them (the FTS5 tokenizer runs inside these inserts), including commits.
    public var write: Double = 0
    /// The part of `write` spent in the stemming tokenizer, FTS5's indexing of each token included.
    public var tokenize: Double = 0
    /// Merging the search indexes after a large import.
    public var optimize: Double = 0
    /// Writer waiting for the worker to finish preparing the next batch.
    public var waiting: Double = 0
    /// CPU seconds of the threads that read, parse and extract, and of the writer (optimize included): unlike the
    /// figures above, which are elapsed time, these hold when other programs share the cores.
    public var preparingCPU: Double = 0
    public var writingCPU: Double = 0
    public var files = 0
    public var articles = 0

    public init() {}

    mutating func add(_ other: ImportTimings) {
        read += other.read
        parse += other.parse
        extract += other.extract
        preparingCPU += other.preparingCPU
    }

    /// One line for standard error.
    public var summary: String {
        func seconds(_ value: Double) -> String {
            let milliseconds = Int((value * 1000).rounded())
            let fraction = String(milliseconds % 1000)
            return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) s"
        }
        return "timings: read \(seconds(read)), parse \(seconds(parse)), extract \(seconds(extract)), "
            + "write+index \(seconds(write)) (tokenizing \(seconds(tokenize)) of it), optimize \(seconds(optimize)), "
            + "writer waiting \(seconds(waiting)) (\(files) files, \(articles) articles); "
            + "CPU: preparing \(seconds(preparingCPU)), writing \(seconds(writingCPU))"
    }

    /// CPU seconds the calling thread has used so far.
    static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }

    /// Seconds elapsed while `body` runs, added to `total`.
    static func measure<T>(_ total: inout Double, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            total += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        return try body()
    }
}
