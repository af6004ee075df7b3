/// The code points of bytes that are valid UTF-8 (a String's storage), with the byte offset of each: what the
/// parsers' per-line passes iterate instead of `unicodeScalars`, whose index validation cost more than the work.
struct UTF8CodePoints: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the code point `next()` returns next starts.
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    @inline(__always)
    mutating func next() -> UInt32? {
        guard offset < bytes.count else { return nil }
        let lead = UInt32(bytes[offset])
        if lead < 0x80 {
            offset += 1
            return lead
        }
        if lead < 0xE0 {
            defer { offset += 2 }
            return (lead & 0x1F) << 6 | continuation(1)
        }
        if lead < 0xF0 {
            defer { offset += 3 }
            return (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
        }
        defer { offset += 4 }
        return (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
    }

    private func continuation(_ position: Int) -> UInt32 {
        UInt32(bytes[offset + position] & 0x3F)
    }
}
