/// Turns a file's bytes into text: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order mark, and
/// Windows-1252 (a superset of Latin-1 for printable text) when the bytes are not UTF-8; line ends made `\n`.
/// Binary content is refused with a reason a user can act on.
public enum TextDecoder {
    /// Decoded text and, when it was not UTF-8, the encoding that was assumed (worth a warning).
    public struct Decoded: Sendable {
        public var text: String
        public var assumedEncoding: String?
    }

    public static func decode(_ bytes: [UInt8]) throws(ArticleParseError) -> String {
        try decodeReporting(bytes).text
    }

    public static func decodeReporting(_ bytes: [UInt8]) throws(ArticleParseError) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: normalizeLineEnds(try utf16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.withUnsafeBytes({ ByteSearch.firstIndex(of: 0, in: $0) }).map({ body.startIndex + $0 }) {
            throw ArticleParseError(
                "the file contains a NUL byte (at byte \(nul)); it looks binary, not text: import only text, Markdown, "
                    + "JSON or HTML files")
        }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: normalizeLineEnds(text))
        }
        // Not UTF-8: text from older Windows or Latin-1 tools, unless control bytes say it is binary.
        let controls = body.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        if controls > 0 && controls * 100 > body.count {
            throw ArticleParseError(
                "the file is binary (not text in any encoding archive reads): import only text, Markdown, JSON or "
                    + "HTML files")
        }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            if byte >= 0x80 && byte < 0xA0, let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return Decoded(text: normalizeLineEnds(String(scalars)), assumedEncoding: "Windows-1252")
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(ArticleParseError) -> String {
        guard bytes.count % 2 == 0 else {
            throw ArticleParseError("the file starts like UTF-16 but has an odd number of bytes; it is damaged")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if units.contains(0) {
            throw ArticleParseError(
                "the file contains a NUL character; it looks binary, not text: import only text, Markdown, JSON or "
                    + "HTML files")
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw ArticleParseError("the file is not valid UTF-16 (broken surrogate pair); re-save it as UTF-8")
        }
        return text
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineEnds(_ text: String) -> String {
        let hasCR =
            text.utf8.withContiguousStorageIfAvailable {
                ByteSearch.firstIndex(of: 13, in: UnsafeRawBufferPointer($0)) != nil
            }
            ?? text.utf8.contains(13)
        guard hasCR else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    /// Windows-1252 characters at 0x80–0x9F (nil: unassigned, kept as the C1 control of the same value).
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
