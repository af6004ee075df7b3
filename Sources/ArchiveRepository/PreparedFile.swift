/// One input after the pure half of an import (read, parse, analyse): its articles ready to write, or why it
/// cannot be imported.
enum PreparedFile: Sendable {
    /// The file's articles in order, with its warnings (told once, with the first article).
    case articles([PreparedArticle], file: InputFile, warnings: [String])
    case failed(ImportOutcome)
}
