import FoundationEssentials

/// The vocabulary as an open-addressed table over UTF-8 bytes with an FNV-1a hash: every token of every
/// sentence is looked up, and `Dictionary<String, _>` spent most of that time seeding and finalising its
/// hasher. It answers only when the answer is the dictionary's: a key is stored under its NFC bytes too, and a
/// token whose code points are all below U+0300 is in NFC, so equal bytes are exactly canonical equality there.
/// For other tokens it returns nil and the dictionary decides.
struct VocabularyTable: Sendable {
    private var slots: [Int32]
    private var keyStarts: [Int] = [0]
    private var keyBytes: [UInt8] = []
    private var keyIDs: [Int32] = []
    private let mask: Int

    init(_ ids: [String: Int32]) {
        var capacity = 16
        while capacity < ids.count * 4 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: -1, count: capacity)
        for (key, id) in ids {
            insert(Array(key.utf8), id)
            let composed = Array(UnicodeNormalization.nfc(key).utf8)
            if composed != Array(key.utf8) { insert(composed, id) }
        }
    }

    private mutating func insert(_ bytes: [UInt8], _ id: Int32) {
        let entry = Int32(keyIDs.count)
        var slot = Self.hash(bytes[...]) & mask
        while slots[slot] >= 0 {
            if key(Int(slots[slot])).elementsEqual(bytes) { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = entry
        keyBytes.append(contentsOf: bytes)
        keyStarts.append(keyBytes.count)
        keyIDs.append(id)
    }

    private func key(_ entry: Int) -> ArraySlice<UInt8> { keyBytes[keyStarts[entry]..<keyStarts[entry + 1]] }

    private static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
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
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hasKey(entry, bytes) { return keyIDs[entry] }
            slot = (slot + 1) & mask
        }
        return narrow ? -1 : nil
    }

    /// Whether entry `entry` is spelled `bytes`, compared in place (the generic `elementsEqual` over a slice
    /// cost as much as the rest of the lookup).
    private func hasKey(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[entry]
        guard keyStarts[entry + 1] - start == bytes.count else { return false }
        return keyBytes.withUnsafeBufferPointer { keys in
            for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
            return true
        }
    }
}
