import Glibc

/// Buffered writing to a file descriptor: exports stream millions of small strings, so they are gathered
/// into large writes.
public final class OutputSink {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    /// Writes to standard output, or to standard error.
    public init(standardError: Bool = false) {
        descriptor = standardError ? STDERR_FILENO : STDOUT_FILENO
        ownsDescriptor = false
        buffer.reserveCapacity(capacity)
    }

    /// Creates (or truncates) the file at `path`.
    public init(path: String) throws(ArchiveError) {
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            throw ArchiveError("Cannot write '\(path)': check that its folder exists and is writable.")
        }
        descriptor = opened
        ownsDescriptor = true
        buffer.reserveCapacity(capacity)
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends raw bytes (the hot path of CSV export: no `String` per cell).
    func write(bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        var start = 0
        while start < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Glibc.write(descriptor, bytes.baseAddress! + start, bytes.count - start)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw ArchiveError("Could not write the output: \(reason).")
            }
            start += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        try? flush()
        if ownsDescriptor { close(descriptor) }
    }
}
