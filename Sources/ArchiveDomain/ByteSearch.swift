/// Finds a byte in a whole file's bytes eight at a time: the decoder looks for NUL and CR in every input before
/// anything else, and a byte-by-byte pass over the file took as long as validating its UTF-8.
enum ByteSearch {
    /// The offset of the first `byte` in `bytes`, or nil.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let pattern = ones &* UInt64(byte)
        var offset = 0
        while offset + 8 <= bytes.count {
            // Nonzero exactly when some byte of `word` is zero, that is when one of these eight bytes is `byte`.
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ pattern
            if (word &- ones) & ~word & highBits != 0 { break }
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] == byte { return offset }
            offset += 1
        }
        return nil
    }
}
