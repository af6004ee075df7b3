import ArchiveSQLite
import CSearchTokenizer

/// The `archive_stem` FTS5 tokenizer (C, in `CSearchTokenizer`): every connection must register it before it
/// touches `section_fts`, including the migrations that create it.
enum SearchTokenizer {
    /// Where Debian's `hunspell-fr` and `hunspell-en-us` put their dictionaries; `$ARCHIVE_HUNSPELL_DIR` overrides.
    static var dictionaryFolder: String {
        Environment.value("ARCHIVE_HUNSPELL_DIR") ?? "/usr/share/hunspell"
    }

    static func register(on database: Database) throws {
        let code = archive_search_register(database.handle, dictionaryFolder)
        guard code == 0 else {
            throw SQLiteError(extendedCode: code, message: "could not register the archive_stem search tokenizer")
        }
    }

    /// For each code-point offset into `text` (ascending), the FTS5 word position it falls at: the number of words
    /// `archive_stem` indexes before it. A claim's span in its section's body is the positions of its two ends.
    static func wordPositions(
        in text: String, at offsets: [Int], context: UnsafeMutableRawPointer?
    ) throws -> [Int32] {
        guard !offsets.isEmpty else { return [] }
        // The C side walks the text once and needs ascending offsets (claims in order give them); any others are
        // counted one by one.
        guard zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            return try offsets.flatMap { try wordPositions(in: text, at: [$0], context: context) }
        }
        var text = text
        let codePoints = offsets.map { Int32(clamping: $0) }
        var positions = [Int32](repeating: 0, count: offsets.count)
        let code = text.withUTF8 { bytes in
            positions.withUnsafeMutableBufferPointer { out in
                archive_search_word_positions(
                    context, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                    Int32(bytes.count), codePoints, Int32(codePoints.count), out.baseAddress)
            }
        }
        guard code == 0 else { throw SQLiteError(extendedCode: code, message: "counting a section's words failed") }
        return positions
    }

    /// The tokenizer's registration on `database`, for `wordPositions`; looking it up prepares a statement, so a
    /// connection keeps it (ArticleRepository.searchContext).
    static func context(of database: Database) -> UnsafeMutableRawPointer? {
        archive_search_context(database.handle)
    }

    /// Seconds spent tokenizing stored text on this connection so far.
    static func documentSeconds(on database: Database) -> Double {
        archive_search_document_seconds(database.handle)
    }
}
