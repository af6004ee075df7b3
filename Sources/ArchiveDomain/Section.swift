/// A heading and the paragraphs under it. The lead section, before any heading, has no heading.
public struct Section: Equatable, Sendable {
    public var heading: String?
    /// Paragraphs joined by a newline, NFC. Claim offsets are code points into this text.
    public var text: String

    public init(heading: String?, text: String) {
        self.heading = heading
        self.text = text
    }
}
