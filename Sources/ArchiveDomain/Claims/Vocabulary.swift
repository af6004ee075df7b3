/// Every token that occurs in some lexicon entry (both languages), numbered, so that matching compares
/// integers and a word no lexicon knows is rejected with a single lookup.
enum Vocabulary {
    private static let ids: [String: Int32] = {
        var ids: [String: Int32] = [:]
        for file in EmbeddedLexicons.files {
            var scanner = file.contents.unicodeScalars.makeIterator()
            var inString = false
            var escaped = false
            var current = String.UnicodeScalarView()
            func flush() {
                let entry = String(current)
                current = String.UnicodeScalarView()
                let shadow = ShadowText(ShadowText.normalise(entry))
                for token in Tokenizer.words(shadow) where ids[token] == nil { ids[token] = Int32(ids.count) }
            }
            // Every JSON string of the file (keys too: harmless), tokenized like text.
            while let scalar = scanner.next() {
                if inString {
                    if escaped {
                        current.append(scalar)
                        escaped = false
                    } else if scalar == "\\" {
                        escaped = true
                    } else if scalar == "\"" {
                        inString = false
                        flush()
                    } else {
                        current.append(scalar)
                    }
                } else if scalar == "\"" {
                    inString = true
                }
            }
        }
        for mark in [
            ",", ";", ":", ".", "(", ")", "«", "»", "\"", "“", "”", "—", "–", "-", "&", "'", "!", "?", "…", "°", "/",
        ] where ids[mark] == nil {
            ids[mark] = Int32(ids.count)
        }
        return ids
    }()

    static func id(_ token: String) -> Int32 {
        if let id = token.utf8.withContiguousStorageIfAvailable({ table.id(of: $0) }), let id { return id }
        return ids[token] ?? -1
    }

    /// The id of the token spelled by `bytes` when the byte table can tell (see `VocabularyTable`), else nil.
    static func id(spelledBy bytes: UnsafeBufferPointer<UInt8>) -> Int32? { table.id(of: bytes) }

    private static let table = VocabularyTable(ids)

    /// How many ids there are: tables indexed by id have this many slots.
    static let count = ids.count
}
