/// What `archive export` can write.
public enum ExportTable: String, Sendable, CaseIterable {
    case articles
    case sections
    case claims
}
