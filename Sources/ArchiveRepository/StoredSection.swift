import ArchiveDomain

/// A section as stored, with its row id (claims point to it).
public struct StoredSection: Equatable, Sendable {
    public var id: Int64
    public var position: Int
    public var section: Section
}
