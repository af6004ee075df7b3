import Foundation

/// Buffered writing to a file descriptor: exports stream millions of small strings, so they are gathered
/// into large writes.
public final class OutputSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    public init(handle: FileHandle = .standardOutput) {
        self.handle = handle
        buffer.reserveCapacity(capacity)
    }

    /// Creates (or truncates) the file at `path`.
    public convenience init(path: String) throws(ArchiveError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ArchiveError("Cannot write '\(path)': check that its folder exists and is writable.")
        }
        self.init(handle: handle)
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
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ArchiveError("Could not write the output: \((error as NSError).localizedDescription).")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { try? flush() }
}
