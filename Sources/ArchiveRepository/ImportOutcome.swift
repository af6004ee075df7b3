import ArchiveDomain

/// What happened to one file (or one article of a multi-article file) during an import.
public struct ImportOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case imported(ArticleID)
        case updated(ArticleID)
        case unchanged(ArticleID)
        case duplicate(of: ArticleID, path: String)
        /// Parsed and analysed, not written (`--dry-run`).
        case checked
        case failed(String)
    }

    public var file: InputFile
    public var status: Status
    /// Non-fatal remarks (an encoding guessed, say), each one sentence.
    public var warnings: [String]

    public init(file: InputFile, status: Status, warnings: [String] = []) {
        self.file = file
        self.status = status
        self.warnings = warnings
    }
}
