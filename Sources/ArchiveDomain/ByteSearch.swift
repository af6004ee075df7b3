import Glibc

/// Finds a byte in a whole file's bytes with libc's `memchr` (vectorised): the decoder looks for NUL and CR in every
/// input before anything else, and a byte-by-byte pass over the file took as long as validating its UTF-8.
enum ByteSearch {
    /// The offset of the first `byte` in `bytes`, or nil.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
