import CZlib

/// Inflates gzip data (`.gz` files, possibly several concatenated members) so every format can be read compressed.
public enum GzipDecoder {
    /// True when the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The inflated bytes; stops with an error once the output passes `limit`, so a small bomb cannot fill memory.
    public static func inflate(_ bytes: [UInt8], limit: Int = .max) throws(ArticleParseError) -> [UInt8] {
        var output: [UInt8] = []
        var stream = z_stream()
        guard czlib_inflate_init_gzip(&stream) == Z_OK else {
            throw ArticleParseError("could not start decompressing the gzip data")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var failure: String?
        bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    failure =
                        "it decompresses to more than \(limit / 1_000_000) MB, over the size limit (raise it with --max-size)"
                    return
                }
                if status == Z_STREAM_END {
                    // Concatenated members (as `cat a.gz b.gz` makes) continue after the first one.
                    guard stream.avail_in > 0 else { return }
                    guard inflateReset(&stream) == Z_OK else {
                        failure = "the gzip data is damaged"
                        return
                    }
                    continue
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 {
                    failure = "the gzip data ends too early (truncated file?)"
                    return
                }
                if status != Z_OK {
                    failure =
                        "the gzip data is damaged (\(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"))"
                    return
                }
            }
        }
        if let failure { throw ArticleParseError(failure) }
        return output
    }
}
