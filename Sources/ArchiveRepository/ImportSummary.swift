/// Counts for the closing line of an import.
public struct ImportSummary: Sendable, Equatable {
    public var imported = 0
    public var updated = 0
    public var unchanged = 0
    public var duplicates = 0
    public var checked = 0
    public var failed = 0

    public init() {}

    public mutating func count(_ status: ImportOutcome.Status) {
        switch status {
        case .imported: imported += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .duplicate: duplicates += 1
        case .checked: checked += 1
        case .failed: failed += 1
        }
    }

    /// `imported 3, updated 0, unchanged 1, failed 0` (duplicates and dry-run checks when there are any).
    public var line: String {
        var parts = ["imported \(imported)", "updated \(updated)", "unchanged \(unchanged)"]
        if duplicates > 0 { parts.append("duplicates \(duplicates)") }
        if checked > 0 { parts.append("checked \(checked) (dry run, nothing written)") }
        parts.append("failed \(failed)")
        return parts.joined(separator: ", ")
    }
}
