/// The kinds of file the archive reads.
public enum SourceFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case json
    case html
}
