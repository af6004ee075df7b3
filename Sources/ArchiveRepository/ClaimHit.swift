import ArchiveDomain

/// A claim found by `claims(matching:)`, with the article it comes from.
public struct ClaimHit: Equatable, Sendable {
    public var claim: Claim
    public var articleTitle: String
    public var published: String?
}
