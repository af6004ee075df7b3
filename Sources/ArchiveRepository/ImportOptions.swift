import ArchiveDomain

/// How `archive import` treats its files.
public struct ImportOptions: Sendable {
    /// Parser to use; nil guesses from each file's name (plain text when it says nothing).
    public var format: SourceFormat?
    /// Re-import even when the content is unchanged or a duplicate.
    public var force: Bool
    /// Parse and report, write nothing.
    public var dryRun: Bool
    public var maxFileBytes: Int

    public init(format: SourceFormat? = nil, force: Bool = false, dryRun: Bool = false, maxFileBytes: Int = 50_000_000)
    {
        self.format = format
        self.force = force
        self.dryRun = dryRun
        self.maxFileBytes = maxFileBytes
    }
}
