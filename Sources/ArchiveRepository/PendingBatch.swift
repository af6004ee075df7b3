import Dispatch
import Synchronization

/// A batch being prepared on a worker queue; `take()` waits for it. The importer keeps a bounded number pending
/// (`Importer.batchesAhead`) on one serial queue, so batches are prepared one at a time, in order.
final class PendingBatch: Sendable {
    private let result = Mutex<(files: [PreparedFile], timings: ImportTimings)?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ files: [InputFile], preparer: ArticlePreparer, on queue: DispatchQueue) {
        queue.async { [self] in
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
