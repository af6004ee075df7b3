/// What `archive check` found: each problem as one readable line, plus the figures of a healthy archive.
public struct CheckReport: Sendable, Equatable {
    public var problems: [String] = []
    /// Things not checked, and why; they do not make the archive unhealthy.
    public var notes: [String] = []
    public var articles = 0
    public var sections = 0
    public var claims = 0
    public var schemaVersion = 0

    public init() {}

    public var isHealthy: Bool { problems.isEmpty }

    /// One line for a healthy archive, or a list of the problems with what to do about them.
    public func text(path: String) -> String {
        if isHealthy {
            let summary =
                "ok: '\(path)' schema \(schemaVersion), \(articles) articles, \(sections) sections, \(claims) claims; "
                + (notes.isEmpty
                    ? "integrity, full-text index and links consistent" : "integrity and links consistent")
            return ([summary] + notes.map { "note: " + $0 }).joined(separator: "\n")
        }
        var lines = ["'\(path)' has \(problems.count) problem\(problems.count == 1 ? "" : "s"):"]
        lines += problems.map { "  - " + $0 }
        lines.append(
            "Restore the archive from a backup (archive backup FILE makes one), or re-import the articles "
                + "into a new archive.")
        return lines.joined(separator: "\n")
    }
}
