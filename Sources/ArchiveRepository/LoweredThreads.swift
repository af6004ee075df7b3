import Glibc

/// Runs work on threads of its own at a lower priority and waits for them. Not the shared dispatch pool: Linux
/// keeps a nice value per thread and an unprivileged process cannot raise one again, so lowered pool threads would
/// run everything after the import lowered too (a test runner's or a benchmark's work).
enum LoweredThreads {
    private final class Job {
        let index: Int
        let nice: Int32
        let body: @Sendable (Int) -> Void

        init(index: Int, nice: Int32, body: @escaping @Sendable (Int) -> Void) {
            self.index = index
            self.nice = nice
            self.body = body
        }
    }

    /// Calls `body(0)` … `body(count - 1)` at once, each on a new thread at nice value `nice` (never above the
    /// caller's priority), and returns when all are done. A thread the system refuses runs its part here.
    static func run(_ count: Int, nice: Int32, _ body: @escaping @Sendable (Int) -> Void) {
        var threads: [pthread_t] = []
        for index in 0..<count {
            let job = Unmanaged.passRetained(Job(index: index, nice: nice, body: body)).toOpaque()
            var thread = pthread_t()
            let created = pthread_create(
                &thread, nil,
                { pointer in
                    let job = Unmanaged<Job>.fromOpaque(pointer!).takeRetainedValue()
                    ThreadPriority.lowerCurrentThread(to: job.nice)
                    job.body(job.index)
                    return nil
                }, job)
            if created == 0 {
                threads.append(thread)
            } else {
                Unmanaged<Job>.fromOpaque(job).release()
                body(index)
            }
        }
        for thread in threads { pthread_join(thread, nil) }
    }
}
