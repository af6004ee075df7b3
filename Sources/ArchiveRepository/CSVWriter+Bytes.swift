extension CSVWriter {
    /// Writes one cell from UTF-8 bytes with the same quoting and formula protection as `writeRow`, without
    /// building a `String`: export streams hundreds of megabytes through here.
    func writeField(_ bytes: UnsafeBufferPointer<UInt8>, first: Bool) throws {
        let comma: UInt8 = 44, quote: UInt8 = 34
        var head: [UInt8] = first ? [] : [comma]
        let formula: Bool
        if neutralizeFormulas, let lead = bytes.first {
            // = + - @ tab carriage return: all ASCII, so the first byte decides.
            formula = lead == 61 || lead == 43 || lead == 45 || lead == 64 || lead == 9 || lead == 13
        } else {
            formula = false
        }
        let needsQuotes = bytes.contains { $0 == comma || $0 == quote || $0 == 10 || $0 == 13 }
        if needsQuotes { head.append(quote) }
        if formula { head.append(39) }
        if !head.isEmpty { try head.withUnsafeBufferPointer { try sink.write(bytes: $0) } }
        guard needsQuotes else { return try sink.write(bytes: bytes) }
        var start = 0
        for index in bytes.indices where bytes[index] == quote {
            // Write up to and including the quote, then the quote again: doubled.
            try sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...index]))
            try sink.write(bytes: Self.quoteByte)
            start = index + 1
        }
        try sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
        try sink.write(bytes: Self.quoteByte)
    }

    /// Writes an empty cell (NULL).
    func writeEmptyField(first: Bool) throws {
        if !first { try sink.write(bytes: Self.commaByte) }
    }

    func endRow() throws {
        try sink.write(bytes: Self.lineEnd)
    }

    private static var quoteByte: UnsafeBufferPointer<UInt8> { StaticString("\"").bufferPointer }
    private static var commaByte: UnsafeBufferPointer<UInt8> { StaticString(",").bufferPointer }
    private static var lineEnd: UnsafeBufferPointer<UInt8> { StaticString("\r\n").bufferPointer }
}

extension StaticString {
    fileprivate var bufferPointer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount)
    }
}
