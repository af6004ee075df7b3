/// What `archive reanalyze` did.
public struct ReanalysisSummary: Equatable, Sendable {
    public var articles = 0
    public var claimsBefore = 0
    public var claimsAfter = 0
}
