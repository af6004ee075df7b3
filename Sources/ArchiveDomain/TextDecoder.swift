/// Turns a file's bytes into text: UTF-8 (a byte-order mark is dropped), with line ends made `\n`.
/// Binary content is refused with a reason a user can act on.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) throws(ArticleParseError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            throw ArticleParseError("the file contains a NUL byte (at byte \(nul)); it looks binary, not text")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw ArticleParseError("the file is not valid UTF-8; convert it (e.g. iconv -f latin1 -t utf-8)")
        }
        return normalizeLineEnds(text)
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }
}
