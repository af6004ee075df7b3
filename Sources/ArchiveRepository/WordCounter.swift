import ArchiveSQLite
import CSQLite
import CSearchTokenizer

/// Numbers a text's words as the search index does (`archive_stem`'s FTS5 positions), without the writer's
/// connection, so claims get their spans on the import's preparing threads. One per thread: the C counter is not
/// thread-safe.
public final class WordCounter {
    private let handle: OpaquePointer

    public init() throws {
        guard let handle = archive_word_counter_new() else {
            throw SQLiteError(extendedCode: SQLITE_ERROR, message: "could not make a word counter (FTS5's unicode61)")
        }
        self.handle = handle
    }

    deinit { archive_word_counter_free(handle) }

    /// For each code-point offset into `text`, the number of words that start before it
    /// (CSearchTokenizer.h): a claim covering code points [s, e) covers word positions [positions(s), positions(e)).
    public func positions(in text: String, at offsets: [Int]) throws -> [Int32] {
        guard !offsets.isEmpty else { return [] }
        // The C side walks the text once and needs ascending offsets (claims in order give them); any others are
        // counted one by one.
        guard zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            return try offsets.flatMap { try self.positions(in: text, at: [$0]) }
        }
        var text = text
        let codePoints = offsets.map { Int32(clamping: $0) }
        var positions = [Int32](repeating: 0, count: offsets.count)
        let code = text.withUTF8 { bytes in
            positions.withUnsafeMutableBufferPointer { out in
                archive_word_counter_positions(
                    handle, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                    Int32(bytes.count), codePoints, Int32(codePoints.count), out.baseAddress)
            }
        }
        guard code == SQLITE_OK else {
            throw SQLiteError(extendedCode: code, message: "counting a section's words failed")
        }
        return positions
    }
}

@available(*, unavailable)
extension WordCounter: Sendable {}
