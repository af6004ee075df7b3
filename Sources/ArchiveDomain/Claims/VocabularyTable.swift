import FoundationEssentials

/// The vocabulary as an open-addressed table over UTF-8 bytes with an FNV-1a hash: every token of every
/// sentence is looked up, and `Dictionary<String, _>` spent most of that time seeding and finalising its
/// hasher. It answers only when the answer is the dictionary's: a key is stored under its NFC bytes too, and a
/// token whose code points are all below U+0300 is in NFC, so equal bytes are exactly canonical equality there.
/// For other tokens it returns nil and the dictionary decides.
struct VocabularyTable: Sendable {
    /// 0 for an empty slot, else the upper half of the key's hash above its entry number plus one. The lookups
    /// were bound by cache misses, one table after another: with the hash bits beside the entry, a word that
    /// is no key is rejected from the slot alone, and a key costs one read of `entries` and one of its bytes.
    private var slots: [UInt64]
    /// One bit for each value of a hash's top 16 bits that some key has: most words of a text are no key,
    /// and this table (8 KB, which stays in cache) turns most of them away before `slots` is read.
    private var keyHashes = [UInt64](repeating: 0, count: 1024)
    private var entries: [(start: Int32, count: Int32, id: Int32)] = []
    private var keyBytes: [UInt8] = []
    private let mask: Int

    init(_ ids: [String: Int32]) {
        var capacity = 16
        while capacity < ids.count * 4 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: 0, count: capacity)
        for (key, id) in ids {
            let bytes = Array(key.utf8)
            bytes.withUnsafeBufferPointer { insert($0, id) }
            let composed = Array(UnicodeNormalization.nfc(key).utf8)
            if composed != bytes { composed.withUnsafeBufferPointer { insert($0, id) } }
        }
    }

    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ id: Int32) {
        let hash = Self.hash(bytes)
        var slot = Self.slot(hash) & mask
        while slots[slot] != 0 {
            if matches(slots[slot], hash, bytes) != nil { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Self.tag(hash) | UInt64(entries.count + 1)
        keyHashes[Int(hash >> 54)] |= 1 << ((hash >> 48) & 63)
        entries.append((Int32(keyBytes.count), Int32(bytes.count), id))
        keyBytes.append(contentsOf: bytes)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    @inline(__always) private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }

    @inline(__always) private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    /// The id of the entry in `slot` when it is spelled `bytes`, else nil.
    @inline(__always) private func matches(_ slot: UInt64, _ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>)
        -> Int32?
    {
        guard slot & 0xFFFF_FFFF_0000_0000 == Self.tag(hash) else { return nil }
        let entry = entries[Int(slot & 0xFFFF_FFFF) - 1]
        guard Int(entry.count) == bytes.count else { return nil }
        let start = Int(entry.start)
        return keyBytes.withUnsafeBufferPointer { keys in
            for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return nil }
            return entry.id
        }
    }

    /// The id of the token spelled by `bytes`, -1 when it has none, nil when only the dictionary can tell.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Lead bytes from 0xCC start code points at or above U+0300.
        var narrow = true
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            if byte >= 0xCC { narrow = false }
        }
        guard keyHashes[Int(hash >> 54)] & (1 << ((hash >> 48) & 63)) != 0 else { return narrow ? -1 : nil }
        var slot = Self.slot(hash) & mask
        while slots[slot] != 0 {
            if let id = matches(slots[slot], hash, bytes) { return id }
            slot = (slot + 1) & mask
        }
        return narrow ? -1 : nil
    }
}
