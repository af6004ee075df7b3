extension Unicode.Scalar {
    /// Writes the scalar's UTF-8 bytes into `buffer` from `offset` (which has room for them) and returns how many it
    /// wrote: the extractor builds token and shadow strings this way, ASCII without `UTF8.encode`'s optional.
    @inline(__always)
    func writeUTF8(to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        if value < 0x80 {
            buffer[offset] = UInt8(truncatingIfNeeded: value)
            return 1
        }
        var count = 0
        for byte in UTF8.encode(self)! {
            buffer[offset + count] = byte
            count += 1
        }
        return count
    }
}
