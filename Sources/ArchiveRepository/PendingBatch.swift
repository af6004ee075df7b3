import Dispatch
import Synchronization

/// A batch being prepared on a worker thread; `take()` waits for it. The importer keeps at most one pending
/// while it writes another, so no more than two batches are ever in memory.
final class PendingBatch: Sendable {
    private let result = Mutex<(files: [PreparedFile], timings: ImportTimings)?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ files: [InputFile], preparer: ArticlePreparer) {
        DispatchQueue.global().async { [self] in
            var timings = ImportTimings()
            let prepared = preparer.prepare(files, timings: &timings)
            result.withLock { $0 = (prepared, timings) }
            finished.signal()
        }
    }

    func take() -> (files: [PreparedFile], timings: ImportTimings) {
        finished.wait()
        return result.withLock { value in
            defer { value = nil }
            return value!
        }
    }
}
