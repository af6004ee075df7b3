import Testing

@testable import ArchiveDomain

@Suite struct TextDecoderTests {
    @Test func dropsUTF8ByteOrderMarkAndNormalisesLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Titre\r\nPremière ligne\rSeconde".utf8)
        let decoded = try TextDecoder.decodeReporting(bytes)
        #expect(decoded.text == "Titre\nPremière ligne\nSeconde")
        #expect(decoded.assumedEncoding == nil)
    }

    @Test func readsUTF16InBothByteOrders() throws {
        let text = "Été à Genève\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little) == "Été à Genève\n")
        #expect(try TextDecoder.decode(big) == "Été à Genève\n")
    }

    @Test func fallsBackToWindows1252WithANote() throws {
        // "Café “noir” – 5 €" in Windows-1252.
        let bytes: [UInt8] = [
            0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6E, 0x6F, 0x69, 0x72, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
        ]
        let decoded = try TextDecoder.decodeReporting(bytes)
        #expect(decoded.text == "Café “noir” – 5 €")
        #expect(decoded.assumedEncoding == "Windows-1252")
    }

    @Test func refusesNULBytes() {
        #expect(throws: ArticleParseError.self) { try TextDecoder.decode(Array("abc".utf8) + [0, 1, 2]) }
    }

    @Test func refusesBinaryThatIsNotUTF8() throws {
        let bytes: [UInt8] = (0..<400).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 1) }.map { $0 == 0 ? 1 : $0 }
        let error = try #require(throws: ArticleParseError.self) { try TextDecoder.decode(bytes) }
        #expect(error.message.contains("binary"))
    }
}
